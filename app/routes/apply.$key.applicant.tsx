import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplyPage, nextStepUrl, StepButtons } from "~/components/apply/apply-page";
import { ApplicantFields, APPLICANT_TEXT_FIELDS } from "~/components/forms/applicant-fields";
import { ErrorSummary } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors } from "~/components/forms/use-validated-form";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { ApplicantStepSchema } from "~/schemas/apply";
import { requireDraft, saveApplicant } from "~/services/apply.server";
import { now } from "~/utils/clock.server";
import { formDataToObject } from "~/utils/form-data";
import { readForm } from "~/utils/read-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const draft = await requireDraft(request, params.key, now());
  const [lng, t] = [await getLanguage(request), await getT(request, "apply")];
  const permit = lng === "th" ? draft.manual.nameTh : draft.manual.nameEn;
  return { permit, saved: draft.answers.applicant ?? null, lng, title: `${t("applicant.title")} · ${permit}` };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const at = now();
  const draft = await requireDraft(request, params.key, at);
  const values = formDataToObject(await readForm(request));
  const parsed = ApplicantStepSchema.safeParse(values);
  if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), values }, { status: 400 });
  await saveApplicant(draft, parsed.data, at);
  if (values.intent === "save") throw redirect(`/apply/${params.key}/save`);
  throw redirect(nextStepUrl(params.key!, "applicant", new URL(request.url).searchParams.get("return")));
}

export default function ApplicantStep() {
  const { permit, saved, lng } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const { t } = useTranslation("apply");
  const previous = (actionData?.values ?? {}) as Record<string, unknown>;
  const str = (k: keyof NonNullable<typeof saved>, fallback = "") => (typeof previous[k] === "string" ? (previous[k] as string) : ((saved?.[k] as string | undefined) ?? fallback));
  const defaults = {
    applicantType: str("applicantType", "person"),
    applicantId: str("applicantId"),
    applicantName: str("applicantName"),
    applicantPhone: str("applicantPhone"),
    applicantEmail: str("applicantEmail"),
    applicantAddress: str("applicantAddress"),
    preferredLanguage: str("preferredLanguage", lng),
    noticesByEmail: actionData ? previous.noticesByEmail === "on" : (saved?.noticesByEmail ?? false),
  };
  const { form, onSubmit, errorFor } = useValidatedForm(ApplicantStepSchema, { defaultValues: defaults as never, serverErrors: actionData?.errors });
  const errors: Record<string, string | undefined> = {};
  for (const f of ["applicantType", ...APPLICANT_TEXT_FIELDS]) errors[f] = errorFor(f);
  const returnTo = search.get("return");
  return (
    <ApplyPage permit={permit} step="applicant" title={t("applicant.title")}>
      <ErrorSummary errors={errors} />
      <p>{t("applicant.lead")}</p>
      <Form method="post" noValidate onSubmit={onSubmit} className="stack" action={returnTo ? `?return=${returnTo}` : undefined}>
        <ApplicantFields form={form} defaults={defaults} errors={errors} own />
        <StepButtons />
      </Form>
    </ApplyPage>
  );
}
