import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { TimeLimitText } from "~/components/permits/time-limit";
import { DEFAULT_OFFICE_HOURS } from "~/domain/calendar";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { DueDateQuerySchema } from "~/schemas/due-date";
import { computeDecisionDue, explanationLines } from "~/services/due-date.server";
import { requireManualView } from "~/services/manual.server";
import { todayInBangkok } from "~/utils/clock.server";
import { formatDateWithWeekday } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

// The explanation page behind "the office must decide by …": every day that counted and
// every day that was skipped, with the holiday's name (O2).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const lng = await getLanguage(request);
  const manual = await requireManualView(params.slug, lng);
  const requested = new URL(request.url).searchParams.get("completedOn");
  const parsed = requested ? DueDateQuerySchema.safeParse({ completedOn: requested }) : null;
  const completedOn = parsed?.success ? parsed.data.completedOn : todayInBangkok();
  const explanation = await computeDecisionDue(completedOn, manual.totalTime);
  const lines = await explanationLines(explanation);
  const t = await getT(request, "manual");
  return {
    manual: { slug: manual.slug, name: manual.name, totalTime: manual.totalTime },
    completedOn,
    dueDate: explanation.dueDate,
    counted: explanation.counted,
    skipped: lines.map((l) => ({ date: l.date, text: l.text[lng] })),
    error: parsed && !parsed.success ? "manual:due.badDate" : null,
    title: `${t("due.pageTitle")}: ${manual.name}`,
  };
}

export default function DueDateExplanation() {
  const d = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("manual");
  const lng = i18n.language === "en" ? "en" : "th";
  const h = DEFAULT_OFFICE_HOURS;
  return (
    <div className="container narrow">
      <nav aria-label={t("page.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/permits">{t("page.catalogue")}</Link>
          </li>
          <li>
            <Link to={`/permits/${d.manual.slug}`}>{d.manual.name}</Link>
          </li>
          <li aria-current="page">{t("due.pageTitle")}</li>
        </ol>
      </nav>
      <h1>{t("due.pageTitle")}</h1>
      <p className="lead">
        {d.manual.name}: {t("steps.total")} <TimeLimitText limit={d.manual.totalTime} />
      </p>
      <p>{t(`due.rule_${d.manual.totalTime.unit}`, { opens: h.opensAt, closes: h.closesAt, lunchStart: h.lunchStart, lunchEnd: h.lunchEnd })}</p>
      <dl className="facts">
        <dt>{t("due.completedOn")}</dt>
        <dd>
          <time dateTime={d.completedOn}>{formatDateWithWeekday(d.completedOn, lng)}</time>
        </dd>
        <dt>{t("due.dueDate")}</dt>
        <dd>
          <strong>
            <time dateTime={d.dueDate} data-testid="due-date">
              {formatDateWithWeekday(d.dueDate, lng)}
            </time>
          </strong>
        </dd>
      </dl>
      <h2>{t("due.skippedDays")}</h2>
      {d.skipped.length === 0 ? (
        <p>{t("due.noneSkipped")}</p>
      ) : (
        <ul className="skipped-days">
          {d.skipped.map((s) => (
            <li key={s.date}>{s.text}</li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t("due.countedDays", { count: d.counted.length })}</summary>
        <ol>
          {d.counted.map((day) => (
            <li key={day}>
              <time dateTime={day}>{formatDateWithWeekday(day, lng)}</time>
            </li>
          ))}
        </ol>
      </details>
      <Form method="get" className="inline-form">
        <h2>{t("due.tryDate")}</h2>
        {d.error ? (
          <p className="field-error" id="completedOn-error" role="alert">
            {t(d.error)}
          </p>
        ) : null}
        <label htmlFor="completedOn">{t("due.completedOn")}</label>{" "}
        <input
          id="completedOn"
          name="completedOn"
          type="date"
          defaultValue={d.completedOn}
          aria-invalid={!!d.error}
          aria-describedby={d.error ? "completedOn-error" : undefined}
        />{" "}
        <button type="submit">{t("due.check")}</button>
      </Form>
      <p className="muted">{t("due.clockNote")}</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
