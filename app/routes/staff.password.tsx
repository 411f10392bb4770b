// /staff/password: a user changes their own password — of their own will, or because an
// administrator set a temporary one (then every other staff page sends them here first).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextInput } from "~/components/admin/form-bits";
import { ErrorSummary } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors } from "~/components/forms/use-validated-form";
import { getT } from "~/i18n/i18n.server";
import { safeRedirect } from "~/schemas/sign-in";
import { PasswordChangeSchema } from "~/schemas/staff-accounts";
import { requireStaffUser } from "~/services/auth.server";
import { changeOwnPassword } from "~/services/staff-accounts.server";
import { readForm } from "~/utils/read-form.server";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const t = await getT(request, "admin");
  return { forced: user.mustChangePassword, title: t("password.title") };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffUser(request);
  const parsed = PasswordChangeSchema.safeParse(Object.fromEntries(await readForm(request)));
  // Passwords are never sent back to the page.
  if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error) }, { status: 400 });
  const result = await changeOwnPassword(request, user, parsed.data);
  if (!result.ok) return data({ errors: result.errors }, { status: 400 });
  const to = safeRedirect(parsed.data.redirectTo);
  throw redirect(to === "/staff/password" ? "/staff" : to);
}

export default function PasswordPage() {
  const { forced } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("admin");
  const { form, onSubmit, errorFor } = useValidatedForm(PasswordChangeSchema, { defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" }, serverErrors: actionData?.errors });
  const errors = Object.fromEntries(FIELDS.map((f) => [f, errorFor(f)]));
  const field = (n: (typeof FIELDS)[number], label: string) => ({ name: n, form, value: "", error: errors[n], label });
  return (
    <div className="narrow">
      <h1>{t("password.title")}</h1>
      {forced ? (
        <p className="warning" role="status">
          {t("password.forced")}
        </p>
      ) : null}
      <p>{t("password.lead")}</p>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/staff"} />
        <TextInput {...field("currentPassword", forced ? t("password.currentForced") : t("password.current"))} type="password" autoComplete="current-password" />
        <TextInput {...field("newPassword", t("password.new"))} type="password" hint={t("password.newHint")} autoComplete="new-password" />
        <TextInput {...field("confirmPassword", t("password.confirm"))} type="password" autoComplete="new-password" />
        <p>
          <button type="submit">{t("password.submit")}</button>
        </p>
      </Form>
    </div>
  );
}

