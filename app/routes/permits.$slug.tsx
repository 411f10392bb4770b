import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ManualBody } from "~/components/manual/manual-body";
import { ManualStatistics } from "~/components/manual/manual-statistics";
import { TimeLimitText } from "~/components/permits/time-limit";
import { SMALL_CELL_THRESHOLD } from "~/domain/statistics";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { computeDecisionDue } from "~/services/due-date.server";
import { requireManualView } from "~/services/manual.server";
import { permitStatistics } from "~/services/statistics.server";
import { now, todayInBangkok } from "~/utils/clock.server";
import { bangkokTime, formatDate, formatDateWithWeekday } from "~/utils/format";
import { renderCacheHeaders } from "~/utils/render-cache.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: data.title }, { name: "description", content: data.description }] : [{ title: "Anuyat" }];

// The production server may keep this render (decision 0019) within one minute of the app's
// clock: the due date "if complete now" moves with the clock (a due instant, for limits in
// minutes or hours, with every minute). Five minutes at most, as the statistics are cached; a
// page rendered while the read replica was away (no counts) is so kept for a minute at most.
export const headers = renderCacheHeaders({ maxAgeSeconds: 300, clock: "minute" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lng = await getLanguage(request);
  const manual = await requireManualView(params.slug, lng);
  const t = await getT(request, "manual");
  // O2: what the office would owe a citizen who filed a complete request right now.
  const due = await computeDecisionDue({ instant: now() }, manual.totalTime);
  // O3: the template's statistics counted from real requests, small cells withheld.
  const statistics = await permitStatistics(manual.slug, todayInBangkok());
  return {
    manual,
    statistics,
    due: { dueDate: due.dueDate, dueAt: due.dueAt ? due.dueAt.toISOString() : null },
    title: `${t("page.titlePrefix")}: ${manual.name}`,
    description: t("page.description", { name: manual.name, agency: manual.agency.name }),
  };
}

export default function ManualPage() {
  const { manual, due, statistics } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("manual");
  const lng = i18n.language === "en" ? "en" : "th";
  return (
    <article className="container manual" aria-labelledby="manual-title">
      <nav aria-label={t("page.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/">{t("page.home")}</Link>
          </li>
          <li>
            <Link to="/permits">{t("page.catalogue")}</Link>
          </li>
          <li aria-current="page">{manual.name}</li>
        </ol>
      </nav>
      <p className="eyebrow">{t("page.titlePrefix")}</p>
      <h1 id="manual-title">{manual.name}</h1>
      <p className="manual__agency">
        {manual.agency.name} · {manual.agency.ministry.name}
      </p>
      <ul className="manual__summary">
        <li>
          {t("steps.total")}: <strong><TimeLimitText limit={manual.totalTime} /></strong>
        </li>
        <li>
          {t("page.lastUpdated")}:{" "}
          {manual.publishedAt ? <time dateTime={manual.publishedAt}>{formatDate(manual.publishedAt, lng)}</time> : "—"}
        </li>
        <li>{t("page.version", { version: manual.version })}</li>
      </ul>
      <section className="due-box" aria-labelledby="due-heading">
        <h2 id="due-heading">{t("due.heading")}</h2>
        <p data-testid="due-if-today">
          {due.dueAt
            ? t("due.ifTodayMinutes", { date: formatDateWithWeekday(due.dueDate, lng), time: bangkokTime(due.dueAt) })
            : t("due.ifToday", { date: formatDateWithWeekday(due.dueDate, lng) })}
        </p>
        <p>
          <Link to={`/permits/${manual.slug}/due-date`}>{t("due.explainLink")}</Link>
        </p>
      </section>
      <ul className="actions" aria-label={t("page.actions")}>
        {manual.channels.some((c) => c.kind === "online") ? (
          <li>
            <Link to={`/permits/${manual.slug}/apply`} className="button" data-testid="apply-online">
              {t("page.applyOnline")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={`/permits/${manual.slug}/print`} className="button button--secondary">
            {t("page.print")}
          </Link>
        </li>
        <li>
          <a href={`/api/v1/permits/${manual.slug}`} className="button button--secondary">
            {t("page.json")}
          </a>
        </li>
      </ul>
      <ManualBody manual={manual} />
      {statistics ? <ManualStatistics slug={manual.slug} statistics={statistics} threshold={SMALL_CELL_THRESHOLD} /> : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
