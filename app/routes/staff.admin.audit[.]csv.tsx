// GET /staff/admin/audit.csv — the audit log with the page's filters, for a spreadsheet (UTF-8
// with a BOM; cells a spreadsheet would run as a formula are defused by toCsv). Never cached.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseAuditQuery } from "~/domain/admin/audit-query";
import { fixedT, getLanguage } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { auditLogForExport } from "~/services/audit-log.server";
import { todayInBangkok } from "~/utils/clock.server";
import { toCsv } from "~/utils/csv";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "audit.view");
  const t = await fixedT(await getLanguage(request), "admin");
  const entries = await auditLogForExport(parseAuditQuery(new URL(request.url).searchParams));
  const word = (group: string, value: string) => t(`audit.${group}.${value}`, { defaultValue: value });
  const header = [t("audit.columns.when"), t("audit.columns.who"), t("audit.filters.entity"), "id", t("audit.filters.action"), t("audit.filters.q"), t("audit.field"), t("audit.before"), t("audit.after")];
  // One line per changed field, so a spreadsheet can filter on a field; an entry without
  // details still has its line.
  const rows = entries.flatMap((e) => {
    const head = [e.at, e.actor ? `${e.actor.name} <${e.actor.email}> (${e.actorRole})` : t("audit.system"), word("entities", e.entity), e.entityId, word("actions", e.action), e.label];
    return e.changes.length === 0 ? [[...head, "", "", ""]] : e.changes.map((c) => [...head, word("fields", c.field), c.before, c.after]);
  });
  return new Response(toCsv(header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="anuyat-audit-${todayInBangkok()}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
