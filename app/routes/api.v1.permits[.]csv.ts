// GET /api/v1/permits.csv — the catalogue as CSV (O3), same filters as the JSON list.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseCatalogueQuery } from "~/schemas/catalogue";
import { searchCatalogue } from "~/services/catalogue.server";
import { toCsv } from "~/utils/csv";
import { cachedCsv } from "~/utils/http.server";

const CATALOGUE_CSV_HEADER = [
  "slug",
  "name_th",
  "name_en",
  "kind",
  "category",
  "agency_code",
  "agency_th",
  "agency_en",
  "ministry_th",
  "ministry_en",
  "total_time_value",
  "total_time_unit",
  "online",
  "service_centers",
  "version",
  "published_on",
  "url",
] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { results } = await searchCatalogue(parseCatalogueQuery(new URL(request.url)));
  const rows = results.map((p) => [
    p.slug,
    p.name.th,
    p.name.en,
    p.kind,
    p.category,
    p.agency.code,
    p.agency.name.th,
    p.agency.name.en,
    p.agency.ministry.name.th,
    p.agency.ministry.name.en,
    p.totalTime.value,
    p.totalTime.unit,
    p.online,
    p.serviceCenters.join(" "),
    p.version,
    p.publishedAt,
    p.url,
  ]);
  return cachedCsv(request, toCsv(CATALOGUE_CSV_HEADER, rows), "anuyat-permits.csv", { renderCache: true });
}
