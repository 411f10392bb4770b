// What a holiday change did (T7): how many open requests' due dates moved, and a few of them.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ChangeSummary } from "~/services/holiday-admin.server";
import { formatDate } from "~/utils/format";

export function HolidayChangeSummary({ summary }: { summary: ChangeSummary }) {
  const { t, i18n } = useTranslation("holidays");
  const lng = i18n.language === "en" ? "en" : "th";
  const date = summary.date ? formatDate(summary.date, lng) : "";
  return (
    <div className="holiday-summary" role="status" aria-labelledby="holiday-summary-heading">
      <h2 id="holiday-summary-heading">{t("summary.heading")}</h2>
      <p>{t(`summary.${summary.action}`, { date, year: summary.year, ...summary.counts })}</p>
      <p data-testid="moved-count" data-count={summary.moved}>
        {summary.moved === 0 ? t("summary.movedNone") : t("summary.moved", { count: summary.moved })}
      </p>
      {summary.sample.length ? (
        <>
          <p>{t("summary.sample")}</p>
          <ul>
            {summary.sample.map((m) => (
              <li key={m.trackingNumber}>
                <Link to={`/staff/requests/${m.trackingNumber}`}>{m.trackingNumber}</Link>{" "}
                {[
                  m.due ? t("summary.due", { from: formatDate(m.due.from, lng), to: formatDate(m.due.to, lng) }) : null,
                  m.resultNotice ? t("summary.resultNotice", { from: formatDate(m.resultNotice.from, lng), to: formatDate(m.resultNotice.to, lng) }) : null,
                  m.steps ? t("summary.steps", { count: m.steps }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
