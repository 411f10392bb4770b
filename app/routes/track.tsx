import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { toBangkokDate } from "~/domain/calendar";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { BundleRequests } from "~/components/guides/bundle-requests";
import { acknowledgeOnline, authorisedNumber, cureOnline, getBundleTrackingView, getTrackingView, getVerifiedNumber, verifyTracking, withdrawOnline } from "~/services/tracking.server";
import { readMultipart } from "~/services/uploads.server";
import { now } from "~/utils/clock.server";
import { env } from "~/utils/env.server";
import { formatDate } from "~/utils/format";
import { clientAddress, hit } from "~/utils/rate-limit.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

type FieldError = { key: string; values?: Record<string, number> };

// GET shows the request only to the browser that verified it (a signed cookie), so a
// tracking number in a URL or a QR code reveals nothing by itself.
export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getT(request);
  const number = new URL(request.url).searchParams.get("number")?.slice(0, 40) ?? "";
  const allowed = await authorisedNumber(request, number);
  const lng = await getLanguage(request);
  // A bundle's number shows every permit of it together (issue 10); a request's, the request.
  const bundle = allowed ? await getBundleTrackingView(allowed, lng) : null;
  const result = allowed && !bundle ? await getTrackingView(allowed, lng) : null;
  const partOf = allowed && allowed !== (await getVerifiedNumber(request)) ? await getVerifiedNumber(request) : null;
  return { number, result, bundle, partOf, title: `${t("track.title")} · ${t("layout.brand")}` };
}

// POST keeps the verifier out of URLs and access logs. Every applicant action re-checks the
// verified cookie and the request's state on the server.
export async function action({ request }: ActionFunctionArgs) {
  // One reader for both forms: the cure form is multipart (files), the others url-encoded.
  const parsed = await readMultipart(request);
  if (!parsed.ok) return data({ number: "", error: { key: parsed.error, values: parsed.values } as FieldError, errors: {} as Record<string, FieldError> }, { status: 400 });
  const fields = parsed.fields;
  const intent = fields.intent ?? "find";
  if (intent === "find") {
    const number = String(fields.number ?? "").slice(0, 40);
    if (!(await hit(`track:${clientAddress(request)}`, env().TRACK_LOOKUPS_PER_15_MIN, 15 * 60_000))) return data({ number, error: { key: "track.tooMany" } as FieldError, errors: {} }, { status: 429 });
    const verified = await verifyTracking(number, String(fields.verifier ?? "").slice(0, 10));
    if (!verified) return data({ number, error: { key: "track.notFound" } as FieldError, errors: {} }, { status: 404 });
    throw redirect(`/track?number=${encodeURIComponent(verified.number)}`, { headers: { "Set-Cookie": verified.setCookie } });
  }
  // The request acted on: the one verified, or one of the verified bundle's (its form says which).
  const number = await authorisedNumber(request, String(fields.number ?? (await getVerifiedNumber(request)) ?? ""));
  if (!number) return data({ number: "", error: { key: "track.verifyAgain" } as FieldError, errors: {} }, { status: 403 });
  const back = `/track?number=${encodeURIComponent(number)}`;
  if (intent === "acknowledge") {
    const result = await acknowledgeOnline(number, now());
    if (!result.ok) return data({ number, error: { key: result.error } as FieldError, errors: {} }, { status: result.status });
  } else if (intent === "cure") {
    const result = await cureOnline(number, parsed.files, now());
    if (!result.ok) return data({ number, error: null, errors: result.errors }, { status: 400 });
  } else if (intent === "withdraw") {
    if (fields.confirm !== "on") return data({ number, error: null, errors: { confirm: { key: "track.confirmWithdraw" } } as Record<string, FieldError> }, { status: 400 });
    const result = await withdrawOnline(number);
    if (!result.ok) return data({ number, error: { key: result.error } as FieldError, errors: {} }, { status: result.status });
  }
  throw redirect(back);
}

export default function Track() {
  const { number, result: r, bundle, partOf } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const { t: ts } = useTranslation("staff");
  const { t: tg } = useTranslation("guides");
  const lng = i18n.language === "en" ? "en" : "th";
  const errors = (answer?.errors ?? {}) as Record<string, FieldError>;
  return (
    <div className="container narrow">
      <h1>{t("track.title")}</h1>
      {bundle ? (
        <section aria-labelledby="bundle-heading" className="track-result">
          <h2 id="bundle-heading">
            <span className="tracking" data-testid="bundle-number">{bundle.trackingNumber}</span>
          </h2>
          <p>{tg("track.bundleLead", { guide: bundle.guide.title, count: bundle.requests.length })}</p>
          <BundleRequests view={bundle} link={(n) => `/track?number=${encodeURIComponent(n)}`} />
          <p className="hint">{tg("track.bundleHint")}</p>
        </section>
      ) : null}
      {partOf && r ? (
        <p>
          <a href={`/track?number=${encodeURIComponent(partOf)}`}>{tg("track.backToBundle", { number: partOf })}</a>
        </p>
      ) : null}
      {!r && !bundle ? (
        <>
          <p className="lead">{t("track.lead")}</p>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="find" />
            <div className="form-field">
              <label htmlFor="number">{t("track.number")}</label>
              <input id="number" name="number" type="text" defaultValue={answer?.number || number} required autoComplete="off" />
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
        </>
      ) : null}
      {answer?.error ? (
        <p className="error-summary" role="alert">
          {t(answer.error.key, answer.error.values)}
        </p>
      ) : null}
      {r ? (
        <section aria-labelledby="result-heading" className="track-result">
          <h2 id="result-heading">
            <span className="tracking">{r.trackingNumber}</span>
          </h2>
          <p>
            <span className={`status status--${r.status}`} data-testid="track-status">
              {ts(`statuses.${r.status}`)}
            </span>
          </p>
          <p>{t(`track.explain.${r.status}`, { defaultValue: "" })}</p>
          <dl className="facts">
            <dt>{ts("request.permit")}</dt>
            <dd>{r.permit}</dd>
            <dt>{t("track.unit")}</dt>
            <dd>{r.unit}</dd>
            {r.step ? (
              <>
                <dt>{t("track.step")}</dt>
                <dd data-testid="track-step">
                  {r.step.title} · {r.step.unit}
                </dd>
              </>
            ) : null}
            <dt>{ts("request.received")}</dt>
            <dd>{formatDate(r.receivedOn, lng)}</dd>
            <dt>{ts("request.dueDate")}</dt>
            <dd data-testid="track-due" data-date={r.dueDate ?? ""}>{r.dueDate ? formatDate(r.dueDate, lng) : ts("request.clockNotStarted")}</dd>
          </dl>
          {r.record && !r.record.curedOn && r.status === "incomplete" ? (
            <div className="warning" id="deficiency">
              <h3>{t("track.toDo")}</h3>
              <p>{ts("receipt.nextIncomplete", { date: formatDate(r.record.cureDeadline, lng) })}</p>
              <ul>
                {r.record.items
                  .filter((i) => !i.suppliedOn)
                  .map((i) => (
                    <li key={i.id}>
                      {i.name} — {ts(`checkStatuses.${i.problem}`)}
                      {i.note ? ` (${i.note})` : ""}
                    </li>
                  ))}
              </ul>
              {r.can.acknowledge ? (
                <Form method="post">
                  <input type="hidden" name="number" value={r.trackingNumber} />
                  <p>{t("track.acknowledgeLead")}</p>
                  <button type="submit" name="intent" value="acknowledge">
                    {t("track.acknowledge")}
                  </button>
                </Form>
              ) : r.channel === "online" ? (
                <p data-testid="acknowledged">{t("track.acknowledged")}</p>
              ) : null}
              {r.can.cure ? (
                <Form method="post" encType="multipart/form-data" className="stack">
                  <input type="hidden" name="number" value={r.trackingNumber} />
                  <h4>{t("track.cureHeading")}</h4>
                  {errors.form ? <p className="field-error">{t(errors.form.key, errors.form.values)}</p> : null}
                  {r.record.items
                    .filter((i) => !i.suppliedOn)
                    .map((i) => {
                      const field = `item.${i.id}`;
                      return (
                        <div key={i.id} className="form-field">
                          <label htmlFor={field}>{i.name}</label>
                          {errors[field] ? (
                            <p className="field-error" id={`${field}-error`}>
                              {t(errors[field].key, errors[field].values)}
                            </p>
                          ) : null}
                          <input id={field} name={field} type="file" accept="application/pdf,image/jpeg,image/png" aria-describedby={errors[field] ? `${field}-error` : undefined} />
                        </div>
                      );
                    })}
                  <button type="submit" name="intent" value="cure">
                    {t("track.cureSubmit")}
                  </button>
                </Form>
              ) : null}
            </div>
          ) : null}
          {r.files.length > 0 ? (
            <>
              <h3>{t("track.files")}</h3>
              <ul>
                {r.files.map((f) => (
                  <li key={f.id}>
                    <a href={`/track/files/${f.id}?number=${encodeURIComponent(r.trackingNumber)}`}>{f.name}</a> <span className="muted">— {f.document}</span>
                  </li>
                ))}
              </ul>
            </>
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
          <ul className="notices">
            {r.notices.map((n, i) => (
              <li key={i}>
                <details>
                  <summary>
                    {n.subject} <span className="muted">— {t(`track.noticeStates.${n.state}`)}</span>
                  </summary>
                  <p className="notice-body">{n.body}</p>
                </details>
              </li>
            ))}
          </ul>
          {r.can.withdraw ? (
            <Form method="post" className="stack withdraw">
              <input type="hidden" name="number" value={r.trackingNumber} />
              <h3>{t("track.withdrawHeading")}</h3>
              <p>{t("track.withdrawLead")}</p>
              {errors.confirm ? (
                <p className="field-error" id="confirm-error">
                  {t(errors.confirm.key)}
                </p>
              ) : null}
              <div className="checkbox">
                <input id="confirm" name="confirm" type="checkbox" aria-describedby={errors.confirm ? "confirm-error" : undefined} />
                <label htmlFor="confirm">{t("track.withdrawConfirm")}</label>
              </div>
              <button type="submit" name="intent" value="withdraw" className="button--warning">
                {t("track.withdraw")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
