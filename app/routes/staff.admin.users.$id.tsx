// One staff account: create it (/staff/admin/users/new), change its name, role and scope,
// reset its password, deactivate or reactivate it — never delete it (issue 7). A temporary
// password is returned in this response only, never stored or put in a URL.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Select, TextInput, valuesFrom } from "~/components/admin/form-bits";
import { ErrorSummary } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors } from "~/components/forms/use-validated-form";
import { STAFF_ROLES } from "~/domain/auth/permissions";
import { getT } from "~/i18n/i18n.server";
import { UserCreateSchema, UserEditSchema } from "~/schemas/staff-accounts";
import { requirePermission } from "~/services/auth.server";
import { changeAccess, createUser, updateUser, userFormData } from "~/services/staff-accounts.server";
import { formDataToObject } from "~/utils/form-data";
import { formatDate } from "~/utils/format";
import { readForm } from "~/utils/read-form.server";

const FIELDS = ["email", "name", "role", "serviceCenterId", "agencyId"] as const;
// A page showing a password must not be kept by the browser or a proxy.
const NO_STORE = { "Cache-Control": "no-store" };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "user.manage");
  const t = await getT(request, "admin");
  const form = await userFormData(params.id!, admin);
  return { ...form, title: form.user ? t("users.edit", { email: form.user.email }) : t("users.new") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "user.manage");
  const values = formDataToObject(await readForm(request));
  if (params.id === "new") {
    const parsed = UserCreateSchema.safeParse(values);
    if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), values }, { status: 400 });
    const result = await createUser(admin, parsed.data);
    if (!result.ok) return data({ errors: result.errors, values }, { status: 400 });
    return data({ password: { title: "users.createdTitle", email: parsed.data.email, value: result.temporaryPassword, userId: result.id } }, { headers: NO_STORE });
  }
  const id = params.id!;
  switch (values.intent) {
    case "save": {
      const parsed = UserEditSchema.safeParse(values);
      if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), values }, { status: 400 });
      const result = await updateUser(admin, id, parsed.data);
      if (!result.ok) return data({ errors: result.errors, values }, { status: 400 });
      throw redirect(`/staff/admin/users/${id}?saved=${result.changed ? "1" : "unchanged"}`);
    }
    case "reset_password":
    case "deactivate":
    case "reactivate": {
      const result = await changeAccess(admin, id, values.intent);
      if (!result.ok) return data({ accessError: result.error }, { status: 409 });
      if (result.temporaryPassword) {
        return data({ password: { title: "users.resetTitle", email: result.email, value: result.temporaryPassword, userId: id } }, { headers: NO_STORE });
      }
      throw redirect(`/staff/admin/users/${id}?done=${values.intent}`);
    }
    default:
      throw new Response("Unknown intent", { status: 400 });
  }
}

export default function UserPage() {
  const { user, centers, agencies, title } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation("admin");
  const { t: ts } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  const password = actionData && "password" in actionData ? actionData.password : null;
  if (password) return <TemporaryPassword {...password} />;
  const name = (x: { code: string; nameTh: string; nameEn: string }) => `${x.code} · ${lng === "en" ? x.nameEn : x.nameTh}`;
  const posted = actionData && "values" in actionData ? actionData.values : undefined;
  const fieldErrors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const accessError = actionData && "accessError" in actionData ? actionData.accessError : undefined;
  const done = params.get("done");
  return (
    <>
      <p>
        <Link to="/staff/admin/users">{t("common.back")}</Link>
      </p>
      <h1>{title}</h1>
      {params.get("saved") ? (
        <p role="status" className="ok">
          {params.get("saved") === "unchanged" ? t("common.unchanged") : t("common.saved")}
        </p>
      ) : null}
      {done === "deactivate" || done === "reactivate" ? (
        <p role="status" className="ok">
          {t(`users.${done}.done`)}
        </p>
      ) : null}
      {accessError ? (
        <p className="error-summary" role="alert">
          {t(accessError)}
        </p>
      ) : null}
      <AccountForm
        key={user?.id ?? "new"}
        user={user}
        posted={posted}
        serverErrors={fieldErrors}
        roles={STAFF_ROLES.map((r) => ({ value: r, label: ts(`roles.${r}`) }))}
        centers={centers.map((c) => ({ value: c.id, label: name(c) }))}
        agencies={agencies.map((a) => ({ value: a.id, label: name(a) }))}
      />
      {user ? (
        <section aria-labelledby="access-heading">
          <h2 id="access-heading">{t("users.accessHeading")}</h2>
          <p>
            {user.active ? t("users.status.active") : t("users.status.inactive")}
            {user.deactivatedOn ? ` · ${t("users.deactivatedOn", { date: formatDate(user.deactivatedOn, lng) })}` : null}
            {user.active && user.mustChangePassword ? ` · ${t("users.status.mustChange")}` : null}
          </p>
          {user.self ? (
            <p className="hint">
              {t("users.self")} <Link to="/staff/password">{t("password.title")}</Link>
            </p>
          ) : user.active ? (
            <>
              <AccessButton intent="reset_password" lead={t("users.reset.lead")} label={t("users.reset.button")} />
              <AccessButton intent="deactivate" lead={t("users.deactivate.lead")} label={t("users.deactivate.button")} />
            </>
          ) : (
            <AccessButton intent="reactivate" lead={t("users.reactivate.lead")} label={t("users.reactivate.button")} />
          )}
        </section>
      ) : null}
    </>
  );
}

type Option = { value: string; label: string };
type AccountUser = { email: string; name: string; role: string; serviceCenterId: string | null; agencyId: string | null } | null;

function AccountForm(props: { user: AccountUser; posted: unknown; serverErrors?: Record<string, string>; roles: Option[]; centers: Option[]; agencies: Option[] }) {
  const { t } = useTranslation("admin");
  const schema = props.user ? UserEditSchema : UserCreateSchema;
  const v = valuesFrom(props.posted, props.user ?? { role: "counter" }, FIELDS);
  const { form, onSubmit, errorFor } = useValidatedForm(schema, { defaultValues: v as never, serverErrors: props.serverErrors });
  const errors = Object.fromEntries(FIELDS.map((f) => [f, errorFor(f)]));
  const field = (n: (typeof FIELDS)[number], label: string) => ({ name: n, form, value: v[n], error: errors[n], label });
  return (
    <>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        {props.user ? null : <TextInput {...field("email", t("users.fields.email"))} type="email" hint={t("users.fields.emailHint")} spellCheck={false} />}
        <TextInput {...field("name", t("users.fields.name"))} />
        <Select {...field("role", t("users.fields.role"))} options={props.roles} />
        <fieldset>
          <legend>{t("users.fields.scopeLegend")}</legend>
          <p className="hint">{t("users.fields.scopeHint")}</p>
          <Select {...field("serviceCenterId", t("users.fields.center"))} blank={t("users.fields.none")} options={props.centers} />
          <Select {...field("agencyId", t("users.fields.agency"))} blank={t("users.fields.none")} options={props.agencies} />
        </fieldset>
        <p>
          <button type="submit" name="intent" value="save">
            {props.user ? t("users.save") : t("users.create")}
          </button>
        </p>
      </Form>
    </>
  );
}

function AccessButton(props: { intent: string; lead: string; label: string }) {
  return (
    <Form method="post" className="admin-access">
      <p>{props.lead}</p>
      <button type="submit" name="intent" value={props.intent} className={props.intent === "deactivate" ? "button--danger" : "button--secondary"}>
        {props.label}
      </button>
    </Form>
  );
}

function TemporaryPassword(props: { title: string; email: string; value: string; userId: string }) {
  const { t } = useTranslation("admin");
  return (
    <>
      <h1>{t(props.title)}</h1>
      <div className="admin-password" role="status">
        <p>{t("users.temporaryPassword", { email: props.email })}</p>
        <p className="admin-password__value" data-testid="temporary-password" translate="no">
          {props.value}
        </p>
        <p>{t("users.temporaryPasswordOnce")}</p>
      </div>
      <ul className="link-list">
        <li>
          <Link to={`/staff/admin/users/${props.userId}`}>{props.email}</Link>
        </li>
        <li>
          <Link to="/staff/admin/users">{t("common.back")}</Link>
        </li>
      </ul>
    </>
  );
}
