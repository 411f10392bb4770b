import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplyPage, nextStepUrl, StepButtons } from "~/components/apply/apply-page";
import { ErrorSummary } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors } from "~/components/forms/use-validated-form";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { DeclarationStepSchema } from "~/schemas/apply";
import { requireDraft, saveDeclaration } from "~/services/apply.server";
import { now } from "~/utils/clock.server";
import { formDataToObject } from "~/utils/form-data";
import { readForm } from "~/utils/read-form.server";

// The declaration and the PDPA consent line: what the personal data is used for.
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const draft = await requireDraft(request, params.key, now());
  const [lng, t] = [await getLanguage(request), await getT(request, "apply")];
  const permit = lng === "th" ? draft.manual.nameTh : draft.manual.nameEn;
  return { permit, saved: draft.answers.declaration ?? null, title: `${t("declaration.title")} · ${permit}` };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const at = now();
  const draft = await requireDraft(request, params.key, at);
  const values = formDataToObject(await readForm(request));
  const parsed = DeclarationStepSchema.safeParse(values);
  if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), values }, { status: 400 });
  await saveDeclaration(draft, parsed.data, at);
  if (values.intent === "save") throw redirect(`/apply/${params.key}/save`);
  throw redirect(nextStepUrl(params.key!, "declaration", new URL(request.url).searchParams.get("return")));
}

export default function DeclarationStep() {
  const { permit, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const { t } = useTranslation("apply");
  const previous = (actionData?.values ?? {}) as Record<string, unknown>;
  const defaults = {
    truthful: actionData ? previous.truthful === "on" : (saved?.truthful ?? false),
    consent: actionData ? previous.consent === "on" : (saved?.consent ?? false),
  };
  const { form, onSubmit, errorFor } = useValidatedForm(DeclarationStepSchema, { defaultValues: defaults, serverErrors: actionData?.errors });
  const errors = { truthful: errorFor("truthful"), consent: errorFor("consent") };
  const returnTo = search.get("return");
  return (
    <ApplyPage permit={permit} step="declaration" title={t("declaration.title")}>
      <ErrorSummary errors={errors} />
      <h2>{t("declaration.privacyHeading")}</h2>
      <p>{t("privacy")}</p>
      <ul>
        <li>{t("declaration.use1")}</li>
        <li>{t("declaration.use2")}</li>
        <li>{t("declaration.use3")}</li>
      </ul>
      <Form method="post" noValidate onSubmit={onSubmit} className="stack" action={returnTo ? `?return=${returnTo}` : undefined}>
        {(["truthful", "consent"] as const).map((name) => (
          <div key={name} className={`form-field${errors[name] ? " form-field--error" : ""}`}>
            {errors[name] ? (
              <p className="field-error" id={`${name}-error`}>
                {t(errors[name]!)}
              </p>
            ) : null}
            <div className="checkbox">
              <input id={name} type="checkbox" defaultChecked={defaults[name]} aria-invalid={!!errors[name]} aria-describedby={errors[name] ? `${name}-error` : undefined} {...form.register(name)} />
              <label htmlFor={name}>{t(`declaration.${name}`)}</label>
            </div>
          </div>
        ))}
        <StepButtons />
      </Form>
    </ApplyPage>
  );
}
