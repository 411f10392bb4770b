// Create (/staff/admin/centers/new) or edit one service center: names, address, phone, the
// office hours the clock counts minute and hour limits in (T5), and the permits it accepts.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextArea, TextInput, valuesFrom } from "~/components/admin/form-bits";
import { ErrorSummary } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors } from "~/components/forms/use-validated-form";
import { getT } from "~/i18n/i18n.server";
import { CenterSchema } from "~/schemas/organisation";
import { requirePermission } from "~/services/auth.server";
import { centerFormData, saveCenter } from "~/services/organisation.server";
import { formDataToObject } from "~/utils/form-data";
import { readForm } from "~/utils/read-form.server";

const FIELDS = ["code", "nameTh", "nameEn", "addressTh", "addressEn", "phone", "opensAt", "closesAt", "lunchStart", "lunchEnd"] as const;
const NEW_CENTER = { opensAt: "08:30", closesAt: "16:30", lunchStart: "12:00", lunchEnd: "13:00" };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "organisation.manage");
  const t = await getT(request, "admin");
  const form = await centerFormData(params.id!);
  return { ...form, title: form.center ? t("centers.edit", { code: form.center.code }) : t("centers.new") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "organisation.manage");
  const form = await readForm(request);
  const values = formDataToObject(form);
  // The permit checkboxes share one name; formDataToObject keeps one value, so read them all.
  const permitIds = form.getAll("permitIds").filter((v): v is string => typeof v === "string").slice(0, 500);
  const parsed = CenterSchema.safeParse(values);
  if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), values, permitIds }, { status: 400 });
  const result = await saveCenter(user, params.id === "new" ? null : params.id!, parsed.data, permitIds);
  if (!result.ok) return data({ errors: result.errors, values, permitIds }, { status: 400 });
  throw redirect(`/staff/admin/centers?saved=${result.changed ? parsed.data.code : "unchanged"}`);
}

export default function CenterForm() {
  const { center, permits, title } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("admin");
  const v = valuesFrom(actionData?.values, center ?? NEW_CENTER, FIELDS);
  const chosen = new Set(actionData?.permitIds ?? center?.permitIds ?? []);
  const { form, onSubmit, errorFor } = useValidatedForm(CenterSchema, { defaultValues: v, serverErrors: actionData?.errors });
  const errors = Object.fromEntries(FIELDS.map((f) => [f, errorFor(f)]));
  const field = (n: (typeof FIELDS)[number]) => ({ name: n, form, value: v[n], error: errors[n], label: t(`centers.fields.${n}`) });
  return (
    <>
      <p>
        <Link to="/staff/admin/centers">{t("common.back")}</Link>
      </p>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <TextInput
          {...field("code")}
          hint={center?.codeLocked ? t("centers.fields.codeLocked") : t("centers.fields.codeHint")}
          readOnly={center?.codeLocked}
          spellCheck={false}
        />
        <TextInput {...field("nameTh")} lang="th" />
        <TextInput {...field("nameEn")} lang="en" />
        <TextArea {...field("addressTh")} lang="th" />
        <TextArea {...field("addressEn")} lang="en" />
        <TextInput {...field("phone")} type="tel" />
        <fieldset>
          <legend>{t("centers.fields.hoursLegend")}</legend>
          <p className="hint">{t("centers.fields.hoursHint")}</p>
          <div className="admin-hours">
            <TextInput {...field("opensAt")} type="time" />
            <TextInput {...field("closesAt")} type="time" />
          </div>
          <p className="hint">{t("centers.fields.lunchHint")}</p>
          <div className="admin-hours">
            <TextInput {...field("lunchStart")} type="time" />
            <TextInput {...field("lunchEnd")} type="time" />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("centers.fields.permitsLegend")}</legend>
          <p className="hint">{t("centers.fields.permitsHint")}</p>
          <div className="admin-checklist">
            {permits.map((p) => (
              <label key={p.id} className="checkbox">
                <input type="checkbox" name="permitIds" value={p.id} defaultChecked={chosen.has(p.id)} />
                {p.currentVersion ? (i18n.language === "en" ? p.currentVersion.nameEn : p.currentVersion.nameTh) : p.slug}
              </label>
            ))}
          </div>
        </fieldset>
        <p>
          <button type="submit">{center ? t("centers.save") : t("centers.create")}</button>
        </p>
      </Form>
    </>
  );
}
