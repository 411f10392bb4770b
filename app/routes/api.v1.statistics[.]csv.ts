// GET /api/v1/statistics.csv — the statistics table as CSV (O3), same query as the JSON. A
// withheld cell is empty and named in the last column, so a spreadsheet never reads it as 0.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseStatisticsQuery, statisticsQueryMessage, StatisticsTableSchema } from "~/schemas/open-data";
import { statisticsTable } from "~/services/statistics.server";
import { todayInBangkok } from "~/utils/clock.server";
import { toCsv } from "~/utils/csv";
import { cachedCsv, jsonError } from "~/utils/http.server";

const STATISTICS_CSV_HEADER = [
  "permit",
  "month",
  "received",
  "decided",
  "decided_on_time",
  "on_time_share",
  "median_working_days",
  "suppressed",
] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const query = parseStatisticsQuery(new URL(request.url));
  if (!query.success) return jsonError(400, statisticsQueryMessage(query.error));
  const table = await statisticsTable(query.data, todayInBangkok());
  if (!table) return jsonError(404, `No published permit with slug "${query.data.permit}"`);
  const rows = StatisticsTableSchema.parse(table).rows.map((r) => [
    r.permit,
    r.month,
    r.received,
    r.decided,
    r.decidedOnTime,
    r.onTimeShare,
    r.medianWorkingDays,
    r.suppressed.join(" "),
  ]);
  return cachedCsv(request, toCsv(STATISTICS_CSV_HEADER, rows), "anuyat-statistics.csv");
}
