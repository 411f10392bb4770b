import { randomUUID } from "node:crypto";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { APPLICANT_TEXT_FIELDS, ApplicantFields } from "~/components/forms/applicant-fields";
import { describedBy, ErrorSummary, Field } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors } from "~/components/forms/use-validated-form";
import { SignaturePad } from "~/components/staff/signature-pad";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { IntakeSchema } from "~/schemas/intake";
import { requirePermission } from "~/services/auth.server";
import { defaultCureDeadline, loadIntakeManual, submitCounterIntake } from "~/services/intake.server";
import { todayInBangkok } from "~/utils/clock.server";
import { formDataToObject } from "~/utils/form-data";
import { formatDate } from "~/utils/format";
import { readForm } from "~/utils/read-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "intake.create");
  const permit = await loadIntakeManual(params.slug ?? "");
  const lng = await getLanguage(request);
  const t = await getT(request, "staff");
  const today = todayInBangkok();
  return {
    permit: {
      slug: permit.slug,
      name: lng === "th" ? permit.manual.nameTh : permit.manual.nameEn,
      documents: permit.manual.documents.map((d) => ({
        id: d.id,
        group: d.group,
        name: lng === "th" ? d.nameTh : d.nameEn,
        originals: d.originals,
        copies: d.copies,
        unit: d.unit,
        condition: (lng === "th" ? d.conditionTh : d.conditionEn) || null,
      })),
    },
    idempotencyKey: randomUUID(),
    minimumCure: await defaultCureDeadline(today),
    title: `${t("intake.title")} · ${lng === "th" ? permit.manual.nameTh : permit.manual.nameEn}`,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "intake.create");
  const permit = await loadIntakeManual(params.slug ?? "");
  const values = formDataToObject(await readForm(request));
  const parsed = IntakeSchema.safeParse(values);
  if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), values }, { status: 400 });
  const outcome = await submitCounterIntake(user, permit, parsed.data);
  if (!outcome.ok) return data({ errors: outcome.errors, values }, { status: 400 });
  throw redirect(`/staff/requests/${outcome.trackingNumber}`);
}

type Values = Record<string, unknown> & { documents?: { id: string; status?: string; note?: string }[] };

export default function IntakeForm() {
  const { permit, idempotencyKey, minimumCure } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, i18n } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  const previous = (actionData?.values ?? {}) as Values;
  const str = (k: string, fallback = "") => (typeof previous[k] === "string" ? (previous[k] as string) : fallback);
  const defaults = {
      idempotencyKey: str("idempotencyKey", idempotencyKey),
      applicantType: str("applicantType", "person") as "person",
      applicantId: str("applicantId"),
      applicantName: str("applicantName"),
      applicantPhone: str("applicantPhone"),
      applicantEmail: str("applicantEmail"),
      applicantAddress: str("applicantAddress"),
      preferredLanguage: str("preferredLanguage", lng) as "th",
      noticesByEmail: previous.noticesByEmail === "on",
      documents: permit.documents.map((d, i) => ({
        id: d.id,
        status: (previous.documents?.[i]?.status ?? undefined) as "received",
        note: previous.documents?.[i]?.note ?? "",
      })),
      cureDeadline: str("cureDeadline", minimumCure),
      signedOnPaper: previous.signedOnPaper === "on",
  };
  const { form, onSubmit, errorFor } = useValidatedForm(IntakeSchema, { defaultValues: defaults, serverErrors: actionData?.errors });
  const summary: Record<string, string | undefined> = {};
  for (const f of ["applicantType", ...APPLICANT_TEXT_FIELDS, "documents", "cureDeadline", "signedOnPaper"]) summary[f] = errorFor(f);
  permit.documents.forEach((_, i) => {
    summary[`documents.${i}.status`] = errorFor(`documents.${i}.status`) ?? fieldError(form.formState.errors, i, "status");
    summary[`documents.${i}.note`] = errorFor(`documents.${i}.note`) ?? fieldError(form.formState.errors, i, "note");
  });
  const busy = navigation.state === "submitting";

  return (
    <div className="intake">
      <h1>{t("intake.title")}</h1>
      <p className="lead">{permit.name}</p>
      <ErrorSummary errors={summary} />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" defaultValue={defaults.idempotencyKey} {...form.register("idempotencyKey")} />
        <fieldset>
          <legend>{t("intake.applicant")}</legend>
          <ApplicantFields form={form} defaults={defaults} errors={summary} />
        </fieldset>

        <fieldset>
          <legend>{t("intake.checklist")}</legend>
          <p className="hint">{t("intake.checklistHint")}</p>
          {summary.documents ? <p className="field-error">{t(summary.documents)}</p> : null}
          <ol className="checklist">
            {permit.documents.map((d, i) => {
              const statusError = summary[`documents.${i}.status`];
              const noteError = summary[`documents.${i}.note`];
              return (
                <li key={d.id} className="checklist__item">
                  <input type="hidden" defaultValue={d.id} {...form.register(`documents.${i}.id`)} />
                  <fieldset id={`documents.${i}.status`} aria-describedby={statusError ? `documents-${i}-status-error` : undefined}>
                    <legend>
                      <span className="checklist__group">{t(`documentGroups.${d.group}`)}</span> {d.name}{" "}
                      <span className="muted">{t("intake.quantity", { originals: d.originals, copies: d.copies })}</span>
                      {d.condition ? <span className="checklist__condition"> — {d.condition}</span> : null}
                    </legend>
                    {statusError ? (
                      <p className="field-error" id={`documents-${i}-status-error`}>
                        {t(statusError)}
                      </p>
                    ) : null}
                    <div className="radios">
                      {(d.condition ? ["received", "missing", "defective", "not_applicable"] : ["received", "missing", "defective"]).map((s) => (
                        <label key={s} className="radio">
                          <input type="radio" value={s} defaultChecked={defaults.documents[i].status === s} {...form.register(`documents.${i}.status`)} /> {t(`checkStatuses.${s}`)}
                        </label>
                      ))}
                    </div>
                    <label htmlFor={`documents.${i}.note`} className="small-label">
                      {t("intake.note")}
                    </label>
                    <input
                      id={`documents.${i}.note`}
                      type="text"
                      defaultValue={defaults.documents[i].note}
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

        <fieldset>
          <legend>{t("intake.deficiencyHeading")}</legend>
          <p className="hint">{t("intake.deficiencyHint")}</p>
          <Field id="cureDeadline" label={t("intake.cureDeadline")} hint={t("intake.cureDeadlineHint", { date: formatDate(minimumCure, lng) })} error={summary.cureDeadline}>
            <input id="cureDeadline" type="date" min={minimumCure} defaultValue={defaults.cureDeadline} aria-describedby={describedBy("cureDeadline", { hint: true, error: summary.cureDeadline })} {...form.register("cureDeadline")} />
          </Field>
          <div className="signatures">
            <SignaturePad name="officerSignature" label={t("intake.officerSignature")} onChange={(v) => form.setValue("officerSignature", v)} />
            <SignaturePad name="applicantSignature" label={t("intake.applicantSignature")} onChange={(v) => form.setValue("applicantSignature", v)} />
          </div>
          <div className="checkbox" id="signedOnPaper-field">
            <input id="signedOnPaper" type="checkbox" defaultChecked={defaults.signedOnPaper} aria-describedby={summary.signedOnPaper ? "signedOnPaper-error" : undefined} {...form.register("signedOnPaper")} />
            <label htmlFor="signedOnPaper">{t("intake.signedOnPaper")}</label>
          </div>
          {summary.signedOnPaper ? (
            <p className="field-error" id="signedOnPaper-error">
              {t(summary.signedOnPaper)}
            </p>
          ) : null}
        </fieldset>
        <button type="submit" disabled={busy}>
          {t("intake.submit")}
        </button>
      </Form>
    </div>
  );
}

function fieldError(errors: unknown, i: number, key: "status" | "note"): string | undefined {
  const docs = (errors as { documents?: ({ status?: { message?: string }; note?: { message?: string } } | undefined)[] }).documents;
  return docs?.[i]?.[key]?.message;
}
