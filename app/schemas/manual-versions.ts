// Inputs of the version pages (R7.4): a version number in the URL, the two versions of a diff
// in the query string (a GET form), and the intent of the attachment form.
import "~/schemas/zod-messages";
import { z } from "zod";

export const VersionNumberSchema = z.coerce.number().int().positive().max(100_000);

const optionalVersion = z.preprocess((v) => (v === "" || v === null ? undefined : v), VersionNumberSchema.optional());
export const DiffQuerySchema = z.object({ from: optionalVersion, to: optionalVersion });
export type DiffQuery = z.infer<typeof DiffQuerySchema>;

export function parseDiffQuery(url: URL): DiffQuery {
  const parsed = DiffQuerySchema.safeParse({ from: url.searchParams.get("from"), to: url.searchParams.get("to") });
  if (!parsed.success) throw new Response("Bad request", { status: 400 });
  return parsed.data;
}

export function parseVersionNumber(value: string | undefined): number {
  const parsed = VersionNumberSchema.safeParse(value);
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  return parsed.data;
}

export const ATTACHMENT_INTENTS = ["upload", "remove"] as const;
export const AttachmentIntentSchema = z.object({ intent: z.enum(ATTACHMENT_INTENTS).default("upload") });
