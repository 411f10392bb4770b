// The intake checklist (R8.1) and the deficiency record's deadline and signatures (R8.2):
// shared by the single-permit intake and a guide's bundle (issue 10), whose lines are the
// bundle's documents, each once, with the permits that need it.
import type { UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { describedBy, Field } from "~/components/forms/field";
import { SignaturePad } from "~/components/staff/signature-pad";
import { formatDate } from "~/utils/format";

export type ChecklistLine = { id: string; group: string; name: string; originals: number; copies: number; condition: string | null; usedBy?: string[] };
type Defaults = { documents: { status?: string; note?: string }[]; cureDeadline: string; signedOnPaper: boolean };

export function IntakeChecklist({ form, lines, defaults, errors, hint }: { form: UseFormReturn<any>; lines: ChecklistLine[]; defaults: Defaults; errors: Record<string, string | undefined>; hint?: string }) {
  const { t } = useTranslation("staff");
  return (
    <fieldset>
      <legend>{t("intake.checklist")}</legend>
      <p className="hint">{hint ?? t("intake.checklistHint")}</p>
      {errors.documents ? <p className="field-error">{t(errors.documents)}</p> : null}
      <ol className="checklist">
        {lines.map((d, i) => {
          const statusError = errors[`documents.${i}.status`];
          const noteError = errors[`documents.${i}.note`];
          return (
            <li key={d.id} className="checklist__item">
              <input type="hidden" defaultValue={d.id} {...form.register(`documents.${i}.id`)} />
              <fieldset id={`documents.${i}.status`} aria-describedby={statusError ? `documents-${i}-status-error` : undefined}>
                <legend>
                  <span className="checklist__group">{t(`documentGroups.${d.group}`)}</span> {d.name}{" "}
                  <span className="muted">{t("intake.quantity", { originals: d.originals, copies: d.copies })}</span>
                  {d.condition ? <span className="checklist__condition"> — {d.condition}</span> : null}
                  {d.usedBy ? <span className="checklist__used-by"> · {d.usedBy.join(", ")}</span> : null}
                </legend>
                {statusError ? (
                  <p className="field-error" id={`documents-${i}-status-error`}>
                    {t(statusError)}
                  </p>
                ) : null}
                <div className="radios">
                  {(d.condition ? ["received", "missing", "defective", "not_applicable"] : ["received", "missing", "defective"]).map((s) => (
                    <label key={s} className="radio">
                      <input type="radio" value={s} defaultChecked={defaults.documents[i]?.status === s} {...form.register(`documents.${i}.status`)} /> {t(`checkStatuses.${s}`)}
                    </label>
                  ))}
                </div>
                <label htmlFor={`documents.${i}.note`} className="small-label">
                  {t("intake.note")}
                </label>
                <input
                  id={`documents.${i}.note`}
                  type="text"
                  defaultValue={defaults.documents[i]?.note ?? ""}
                  aria-invalid={!!noteError}
                  aria-describedby={noteError ? `documents-${i}-note-error` : undefined}
                  {...form.register(`documents.${i}.note`)}
                />
                {noteError ? (
                  <p className="field-error" id={`documents-${i}-note-error`}>
                    {t(noteError)}
                  </p>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

export function DeficiencyFields({ form, minimumCure, defaults, errors, hint }: { form: UseFormReturn<any>; minimumCure: string; defaults: Defaults; errors: Record<string, string | undefined>; hint?: string }) {
  const { t, i18n } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  return (
    <fieldset>
      <legend>{t("intake.deficiencyHeading")}</legend>
      <p className="hint">{hint ?? t("intake.deficiencyHint")}</p>
      <Field id="cureDeadline" label={t("intake.cureDeadline")} hint={t("intake.cureDeadlineHint", { date: formatDate(minimumCure, lng) })} error={errors.cureDeadline}>
        <input id="cureDeadline" type="date" min={minimumCure} defaultValue={defaults.cureDeadline} aria-describedby={describedBy("cureDeadline", { hint: true, error: errors.cureDeadline })} {...form.register("cureDeadline")} />
      </Field>
      <div className="signatures">
        <SignaturePad name="officerSignature" label={t("intake.officerSignature")} onChange={(v) => form.setValue("officerSignature", v)} />
        <SignaturePad name="applicantSignature" label={t("intake.applicantSignature")} onChange={(v) => form.setValue("applicantSignature", v)} />
      </div>
      <div className="checkbox" id="signedOnPaper-field">
        <input id="signedOnPaper" type="checkbox" defaultChecked={defaults.signedOnPaper} aria-describedby={errors.signedOnPaper ? "signedOnPaper-error" : undefined} {...form.register("signedOnPaper")} />
        <label htmlFor="signedOnPaper">{t("intake.signedOnPaper")}</label>
      </div>
      {errors.signedOnPaper ? (
        <p className="field-error" id="signedOnPaper-error">
          {t(errors.signedOnPaper)}
        </p>
      ) : null}
    </fieldset>
  );
}

export function checklistFieldError(errors: unknown, i: number, key: "status" | "note"): string | undefined {
  const docs = (errors as { documents?: ({ status?: { message?: string }; note?: { message?: string } } | undefined)[] }).documents;
  return docs?.[i]?.[key]?.message;
}

/** Form defaults of the intake form after a failed post, else empty (shared by both intakes). */
export function intakeDefaults(previous: Record<string, unknown> & { documents?: { status?: string; note?: string }[] }, lineIds: string[], idempotencyKey: string, minimumCure: string, lng: string) {
  const str = (k: string, fallback = "") => (typeof previous[k] === "string" ? (previous[k] as string) : fallback);
  return {
    idempotencyKey: str("idempotencyKey", idempotencyKey),
    applicantType: str("applicantType", "person") as "person",
    applicantId: str("applicantId"),
    applicantName: str("applicantName"),
    applicantPhone: str("applicantPhone"),
    applicantEmail: str("applicantEmail"),
    applicantAddress: str("applicantAddress"),
    preferredLanguage: str("preferredLanguage", lng) as "th",
    noticesByEmail: previous.noticesByEmail === "on",
    documents: lineIds.map((id, i) => ({ id, status: (previous.documents?.[i]?.status ?? undefined) as "received", note: previous.documents?.[i]?.note ?? "" })),
    cureDeadline: str("cureDeadline", minimumCure),
    signedOnPaper: previous.signedOnPaper === "on",
  };
}
