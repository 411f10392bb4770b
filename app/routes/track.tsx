import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { toBangkokDate } from "~/domain/calendar";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { findForTracking } from "~/services/tracking.server";
import { formatDate } from "~/utils/format";
import { hit } from "~/utils/rate-limit.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getT(request);
  return { number: new URL(request.url).searchParams.get("number")?.slice(0, 40) ?? "", title: `${t("track.title")} · ${t("layout.brand")}` };
}

// POST keeps the verifier out of URLs and access logs.
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const number = String(form.get("number") ?? "").slice(0, 40);
  const verifier = String(form.get("verifier") ?? "").slice(0, 10);
  const client = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "local";
  if (!hit(`track:${client}`, 20, 15 * 60_000)) return data({ number, result: null, error: "track.tooMany" }, { status: 429 });
  const result = await findForTracking(number, verifier, await getLanguage(request));
  return data({ number, result, error: result ? null : "track.notFound" }, { status: result ? 200 : 404 });
}

export default function Track() {
  const { number } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const { t: ts } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  const r = answer?.result;
  return (
    <div className="container narrow">
      <h1>{t("track.title")}</h1>
      <p className="lead">{t("track.lead")}</p>
      <Form method="post" className="stack">
        <div className="form-field">
          <label htmlFor="number">{t("track.number")}</label>
          <input id="number" name="number" type="text" defaultValue={answer?.number ?? number} required autoComplete="off" />
        </div>
        <div className="form-field">
          <label htmlFor="verifier">{t("track.verifier")}</label>
          <p className="hint" id="verifier-hint">
            {t("track.verifierHint")}
          </p>
          <input id="verifier" name="verifier" type="text" inputMode="numeric" maxLength={4} required aria-describedby="verifier-hint" autoComplete="off" />
        </div>
        <button type="submit">{t("track.submit")}</button>
      </Form>
      {answer?.error ? (
        <p className="error-summary" role="alert">
          {t(answer.error)}
        </p>
      ) : null}
      {r ? (
        <section aria-labelledby="result-heading" className="track-result">
          <h2 id="result-heading">
            <span className="tracking">{r.trackingNumber}</span>
          </h2>
          <p>
            <span className={`status status--${r.status}`}>{ts(`statuses.${r.status}`)}</span>
          </p>
          <dl className="facts">
            <dt>{ts("request.permit")}</dt>
            <dd>{r.permit}</dd>
            <dt>{t("track.unit")}</dt>
            <dd>{r.unit}</dd>
            <dt>{ts("request.received")}</dt>
            <dd>{formatDate(r.receivedOn, lng)}</dd>
            <dt>{ts("request.dueDate")}</dt>
            <dd>{r.dueDate ? formatDate(r.dueDate, lng) : ts("request.clockNotStarted")}</dd>
          </dl>
          {r.record && !r.record.curedOn && r.status === "incomplete" ? (
            <div className="warning">
              <h3>{t("track.toDo")}</h3>
              <p>{ts("receipt.nextIncomplete", { date: formatDate(r.record.cureDeadline, lng) })}</p>
              <ul>
                {r.record.items.filter((i) => !i.suppliedOn).map((i, n) => (
                  <li key={n}>
                    {i.name} — {ts(`checkStatuses.${i.problem}`)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <h3>{ts("request.history")}</h3>
          <ol className="history">
            {r.events.map((e, n) => (
              <li key={n}>
                <time dateTime={e.at}>{formatDate(toBangkokDate(new Date(e.at)), lng)}</time> — {ts(`events.${e.type}`)}
              </li>
            ))}
          </ol>
          <h3>{ts("request.notices")}</h3>
          <ul>
            {r.notices.map((n, i) => (
              <li key={i}>{n.subject}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
