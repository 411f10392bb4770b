// Create (/staff/admin/agencies/ministries/new) or rename one ministry.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextInput, valuesFrom } from "~/components/admin/form-bits";
import { ErrorSummary } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors } from "~/components/forms/use-validated-form";
import { getT } from "~/i18n/i18n.server";
import { MinistrySchema } from "~/schemas/organisation";
import { requirePermission } from "~/services/auth.server";
import { ministryFormData, saveMinistry } from "~/services/organisation.server";
import { formDataToObject } from "~/utils/form-data";
import { readForm } from "~/utils/read-form.server";

const FIELDS = ["code", "nameTh", "nameEn"] as const;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "organisation.manage");
  const t = await getT(request, "admin");
  const { ministry } = await ministryFormData(params.id!);
  return { ministry, title: ministry ? t("agencies.editMinistry", { code: ministry.code }) : t("agencies.newMinistry") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "organisation.manage");
  const values = formDataToObject(await readForm(request));
  const parsed = MinistrySchema.safeParse(values);
  if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), values }, { status: 400 });
  const result = await saveMinistry(user, params.id === "new" ? null : params.id!, parsed.data);
  if (!result.ok) return data({ errors: result.errors, values }, { status: 400 });
  throw redirect(`/staff/admin/agencies?saved=${result.changed ? parsed.data.code : "unchanged"}`);
}

export default function MinistryForm() {
  const { ministry, title } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  const v = valuesFrom(actionData?.values, ministry, FIELDS);
  const { form, onSubmit, errorFor } = useValidatedForm(MinistrySchema, { defaultValues: v, serverErrors: actionData?.errors });
  const errors = Object.fromEntries(FIELDS.map((f) => [f, errorFor(f)]));
  const field = (n: (typeof FIELDS)[number]) => ({ name: n, form, value: v[n], error: errors[n], label: t(`agencies.fields.${n}`) });
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
        <p>
          <button type="submit">{ministry ? t("agencies.save") : t("agencies.createMinistry")}</button>
        </p>
      </Form>
    </>
  );
}
