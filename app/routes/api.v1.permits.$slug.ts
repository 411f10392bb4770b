// GET /api/v1/permits/<slug> — the full manual in force, both languages (O3, R7.2).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPublishedManual } from "~/models/permit.server";
import { ManualSchema } from "~/schemas/open-data";
import { cachedJson, jsonError } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manual = await getPublishedManual(params.slug ?? "");
  if (!manual) return jsonError(404, `No published permit with slug "${String(params.slug).slice(0, 80)}"`);
  return cachedJson(request, ManualSchema.parse(manual), { renderCache: true });
}
