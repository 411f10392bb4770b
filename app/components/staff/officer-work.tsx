import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RequestView } from "~/services/request-view.server";
import { bangkokTime, formatBytes, formatDate } from "~/utils/format";
import { toBangkokDate } from "~/domain/calendar";

export type OfficerAbilities = { advanceStep: boolean; decide: boolean; note: boolean; attach: boolean; recordNotified: boolean; delayReason: boolean; viewFiles: boolean };
type ActionError = { intent: string; error: string; errors?: Record<string, string> } | undefined;

// The officer's part of the request page (s.10): the manual's steps with their due dates, the
// delay notices waiting for a reason (R10.3), the decision (R10.4) and its result notice
// (R10.2), internal notes and attachments. Plain forms: everything works without JavaScript.
export function OfficerWork({ view: r, can, today, actionData }: { view: RequestView; can: OfficerAbilities; today: string; actionData: ActionError }) {
  const { t, i18n } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  const errorOf = (intent: string, field?: string) => {
    if (actionData?.intent !== intent) return null;
    const key = field ? actionData.errors?.[field] : actionData.error;
    return key ? (
      <p className="field-error" role="alert">
        {t(key)}
      </p>
    ) : null;
  };
  const delays = r.notices.filter((n) => n.kind === "delay");
  const current = r.steps.find((s) => !s.completedOn);
  return (
    <>
      {r.steps.length > 0 || can.advanceStep ? (
        <section aria-labelledby="steps-heading">
          <h2 id="steps-heading">{t("work.steps")}</h2>
          {r.steps.length > 0 ? (
            <ol className="timeline" data-testid="steps">
              {r.steps.map((s) => (
                <li key={s.position} className={s.completedOn ? "timeline__done" : s === current ? "timeline__current" : undefined}>
                  <strong>{s.title}</strong> <span className="muted">· {s.unit}</span>
                  <br />
                  {t("work.stepDue", { date: formatDate(s.dueDate, lng) })}
                  {s.completedOn ? ` · ${t("work.stepDone", { date: formatDate(s.completedOn, lng) })}` : s === current ? ` · ${t("work.stepCurrent")}` : ""}
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t("work.notStarted")}</p>
          )}
          {can.advanceStep ? (
            <Form method="post">
              <input type="hidden" name="intent" value="advance_step" />
              {errorOf("advance_step")}
              <button type="submit">{r.steps.length === 0 ? t("work.startReview") : t("work.completeStep", { step: current?.title ?? "" })}</button>
            </Form>
          ) : null}
        </section>
      ) : null}

      {delays.length > 0 ? (
        <section aria-labelledby="delay-heading">
          <h2 id="delay-heading">{t("work.delayNotices")}</h2>
          <ul className="stack">
            {delays.map((n) => {
              const late = n.state === "awaiting_reason" && n.dueOn < today;
              return (
                <li key={n.period} data-testid={`delay-${n.period}`}>
                  <strong>{t("work.delayNotice", { n: n.period })}</strong> — {t("work.delayDue", { date: formatDate(n.dueOn, lng) })} ·{" "}
                  <span className={late ? "status status--overdue" : "status"}>{late ? t("work.delayOverdue") : t(`noticeStates.${n.state}`)}</span>
                  {n.reason ? <p className="notice-body">{n.reason}</p> : null}
                  {n.copyTo ? <p className="muted">{t("work.opdcCopy", { address: n.copyTo })}</p> : null}
                  {n.state === "awaiting_reason" && can.delayReason ? (
                    <Form method="post" className="stack">
                      <input type="hidden" name="intent" value="delay_reason" />
                      <input type="hidden" name="period" value={n.period} />
                      <label htmlFor={`delay-reason-${n.period}`}>{t("work.delayReason")}</label>
                      <textarea id={`delay-reason-${n.period}`} name="reason" rows={3} maxLength={2000} required minLength={10} />
                      {errorOf("delay_reason", "reason") ?? errorOf("delay_reason")}
                      <button type="submit">{t("work.delaySend")}</button>
                    </Form>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {r.decision ? (
        <section aria-labelledby="decision-heading">
          <h2 id="decision-heading">{t("work.decision")}</h2>
          <p data-testid="decision">
            <span className={`status status--${r.decision.decision}`}>{t(`statuses.${r.decision.decision}`)}</span> · {formatDate(r.decision.decidedOn, lng)}
          </p>
          {r.decision.reasons ? <p className="notice-body">{r.decision.reasons}</p> : null}
          {r.decision.appealInfo ? <p className="notice-body">{r.decision.appealInfo}</p> : null}
          <p data-testid="result-notice">
            {r.decision.resultNotifiedOn
              ? t("work.resultNotified", { date: formatDate(r.decision.resultNotifiedOn, lng) })
              : t("work.resultDue", { date: formatDate(r.decision.resultNoticeDueOn ?? r.decision.decidedOn, lng) })}
          </p>
          {can.recordNotified ? (
            <Form method="post">
              <input type="hidden" name="intent" value="result_notified" />
              {errorOf("result_notified")}
              <button type="submit">{t("work.recordNotified")}</button>
            </Form>
          ) : null}
        </section>
      ) : can.decide ? (
        <section aria-labelledby="decide-heading">
          <h2 id="decide-heading">{t("work.decide")}</h2>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="decide" />
            <fieldset>
              <legend>{t("work.decision")}</legend>
              {errorOf("decide", "decision")}
              <label className="radio">
                <input type="radio" name="decision" value="approved" required /> {t("statuses.approved")}
              </label>
              <label className="radio">
                <input type="radio" name="decision" value="refused" /> {t("statuses.refused")}
              </label>
            </fieldset>
            <label htmlFor="decision-reasons">{t("work.reasons")}</label>
            <p className="hint" id="decision-reasons-hint">
              {t("work.reasonsHint")}
            </p>
            <textarea id="decision-reasons" name="reasons" rows={4} maxLength={4000} aria-describedby="decision-reasons-hint" />
            {errorOf("decide", "reasons")}
            <label htmlFor="decision-appeal">{t("work.appealInfo")}</label>
            <textarea id="decision-appeal" name="appealInfo" rows={3} maxLength={2000} />
            {errorOf("decide", "appealInfo")}
            <button type="submit">{t("work.decideSubmit")}</button>
          </Form>
        </section>
      ) : null}

      {can.note || r.notes.length > 0 ? (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t("work.notes")}</h2>
          <p className="muted">{t("work.notesHint")}</p>
          <ul>
            {r.notes.map((n, i) => (
              <li key={i}>
                <time dateTime={n.at}>
                  {formatDate(toBangkokDate(new Date(n.at)), lng)} {bangkokTime(n.at)}
                </time>{" "}
                — {n.body}
              </li>
            ))}
          </ul>
          {can.note ? (
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="note" />
              <label htmlFor="note-body">{t("work.addNote")}</label>
              <textarea id="note-body" name="body" rows={2} maxLength={4000} required />
              {errorOf("note", "body")}
              <button type="submit" className="button--secondary">
                {t("work.addNoteSubmit")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      {can.attach || r.attachments.length > 0 ? (
        <section aria-labelledby="attachments-heading">
          <h2 id="attachments-heading">{t("work.attachments")}</h2>
          <ul className="file-list">
            {r.attachments.map((f) => (
              <li key={f.id}>
                {can.viewFiles ? <a href={`/staff/files/${f.id}`}>{f.name}</a> : f.name} <span className="muted">({formatBytes(f.size, lng)})</span>
              </li>
            ))}
          </ul>
          {can.attach ? (
            <Form method="post" action={`/staff/requests/${r.trackingNumber}/attach`} encType="multipart/form-data" className="stack">
              <label htmlFor="attachment">{t("work.attach")}</label>
              <input id="attachment" name="file.attachment" type="file" accept="application/pdf,image/jpeg,image/png" required />
              <button type="submit" className="button--secondary">
                {t("work.attachSubmit")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
