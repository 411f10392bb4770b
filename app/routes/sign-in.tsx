import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { describedBy, ErrorSummary, Field } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors } from "~/components/forms/use-validated-form";
import { getT } from "~/i18n/i18n.server";
import { safeRedirect, SignInSchema } from "~/schemas/sign-in";
import { getStaffUser, PASSWORD_PATH, signIn } from "~/services/auth.server";
import { env } from "~/utils/env.server";
import { clientAddress, hit } from "~/utils/rate-limit.server";
import { readForm } from "~/utils/read-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getStaffUser(request);
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  const t = await getT(request);
  return { title: `${t("auth.title")} · ${t("layout.brand")}` };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await readForm(request));
  const parsed = SignInSchema.safeParse(form);
  const email = typeof form.email === "string" ? form.email.slice(0, 200) : "";
  if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), email }, { status: 400 });
  // Per-client (SIGN_IN_ATTEMPTS_PER_15_MIN) and per-address limits, on top of the per-account
  // lockout; shared by every app server on PostgreSQL (app/utils/rate-limit.server.ts).
  const client = clientAddress(request);
  if (!(await hit(`sign-in:${client}`, env().SIGN_IN_ATTEMPTS_PER_15_MIN, 15 * 60_000)) || !(await hit(`sign-in:${parsed.data.email}`, 20, 15 * 60_000))) {
    return data({ errors: { form: "auth.locked" }, email }, { status: 429 });
  }
  const result = await signIn(parsed.data.email, parsed.data.password);
  if (!result.ok) return data({ errors: { form: result.error }, email }, { status: 401 });
  const to = safeRedirect(parsed.data.redirectTo);
  // A temporary password (issue 7): choose a new one first, then go where the user was going.
  const target = result.mustChangePassword ? `${PASSWORD_PATH}?${new URLSearchParams({ redirectTo: to })}` : to;
  throw redirect(target, { headers: { "Set-Cookie": result.setCookie } });
}

export default function SignIn() {
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const { form, onSubmit, errorFor } = useValidatedForm(SignInSchema, {
    defaultValues: { email: actionData?.email ?? "", password: "" },
    serverErrors: actionData?.errors,
  });
  const emailError = errorFor("email");
  const passwordError = errorFor("password");
  const formError = actionData?.errors && "form" in actionData.errors ? actionData.errors.form : undefined;
  return (
    <div className="container narrow">
      <h1>{t("auth.title")}</h1>
      <p>{t("auth.lead")}</p>
      <ErrorSummary errors={{ email: emailError, password: passwordError }} />
      {formError ? (
        <p className="error-summary" role="alert">
          {t(formError)}
        </p>
      ) : null}
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/staff"} />
        <Field id="email" label={t("auth.email")} error={emailError}>
          <input
            id="email"
            type="email"
            autoComplete="username"
            defaultValue={actionData?.email ?? ""}
            aria-invalid={!!emailError}
            aria-describedby={describedBy("email", { error: emailError })}
            {...form.register("email")}
          />
        </Field>
        <Field id="password" label={t("auth.password")} error={passwordError}>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={!!passwordError}
            aria-describedby={describedBy("password", { error: passwordError })}
            {...form.register("password")}
          />
        </Field>
        <button type="submit">{t("auth.submit")}</button>
      </Form>
    </div>
  );
}
