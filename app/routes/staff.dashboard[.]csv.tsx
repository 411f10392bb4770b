// GET /staff/dashboard.csv — the dashboard's chosen list with the same filters and sort, every
// page, in the user's scope. UTF-8 with a BOM and CRLF so Excel opens the Thai text; cells that
// a spreadsheet would run as a formula are defused (app/utils/csv.ts). Header in the user's
// language. Streamed batch by batch; no personal data (O4). Never cached: the rows are scoped.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { latenessMessage, parseDashboardQuery } from "~/domain/dashboard/lists";
import { fixedT, getLanguage } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { exportDashboardRows, type DashboardRow } from "~/services/dashboard.server";
import { todayInBangkok } from "~/utils/clock.server";
import { toCsv, type CsvCell } from "~/utils/csv";

// toCsv without its byte-order mark: the lines of one more batch (its first row goes in the
// header's place, which toCsv escapes the same way; as text, which changes nothing for a CSV).
const csvLines = (rows: CsvCell[][]) => (rows.length ? toCsv(rows[0].map((c) => (c === null || c === undefined ? "" : String(c))), rows.slice(1)).slice(1) : "");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "dashboard.view");
  const lng = await getLanguage(request);
  const t = await fixedT(lng, "staff");
  const query = parseDashboardQuery(new URL(request.url).searchParams);
  const today = todayInBangkok();
  const header = (["tracking", "permit", "agency", "center", "notice", "period", "noticeState", "dueDate", "lateness", "workingDays", "status"] as const).map((c) =>
    t(`dashboard.columns.${c}`),
  );
  const cells = (r: DashboardRow): CsvCell[] => {
    const message = latenessMessage(r.lateness);
    return [
      r.trackingNumber,
      r.permit,
      r.agency,
      r.center ?? t("dashboard.online"),
      r.notice ? t(`dashboard.noticeKinds.${r.notice.kind}`) : "",
      r.notice?.period || "",
      r.notice?.state ? t(`dashboard.noticeStates.${r.notice.state}`) : "",
      r.dueDate,
      t(message.key, { count: message.count }),
      r.lateness.workingDays,
      t(`statuses.${r.status}`),
    ];
  };

  const batches = exportDashboardRows(user, query, today, lng);
  // The first batch is read before answering, so a failure is a 500, not a cut-off file.
  const first = await batches.next();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(toCsv(header, first.done ? [] : first.value.map(cells))));
      if (first.done) controller.close();
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvLines(next.value.map(cells))));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="anuyat-dashboard-${query.list}-${today}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
