import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatisticsCharts } from "~/components/statistics/charts";
import { monthlyChartData } from "~/services/statistics.server";
import {
  DASHBOARD_LISTS,
  DASHBOARD_SORTS,
  dashboardSearch,
  DEFAULT_DASHBOARD_QUERY,
  latenessMessage,
  parseDashboardQuery,
  type DashboardList,
} from "~/domain/dashboard/lists";
import { fixedT, getLanguage } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { loadDashboard, type DashboardRow } from "~/services/dashboard.server";
import { todayInBangkok } from "~/utils/clock.server";
import { formatDate, formatNumber } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

// The supervisor dashboard (issue #6): what is late or about to be in the user's scope —
// decisions (R10.1), result notices (R10.2) and delay notices (R10.3). Filters are a GET form.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "dashboard.view");
  const lng = await getLanguage(request);
  const today = todayInBangkok();
  const view = await loadDashboard(user, parseDashboardQuery(new URL(request.url).searchParams), today, lng);
  // The charts cover the same scope as the lists: the supervisor's center or agency, or all.
  const scope = user.role === "admin" ? null : { agencyId: user.agencyId ?? undefined, serviceCenterId: user.serviceCenterId ?? undefined };
  return { ...view, charts: await monthlyChartData(scope, today), title: (await fixedT(lng, "staff"))("dashboard.title") };
}

const NOTICE_LISTS: readonly DashboardList[] = ["result_overdue", "delay_missing"];

export default function Dashboard() {
  const { query, today, atRiskWorkingDays, counts, total, pages, rows, options, charts } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("staff");
  const { t: tm } = useTranslation("manual");
  const lng = i18n.language === "en" ? "en" : "th";
  const href = (change: Parameters<typeof dashboardSearch>[1]) => `/staff/dashboard${dashboardSearch(query, change)}`;
  const filtered = !!(query.agency || query.center || query.permit);
  const selects = [
    { name: "agency", label: t("dashboard.agency"), value: query.agency, values: options.agencies },
    { name: "center", label: t("dashboard.center"), value: query.center, values: options.centers },
    { name: "permit", label: t("dashboard.permit"), value: query.permit, values: options.permits },
  ] as const;
  return (
    <>
      <h1>{t("dashboard.title")}</h1>
      <p className="hint">
        {t("dashboard.lead")} {t("dashboard.asOf", { date: formatDate(today, lng) })}
      </p>

      <section aria-labelledby="dashboard-summary">
        <h2 id="dashboard-summary" className="visually-hidden">
          {t("dashboard.summary")}
        </h2>
        <ul className="permit-grid" data-testid="dashboard-cards">
          {DASHBOARD_LISTS.map((list) => (
            <li key={list} className="permit-card">
              <p className="permit-card__title">
                <Link to={href({ list, page: 1 })} aria-current={list === query.list ? "true" : undefined} data-testid={`count-${list}`}>
                  <strong>{formatNumber(counts[list], lng)}</strong> {t(`dashboard.lists.${list}`)}
                </Link>
              </p>
              <p className="hint">{t(`dashboard.hints.${list}`, { count: atRiskWorkingDays })}</p>
            </li>
          ))}
        </ul>
      </section>

      <Form method="get" action="/staff/dashboard" className="catalogue-form">
        <fieldset className="filters">
          <legend>{t("dashboard.filters")}</legend>
          <div className="field">
            <label htmlFor="dashboard-list-choice">{t("dashboard.list")}</label>
            <select id="dashboard-list-choice" name="list" defaultValue={query.list}>
              {DASHBOARD_LISTS.map((list) => (
                <option key={list} value={list}>
                  {t(`dashboard.lists.${list}`)}
                </option>
              ))}
            </select>
          </div>
          {selects.map((s) => (
            <div className="field" key={s.name}>
              <label htmlFor={`dashboard-${s.name}`}>{s.label}</label>
              <select id={`dashboard-${s.name}`} name={s.name} defaultValue={s.value ?? ""}>
                <option value="">{t("dashboard.any")}</option>
                {s.values.map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div className="field">
            <label htmlFor="dashboard-sort">{t("dashboard.sort")}</label>
            <select id="dashboard-sort" name="sort" defaultValue={query.sort}>
              {DASHBOARD_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`dashboard.sorts.${sort}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="filters__actions">
            <button type="submit">{t("dashboard.show")}</button>
            {filtered ? <Link to={`/staff/dashboard${dashboardSearch({ ...DEFAULT_DASHBOARD_QUERY, list: query.list })}`}>{t("dashboard.clear")}</Link> : null}
          </div>
        </fieldset>
      </Form>

      <section aria-labelledby="dashboard-list-heading">
        <h2 id="dashboard-list-heading">{t(`dashboard.lists.${query.list}`)}</h2>
        <p className="inline-form">
          <span data-testid="dashboard-total">{t("dashboard.total", { count: total })}</span>
          {/* A plain link: the CSV is a file download, not a page. */}
          <a href={`/staff/dashboard.csv${dashboardSearch(query, { page: 1 })}`} download>
            {t("dashboard.download")}
          </a>
        </p>
        {rows.length === 0 ? <p>{t("dashboard.empty")}</p> : <DashboardTable list={query.list} rows={rows} />}
      </section>

      {pages > 1 ? (
        <nav aria-label={t("dashboard.pages")}>
          <p className="inline-form">
            {query.page > 1 ? (
              <Link to={href({ page: query.page - 1 })} rel="prev">
                {t("dashboard.previous")}
              </Link>
            ) : null}
            <span>{t("dashboard.page", { page: query.page, pages })}</span>
            {query.page < pages ? (
              <Link to={href({ page: query.page + 1 })} rel="next">
                {t("dashboard.next")}
              </Link>
            ) : null}
          </p>
        </nav>
      ) : null}
      <section aria-labelledby="dashboard-charts" className="dashboard-charts">
        <h2 id="dashboard-charts">{tm("statistics.heading")}</h2>
        <StatisticsCharts data={charts} idPrefix="dashboard" />
      </section>
    </>
  );
}

// Lists never show a national ID, phone or address (O4): the rows do not carry them.
function DashboardTable({ list, rows }: { list: DashboardList; rows: DashboardRow[] }) {
  const { t, i18n } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  const notices = NOTICE_LISTS.includes(list);
  const caption = t(`dashboard.lists.${list}`);
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.columns.tracking")}</th>
            <th scope="col">{t("dashboard.columns.permit")}</th>
            <th scope="col">{t("dashboard.columns.agency")}</th>
            <th scope="col">{t("dashboard.columns.center")}</th>
            {notices ? <th scope="col">{t("dashboard.columns.notice")}</th> : null}
            {list === "delay_missing" ? <th scope="col">{t("dashboard.columns.period")}</th> : null}
            {list === "delay_missing" ? <th scope="col">{t("dashboard.columns.noticeState")}</th> : null}
            <th scope="col">{t("dashboard.columns.dueDate")}</th>
            <th scope="col">{t("dashboard.columns.lateness")}</th>
            <th scope="col">{t("dashboard.columns.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const message = latenessMessage(r.lateness);
            return (
              <tr key={r.key}>
                <th scope="row">
                  <Link to={`/staff/requests/${r.trackingNumber}`}>{r.trackingNumber}</Link>
                </th>
                <td>{r.permit}</td>
                <td>{r.agency}</td>
                <td>{r.center ?? <span className="muted">{t("dashboard.online")}</span>}</td>
                {notices ? <td>{r.notice ? t(`dashboard.noticeKinds.${r.notice.kind}`) : "—"}</td> : null}
                {list === "delay_missing" ? <td>{r.notice?.period || "—"}</td> : null}
                {list === "delay_missing" ? <td>{r.notice?.state ? t(`dashboard.noticeStates.${r.notice.state}`) : "—"}</td> : null}
                <td>{formatDate(r.dueDate, lng)}</td>
                <td>
                  <span className={`status ${r.lateness.overdue ? "status--refused" : "status--incomplete"}`}>{t(message.key, { count: message.count })}</span>
                </td>
                <td>{t(`statuses.${r.status}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
