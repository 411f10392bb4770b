// Create (/staff/admin/agencies/new) or edit one agency. Codes are unique; the ministry and the
// parent agency are chosen from lists; every change is in the audit log.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Select, TextArea, TextInput, valuesFrom } from "~/components/admin/form-bits";
import { ErrorSummary } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors } from "~/components/forms/use-validated-form";
import { getT } from "~/i18n/i18n.server";
import { AgencySchema } from "~/schemas/organisation";
import { requirePermission } from "~/services/auth.server";
import { agencyFormData, saveAgency } from "~/services/organisation.server";
import { formDataToObject } from "~/utils/form-data";
import { readForm } from "~/utils/read-form.server";

const FIELDS = ["code", "nameTh", "nameEn", "ministryId", "parentId", "phone", "website", "addressTh", "addressEn"] as const;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "organisation.manage");
  const t = await getT(request, "admin");
  const form = await agencyFormData(params.id!);
  return { ...form, title: form.agency ? t("agencies.editAgency", { code: form.agency.code }) : t("agencies.newAgency") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "organisation.manage");
  const values = formDataToObject(await readForm(request));
  const parsed = AgencySchema.safeParse(values);
  if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), values }, { status: 400 });
  const result = await saveAgency(user, params.id === "new" ? null : params.id!, parsed.data);
  if (!result.ok) return data({ errors: result.errors, values }, { status: 400 });
  throw redirect(`/staff/admin/agencies?saved=${result.changed ? parsed.data.code : "unchanged"}`);
}

export default function AgencyForm() {
  const { agency, ministries, agencies, title } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("admin");
  const name = (x: { code: string; nameTh: string; nameEn: string }) => `${x.code} · ${i18n.language === "en" ? x.nameEn : x.nameTh}`;
  const v = valuesFrom(actionData?.values, agency, FIELDS);
  const { form, onSubmit, errorFor } = useValidatedForm(AgencySchema, { defaultValues: v, serverErrors: actionData?.errors });
  const errors = Object.fromEntries(FIELDS.map((f) => [f, errorFor(f)]));
  const field = (n: (typeof FIELDS)[number]) => ({ name: n, form, value: v[n], error: errors[n], label: t(`agencies.fields.${n === "ministryId" ? "ministry" : n === "parentId" ? "parent" : n}`) });
  return (
    <>
      <p>
        <Link to="/staff/admin/agencies">{t("common.back")}</Link>
      </p>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <TextInput {...field("code")} hint={t("agencies.fields.codeHint")} spellCheck={false} />
        <TextInput {...field("nameTh")} lang="th" />
        <TextInput {...field("nameEn")} lang="en" />
        <Select {...field("ministryId")} blank="" options={ministries.map((m) => ({ value: m.id, label: name(m) }))} />
        <Select {...field("parentId")} blank={t("agencies.fields.noParent")} options={agencies.map((a) => ({ value: a.id, label: name(a) }))} />
        <TextInput {...field("phone")} type="tel" />
        <TextInput {...field("website")} type="url" hint={t("agencies.fields.websiteHint")} />
        <TextArea {...field("addressTh")} lang="th" />
        <TextArea {...field("addressEn")} lang="en" />
        <p>
          <button type="submit">{agency ? t("agencies.save") : t("agencies.createAgency")}</button>
        </p>
      </Form>
    </>
  );
}
