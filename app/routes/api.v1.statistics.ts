// GET /api/v1/statistics[?permit=<slug>&from=YYYY-MM&to=YYYY-MM] — requests per permit and month
// of receipt, decided, decided on time (R10.1) and median working days to decision, as open
// data (O3). Small cells are withheld (O4). Without bounds: the last 12 complete months.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseStatisticsQuery, statisticsQueryMessage, StatisticsTableSchema } from "~/schemas/open-data";
import { statisticsTable } from "~/services/statistics.server";
import { todayInBangkok } from "~/utils/clock.server";
import { cachedJson, jsonError } from "~/utils/http.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const query = parseStatisticsQuery(new URL(request.url));
  if (!query.success) return jsonError(400, statisticsQueryMessage(query.error));
  const table = await statisticsTable(query.data, todayInBangkok());
  if (!table) return jsonError(404, `No published permit with slug "${query.data.permit}"`);
  return cachedJson(request, StatisticsTableSchema.parse(table));
}
