// Catalogue query string. Unknown or junk values are dropped rather than rejected: a citizen
// following an old or mistyped link gets a calm page, never an error.
import "~/schemas/zod-messages";
import { z } from "zod";
import { CATEGORIES, PERMIT_KINDS } from "~/domain/manual/vocabulary";

const optionalCode = z
  .string()
  .trim()
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/)
  .optional()
  .catch(undefined);

export const CatalogueQuerySchema = z.object({
  q: z.string().max(1000).optional().catch(undefined),
  category: z.enum(CATEGORIES).optional().catch(undefined),
  kind: z.enum(PERMIT_KINDS).optional().catch(undefined),
  agency: optionalCode,
  center: optionalCode,
});
export type CatalogueQuery = z.infer<typeof CatalogueQuerySchema>;

export function parseCatalogueQuery(url: URL): CatalogueQuery {
  const raw = Object.fromEntries([...url.searchParams.entries()].map(([k, v]) => [k, v === "" ? undefined : v]));
  return CatalogueQuerySchema.parse(raw);
}
