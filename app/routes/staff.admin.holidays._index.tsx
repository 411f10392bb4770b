// The holiday calendar by year (issue 7, T3): administrators read, add, edit and remove the
// days the clock skips, or import a whole year. After a change, what it moved (T7).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HolidayChangeSummary } from "~/components/admin/holiday-change-summary";
import { useYearLabel } from "~/components/admin/use-year-label";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { looksIncomplete } from "~/domain/holidays/completeness";
import { getT } from "~/i18n/i18n.server";
import { YearSchema } from "~/schemas/holidays";
import { requirePermission } from "~/services/auth.server";
import { loadHolidayYear } from "~/services/holiday-admin.server";
import { takeSummary } from "~/services/holiday-summary.server";
import { todayInBangkok } from "~/utils/clock.server";
import { formatDateWithWeekday } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "holiday.manage");
  const asked = YearSchema.safeParse(new URL(request.url).searchParams.get("year") ?? undefined);
  const year = asked.success ? asked.data : Number(todayInBangkok().slice(0, 4));
  const [page, flash, t] = await Promise.all([loadHolidayYear(year), takeSummary(request), getT(request, "holidays")]);
  return data({ ...page, summary: flash.summary, title: `${t("title")} ${year}` }, { headers: flash.headers });
}

export default function HolidayCalendar() {
  const { year, rows, years, summary } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("holidays");
  const lng = i18n.language === "en" ? "en" : "th";
  const yearLabel = useYearLabel();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {summary ? <HolidayChangeSummary summary={summary} /> : null}
      <nav aria-label={t("yearNav")} className="tabs">
        <ul>
          {years.map((y) => (
            <li key={y}>
              <Link to={`?year=${y}`} aria-current={y === year ? "page" : undefined}>
                {yearLabel(y)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 id="year-heading">{t("yearHeading", { year: yearLabel(year) })}</h2>
      <p>{t("count", { count: rows.length })}</p>
      {rows.length > 0 && looksIncomplete(rows.length) ? (
        <p className="warning" role="note">
          {t("incomplete", { year: yearLabel(year), count: rows.length })}
        </p>
      ) : null}
      <ul className="actions">
        <li>
          <Link className="button" to={`/staff/admin/holidays/new?year=${year}`}>
            {t("actions.add")}
          </Link>
        </li>
        <li>
          <Link className="button button--secondary" to={`/staff/admin/holidays/import?year=${year}`}>
            {t("actions.import")}
          </Link>
        </li>
      </ul>
      {rows.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="holiday-list" aria-labelledby="year-heading">
            <thead>
              <tr>
                <th scope="col">{t("table.date")}</th>
                <th scope="col">{t("table.nameTh")}</th>
                <th scope="col">{t("table.nameEn")}</th>
                <th scope="col">{t("table.kind")}</th>
                <th scope="col">{t("table.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h) => {
                const when = formatDateWithWeekday(h.date, lng);
                return (
                  <tr key={h.date} data-date={h.date}>
                    <td>
                      <time dateTime={h.date}>{when}</time>
                    </td>
                    <td lang="th">{h.nameTh}</td>
                    <td lang="en">{h.nameEn}</td>
                    <td>{t(`kinds.${h.kind}`)}</td>
                    <td>
                      <ul className="row-actions">
                        <li>
                          <Link to={`/staff/admin/holidays/${h.date}/edit`}>
                            {t("actions.edit")}
                            <span className="visually-hidden"> {when}</span>
                          </Link>
                        </li>
                        <li>
                          <Link to={`/staff/admin/holidays/${h.date}/remove`}>
                            {t("actions.remove")}
                            <span className="visually-hidden"> {when}</span>
                          </Link>
                        </li>
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
