import { randomUUID } from "node:crypto";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { APPLICANT_TEXT_FIELDS, ApplicantFields } from "~/components/forms/applicant-fields";
import { ErrorSummary } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors } from "~/components/forms/use-validated-form";
import { checklistFieldError, DeficiencyFields, intakeDefaults, IntakeChecklist } from "~/components/staff/intake-checklist";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { IntakeSchema } from "~/schemas/intake";
import { requirePermission } from "~/services/auth.server";
import { defaultCureDeadline, loadIntakeManual, submitCounterIntake } from "~/services/intake.server";
import { todayInBangkok } from "~/utils/clock.server";
import { formDataToObject } from "~/utils/form-data";
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
  const defaults = intakeDefaults(previous, permit.documents.map((d) => d.id), idempotencyKey, minimumCure, lng);
  const { form, onSubmit, errorFor } = useValidatedForm(IntakeSchema, { defaultValues: defaults, serverErrors: actionData?.errors });
  const summary: Record<string, string | undefined> = {};
  for (const f of ["applicantType", ...APPLICANT_TEXT_FIELDS, "documents", "cureDeadline", "signedOnPaper"]) summary[f] = errorFor(f);
  permit.documents.forEach((_, i) => {
    summary[`documents.${i}.status`] = errorFor(`documents.${i}.status`) ?? checklistFieldError(form.formState.errors, i, "status");
    summary[`documents.${i}.note`] = errorFor(`documents.${i}.note`) ?? checklistFieldError(form.formState.errors, i, "note");
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
        <IntakeChecklist form={form} lines={permit.documents} defaults={defaults} errors={summary} />
        <DeficiencyFields form={form} minimumCure={minimumCure} defaults={defaults} errors={summary} />
        <button type="submit" disabled={busy}>
          {t("intake.submit")}
        </button>
      </Form>
    </div>
  );
}
