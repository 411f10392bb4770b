// A new permit (issue 7): its permanent slug, kind, category, agency (an editor: only the
// editor's own) and the service centers that offer it; creates the permit and draft version 1.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { describedBy, ErrorSummary, Field } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors } from "~/components/forms/use-validated-form";
import { CATEGORIES, PERMIT_KINDS } from "~/domain/manual/vocabulary";
import { getT } from "~/i18n/i18n.server";
import { NewPermitSchema } from "~/schemas/manual-editor";
import { requirePermission } from "~/services/auth.server";
import { createPermit, newPermitChoices } from "~/services/manual-editor.server";
import { formDataToObject } from "~/utils/form-data";
import { readForm } from "~/utils/read-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  const t = await getT(request, "editor");
  return { title: t("new.title"), ...(await newPermitChoices(user)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  const form = await readForm(request);
  const values = { ...formDataToObject(form), serviceCenterIds: form.getAll("serviceCenterIds").filter((v): v is string => typeof v === "string") };
  const parsed = NewPermitSchema.safeParse(values);
  if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), values }, { status: 400 });
  const outcome = await createPermit(user, parsed.data);
  if (!outcome.ok) return data({ errors: outcome.errors, values }, { status: 400 });
  throw redirect(`/staff/admin/manuals/${outcome.slug}/draft`);
}

const TEXT_FIELDS = ["slug", "nameTh", "nameEn"] as const;

export default function NewPermit() {
  const { agencies, centers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("editor");
  const lng = i18n.language === "en" ? "en" : "th";
  const previous = (actionData?.values ?? {}) as Record<string, unknown>;
  const str = (k: string, fallback = "") => (typeof previous[k] === "string" ? (previous[k] as string) : fallback);
  const chosenCenters = Array.isArray(previous.serviceCenterIds) ? (previous.serviceCenterIds as string[]) : [];
  const defaults = {
    slug: str("slug"),
    nameTh: str("nameTh"),
    nameEn: str("nameEn"),
    kind: str("kind") as "licence",
    category: str("category") as "commerce",
    agencyId: str("agencyId", agencies.length === 1 ? agencies[0].id : ""),
    serviceCenterIds: chosenCenters,
  };
  const { form, onSubmit, errorFor } = useValidatedForm(NewPermitSchema, { defaultValues: defaults, serverErrors: actionData?.errors });
  const errors = Object.fromEntries(["slug", "nameTh", "nameEn", "kind", "category", "agencyId", "serviceCenterIds"].map((k) => [k, errorFor(k)]));
  return (
    <>
      <h1>{t("new.title")}</h1>
      <p className="lead">{t("new.lead")}</p>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        {TEXT_FIELDS.map((name) => (
          <Field key={name} id={name} label={t(`new.${name}`)} hint={t(`new.${name}Hint`)} error={errors[name]}>
            <input
              id={name}
              type="text"
              lang={name === "nameTh" ? "th" : name === "nameEn" ? "en" : undefined}
              autoComplete="off"
              spellCheck={name !== "slug"}
              defaultValue={defaults[name]}
              aria-invalid={!!errors[name]}
              aria-describedby={describedBy(name, { hint: true, error: errors[name] })}
              {...form.register(name)}
            />
          </Field>
        ))}
        <Field id="kind" label={t("new.kind")} error={errors.kind}>
          <select id="kind" defaultValue={defaults.kind} aria-invalid={!!errors.kind} aria-describedby={describedBy("kind", { error: errors.kind })} {...form.register("kind")}>
            <option value="">{t("choose")}</option>
            {PERMIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`manual:kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="category" label={t("new.category")} error={errors.category}>
          <select id="category" defaultValue={defaults.category} aria-invalid={!!errors.category} aria-describedby={describedBy("category", { error: errors.category })} {...form.register("category")}>
            <option value="">{t("choose")}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`manual:categories.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="agencyId" label={t("new.agency")} hint={t("new.agencyHint")} error={errors.agencyId}>
          <select
            id="agencyId"
            defaultValue={defaults.agencyId}
            aria-invalid={!!errors.agencyId}
            aria-describedby={describedBy("agencyId", { hint: true, error: errors.agencyId })}
            {...form.register("agencyId")}
          >
            {agencies.length > 1 ? <option value="">{t("choose")}</option> : null}
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {lng === "en" ? a.nameEn : a.nameTh} ({a.code})
              </option>
            ))}
          </select>
        </Field>
        <fieldset id="serviceCenterIds" aria-describedby={errors.serviceCenterIds ? "serviceCenterIds-error" : undefined}>
          <legend>{t("new.centers")}</legend>
          <p className="hint">{t("new.centersHint")}</p>
          {errors.serviceCenterIds ? (
            <p className="field-error" id="serviceCenterIds-error">
              {t(errors.serviceCenterIds)}
            </p>
          ) : null}
          {centers.map((c) => (
            <label key={c.id} className="checkbox">
              <input type="checkbox" value={c.id} defaultChecked={chosenCenters.includes(c.id)} {...form.register("serviceCenterIds")} /> {lng === "en" ? c.nameEn : c.nameTh} ({c.code})
            </label>
          ))}
        </fieldset>
        <p>
          <button type="submit">{t("new.submit")}</button>
        </p>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
