// GET /api/v1/permits[?q=&category=&kind=&agency=&center=] — the catalogue as open data (O3).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseCatalogueQuery } from "~/schemas/catalogue";
import { PermitListSchema } from "~/schemas/open-data";
import { searchCatalogue } from "~/services/catalogue.server";
import { cachedJson } from "~/utils/http.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { results } = await searchCatalogue(parseCatalogueQuery(new URL(request.url)));
  return cachedJson(request, PermitListSchema.parse(results), { renderCache: true });
}
