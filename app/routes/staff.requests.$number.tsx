import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TimeLimitText } from "~/components/permits/time-limit";
import { can } from "~/domain/auth/permissions";
import { toBangkokDate } from "~/domain/calendar";
import { availableEvents, type RequestState, type Role } from "~/domain/requests/lifecycle";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { approveException, cureItems, recordAnotherDeficiency, withdrawRequest } from "~/services/deficiency.server";
import { mayViewPersonalData, requireRequestInScope, toRequestView, type RequestView } from "~/services/request-view.server";
import { defaultCureDeadline } from "~/services/intake.server";
import { checkOnlineRequest } from "~/services/online-check.server";
import { runOfficerIntent } from "~/services/officer-intents.server";
import { OfficerWork } from "~/components/staff/officer-work";
import { DueDateMovedNote } from "~/components/staff/due-date-moved-note";
import { zodFieldErrors } from "~/components/forms/use-validated-form";
import { CompletenessCheckSchema } from "~/schemas/intake";
import { now, todayInBangkok } from "~/utils/clock.server";
import { formDataToObject } from "~/utils/form-data";
import { formatBytes } from "~/utils/format";
import { bangkokTime, formatDate } from "~/utils/format";
import { readForm } from "~/utils/read-form.server";
import { cleanText } from "~/utils/untrusted-text";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "request.view");
  const found = await requireRequestInScope(user, params.number);
  const [lng, t] = [await getLanguage(request), await getT(request, "staff")];
  const view = toRequestView(found, lng, { personal: mayViewPersonalData(user) });
  // The permissions table says who may; the lifecycle table says when (the server re-checks both).
  const events = availableEvents(view.status as RequestState, user.role as Role);
  const abilities = {
    cure: can(user.role, "deficiency.cure") && events.includes("cure"),
    recordDeficiency: can(user.role, "deficiency.record") && events.includes("record_deficiency"),
    approveException: can(user.role, "deficiency.approveException") && events.includes("approve_exception"),
    withdraw: can(user.role, "request.withdraw") && events.includes("withdraw"),
    // E1: an online request waits in "submitted" for this check (R8.1).
    checkOnline: view.channel === "online" && view.status === "submitted" && can(user.role, "request.checkDocuments"),
    viewFiles: can(user.role, "request.viewFiles"),
    // s.10: the agency's officer works the steps and decides; supervisors may add notes.
    advanceStep: can(user.role, "request.advanceStep") && (events.includes("start_review") || (view.status === "in_review" && view.steps.some((s) => !s.completedOn))),
    decide: can(user.role, "request.decide") && events.includes("approve"),
    note: can(user.role, "request.note"),
    attach: can(user.role, "request.advanceStep") && ["accepted", "in_review"].includes(view.status),
    recordNotified: can(user.role, "result.recordNotified") && events.includes("notify_result"),
    delayReason: can(user.role, "delay.giveReason"),
  };
  const minimumCure = abilities.checkOnline ? await defaultCureDeadline(todayInBangkok()) : null;
  return { view, abilities, minimumCure, today: todayInBangkok(), title: `${view.trackingNumber} · ${t("request.title")}` };
}

const INTENTS = {
  check: "request.checkDocuments",
  cure: "deficiency.cure",
  record_deficiency: "deficiency.record",
  approve_exception: "deficiency.approveException",
  withdraw: "request.withdraw",
  advance_step: "request.advanceStep",
  note: "request.note",
  decide: "request.decide",
  result_notified: "result.recordNotified",
  delay_reason: "delay.giveReason",
} as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "request.view");
  const form = await readForm(request);
  const intent = String(form.get("intent")) as keyof typeof INTENTS;
  // Own keys only: "__proto__" or "toString" is "in" every object (a 500 before, found by fuzzing).
  if (!Object.hasOwn(INTENTS, intent)) throw new Response("Unknown intent", { status: 400 });
  if (!can(user.role, INTENTS[intent])) throw new Response("Forbidden", { status: 403 });
  const found = await requireRequestInScope(user, params.number);
  if (intent === "check") {
    const values = formDataToObject(form);
    const parsed = CompletenessCheckSchema.safeParse(values);
    if (!parsed.success) return data({ intent, error: "errors.checkInvalid", errors: zodFieldErrors(parsed.error), values }, { status: 400 });
    const outcome = await checkOnlineRequest(user, found.id, parsed.data, now());
    if (!outcome.ok) return data({ intent, error: outcome.errors.form ?? "errors.checkInvalid", errors: outcome.errors, values }, { status: outcome.status });
    throw redirect(`/staff/requests/${found.trackingNumber}`);
  }
  const officerWork = await runOfficerIntent(intent, user, found.id, formDataToObject(form));
  if (officerWork) {
    if (!officerWork.ok) return data({ intent, error: officerWork.error, errors: "errors" in officerWork ? officerWork.errors : {} }, { status: officerWork.status });
    throw redirect(`/staff/requests/${found.trackingNumber}`);
  }
  const result =
    intent === "cure"
      ? await cureItems(user, found.id, form.getAll("item").map(String))
      : intent === "record_deficiency"
        ? await recordAnotherDeficiency(user, found.id, { documentIds: form.getAll("document").map(String), note: cleanText(String(form.get("note") ?? "")) })
        : intent === "approve_exception"
          ? await approveException(user, found.id, cleanText(String(form.get("reason") ?? "")))
          : await withdrawRequest(user, found.id, cleanText(String(form.get("reason") ?? "")));
  if (!result.ok) return data({ intent, error: result.error }, { status: result.status });
  throw redirect(`/staff/requests/${found.trackingNumber}`);
}

export default function RequestPage() {
  const { view: r, abilities, minimumCure, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  const record = r.deficiencyRecords.at(-1);
  const error = (intent: string) =>
    actionData?.intent === intent ? (
      <p className="field-error" role="alert">
        {t(actionData.error)}
      </p>
    ) : null;
  return (
    <article className="request">
      <p className="eyebrow">{t("request.title")}</p>
      <h1>
        <span className="tracking">{r.trackingNumber}</span>
      </h1>
      <p>
        <span className={`status status--${r.status}`} data-testid="request-status">
          {t(`statuses.${r.status}`)}
        </span>
      </p>
      <ul className="actions">
        <li>
          <Link to={`/staff/requests/${r.trackingNumber}/receipt`} className="button button--secondary">
            {t("request.printReceipt")}
          </Link>
        </li>
        {record ? (
          <>
            <li>
              <Link to={`/staff/requests/${r.trackingNumber}/deficiency-record?lng=th`} className="button button--secondary">
                {t("request.printRecordTh")}
              </Link>
            </li>
            <li>
              <Link to={`/staff/requests/${r.trackingNumber}/deficiency-record?lng=en`} className="button button--secondary">
                {t("request.printRecordEn")}
              </Link>
            </li>
          </>
        ) : null}
      </ul>
      <dl className="facts">
        <dt>{t("request.permit")}</dt>
        <dd>
          <Link to={`/permits/${r.permit.slug}`}>{r.permit.name}</Link> <span className="muted">
            (<Link to={`/permits/${r.permit.slug}/versions/${r.permit.version}`}>{t("request.manualVersion", { version: r.permit.version })}</Link>)
          </span>
        </dd>
        <dt>{t("request.agency")}</dt>
        <dd>{r.agency}</dd>
        <dt>{t("request.channel")}</dt>
        <dd>
          {t(`channels.${r.channel}`)}
          {r.center ? ` · ${r.center.name}` : ""}
        </dd>
        <dt>{t("request.received")}</dt>
        <dd>{formatDate(r.receivedOn, lng)}</dd>
        <dt>{t("request.totalTime")}</dt>
        <dd>
          <TimeLimitText limit={r.total} />
        </dd>
        <dt>{t("request.completeOn")}</dt>
        <dd data-testid="complete-on">{r.completeOn ? formatDate(r.completeOn, lng) : t("request.notYet")}</dd>
        <dt>{t("request.dueDate")}</dt>
        <dd data-testid="due-date" data-date={r.dueDate ?? ""}>
          {r.dueDate ? formatDate(r.dueDate, lng) : t("request.clockNotStarted")}
        </dd>
      </dl>

      <section aria-labelledby="applicant-heading">
        <h2 id="applicant-heading">{t("request.applicant")}</h2>
        {r.applicant.masked ? <p className="muted">{t("request.maskedNote")}</p> : null}
        <dl className="facts">
          <dt>{t("intake.applicantName")}</dt>
          <dd>{r.applicant.name}</dd>
          <dt>{t(`idLabels.${r.applicant.type}`)}</dt>
          <dd>{r.applicant.id}</dd>
          <dt>{t("intake.applicantPhone")}</dt>
          <dd>{r.applicant.phone}</dd>
          <dt>{t("intake.applicantEmail")}</dt>
          <dd>{r.applicant.email || "—"}</dd>
          <dt>{t("intake.applicantAddress")}</dt>
          <dd>{r.applicant.address}</dd>
        </dl>
      </section>

      {abilities.checkOnline ? (
        <OnlineCheck view={r} minimumCure={minimumCure!} viewFiles={abilities.viewFiles} />
      ) : (
      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">{t("intake.checklist")}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("list.document")}</th>
              <th scope="col">{t("list.checked")}</th>
              <th scope="col">{t("intake.note")}</th>
            </tr>
          </thead>
          <tbody>
            {r.checklist.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td>{t(`checkStatuses.${d.status}`)}</td>
                <td>
                  {d.note}
                  {d.files.length > 0 ? <FileLinks files={d.files} enabled={abilities.viewFiles} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      )}

      {record ? (
        <section aria-labelledby="record-heading">
          <h2 id="record-heading">{t("record.heading")}</h2>
          <p>
            {t("record.issued", { date: formatDate(record.issuedOn, lng) })} {t("record.cureBy", { date: formatDate(record.cureDeadline, lng) })}
          </p>
          {record.curedOn ? <p className="ok">{t("record.cured", { date: formatDate(record.curedOn, lng) })}</p> : null}
          {abilities.cure ? (
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="cure" />
              <fieldset>
                <legend>{t("record.cureLegend")}</legend>
                {record.items.map((i) => (
                  <div className="checkbox" key={i.id}>
                    <input type="checkbox" id={`item-${i.id}`} name="item" value={i.id} disabled={!!i.suppliedOn} defaultChecked={!!i.suppliedOn} />
                    <label htmlFor={`item-${i.id}`}>
                      {i.name} — {t(`checkStatuses.${i.problem}`)}
                      {i.note ? `: ${i.note}` : ""}
                      {i.suppliedOn ? ` (${t("record.suppliedOn", { date: formatDate(i.suppliedOn, lng) })})` : ""}
                    </label>
                  </div>
                ))}
              </fieldset>
              {error("cure")}
              <button type="submit">{t("record.cureSubmit")}</button>
            </Form>
          ) : (
            <ul>
              {record.items.map((i) => (
                <li key={i.id}>
                  {i.name} — {t(`checkStatuses.${i.problem}`)}
                  {i.suppliedOn ? ` (${t("record.suppliedOn", { date: formatDate(i.suppliedOn, lng) })})` : ""}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {abilities.recordDeficiency ? (
        <details className="danger-zone">
          <summary>{t("record.another")}</summary>
          <p>{t("record.anotherHint")}</p>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="record_deficiency" />
            {r.checklist.map((d) => (
              <div className="checkbox" key={d.id}>
                <input type="checkbox" id={`doc-${d.id}`} name="document" value={d.id} />
                <label htmlFor={`doc-${d.id}`}>{d.name}</label>
              </div>
            ))}
            <label htmlFor="another-note">{t("intake.note")}</label>
            <input id="another-note" name="note" type="text" maxLength={500} />
            {error("record_deficiency")}
            <button type="submit">{t("record.anotherSubmit")}</button>
          </Form>
        </details>
      ) : null}

      {abilities.approveException ? (
        <details className="danger-zone">
          <summary>{t("record.exception")}</summary>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="approve_exception" />
            <label htmlFor="exception-reason">{t("record.exceptionReason")}</label>
            <textarea id="exception-reason" name="reason" rows={3} maxLength={1000} required minLength={10} />
            {error("approve_exception")}
            <button type="submit">{t("record.exceptionSubmit")}</button>
          </Form>
        </details>
      ) : null}

      {abilities.withdraw ? (
        <details className="danger-zone">
          <summary>{t("request.withdraw")}</summary>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="withdraw" />
            <label htmlFor="withdraw-reason">{t("request.withdrawReason")}</label>
            <input id="withdraw-reason" name="reason" type="text" maxLength={500} />
            {error("withdraw")}
            <button type="submit">{t("request.withdrawSubmit")}</button>
          </Form>
        </details>
      ) : null}

      <OfficerWork view={r} can={abilities} today={today} actionData={actionData as never} />

      <section aria-labelledby="notices-heading">
        <h2 id="notices-heading">{t("request.notices")}</h2>
        <ul>
          {r.notices.map((n) => (
            <li key={`${n.kind}-${n.period}`}>
              {n.subject} <span className="muted">({t(`noticeStates.${n.state}`)})</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("request.history")}</h2>
        <ol className="history">
          {r.events.map((e, i) => (
            <li key={i}>
              <time dateTime={e.at}>
                {formatDate(toBangkokDate(new Date(e.at)), lng)} {bangkokTime(e.at)}
              </time>{" "}
              — <strong>{t(`events.${e.type}`)}</strong> {e.fromStatus || e.toStatus ? `(${e.fromStatus ? t(`statuses.${e.fromStatus}`) : "—"} → ${e.toStatus ? t(`statuses.${e.toStatus}`) : "—"})` : null}{" "}
              <span className="muted">
                · {t(`roles.${e.actorRole}`)}
                {e.moved ? (
                  <>
                    {" · "}
                    <DueDateMovedNote note={e.moved} />
                  </>
                ) : e.note ? (
                  ` · ${e.note}`
                ) : (
                  ""
                )}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}


function FileLinks({ files, enabled }: { files: { id: string; name: string; size: number }[]; enabled: boolean }) {
  const { t, i18n } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  return (
    <ul className="file-list" aria-label={t("check.files")}>
      {files.map((f) => (
        <li key={f.id}>
          {enabled ? (
            <a href={`/staff/files/${f.id}`} target="_blank" rel="noreferrer">
              {f.name}
            </a>
          ) : (
            f.name
          )}{" "}
          <span className="muted">({formatBytes(f.size, lng)})</span>
        </li>
      ))}
    </ul>
  );
}

// The completeness check of an online request: the counter's checklist, with the uploaded
// files beside each item. Plain form posts: it works without JavaScript.
function OnlineCheck({ view: r, minimumCure, viewFiles }: { view: RequestView; minimumCure: string; viewFiles: boolean }) {
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  const mine = actionData?.intent === "check" ? actionData : null;
  const errors = (mine && "errors" in mine ? mine.errors : {}) as Record<string, string>;
  const values = (mine && "values" in mine ? mine.values : {}) as { documents?: { status?: string; note?: string }[]; cureDeadline?: string };
  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">{t("check.heading")}</h2>
      <p className="hint">{t("check.hint")}</p>
      {mine ? (
        <p className="field-error" role="alert">
          {t(mine.error)}
        </p>
      ) : null}
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="check" />
        <ol className="checklist">
          {r.checklist.map((d, i) => (
            <li key={d.id} className="checklist__item">
              <input type="hidden" name={`documents.${i}.id`} value={d.id} />
              <fieldset id={`documents.${i}.status`}>
                <legend>
                  {d.name} {d.condition ? <span className="checklist__condition"> — {d.condition}</span> : null}
                </legend>
                {d.files.length > 0 ? <FileLinks files={d.files} enabled={viewFiles} /> : <p className="muted">{t("check.noFiles")}</p>}
                {errors[`documents.${i}.status`] ? <p className="field-error">{t(errors[`documents.${i}.status`])}</p> : null}
                <div className="radios">
                  {(d.condition ? ["received", "missing", "defective", "not_applicable"] : ["received", "missing", "defective"]).map((s) => (
                    <label key={s} className="radio">
                      <input type="radio" name={`documents.${i}.status`} value={s} defaultChecked={(values.documents?.[i]?.status ?? (d.files.length ? "received" : "missing")) === s} /> {t(`checkStatuses.${s}`)}
                    </label>
                  ))}
                </div>
                <label htmlFor={`documents.${i}.note`} className="small-label">
                  {t("intake.note")}
                </label>
                <input id={`documents.${i}.note`} name={`documents.${i}.note`} type="text" maxLength={500} defaultValue={values.documents?.[i]?.note ?? ""} />
                {errors[`documents.${i}.note`] ? <p className="field-error">{t(errors[`documents.${i}.note`])}</p> : null}
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="form-field">
          <label htmlFor="cureDeadline">{t("intake.cureDeadline")}</label>
          <p className="hint" id="cureDeadline-hint">
            {t("intake.cureDeadlineHint", { date: formatDate(minimumCure, lng) })}
          </p>
          <input id="cureDeadline" name="cureDeadline" type="date" min={minimumCure} defaultValue={values.cureDeadline ?? minimumCure} aria-describedby="cureDeadline-hint" />
          {errors.cureDeadline ? <p className="field-error">{t(errors.cureDeadline)}</p> : null}
        </div>
        <button type="submit">{t("check.submit")}</button>
      </Form>
    </section>
  );
}
