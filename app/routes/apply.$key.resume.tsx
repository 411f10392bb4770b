import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, Field } from "~/components/forms/field";
import { getT } from "~/i18n/i18n.server";
import { ResumeSchema } from "~/schemas/apply";
import { unlockDraft } from "~/services/apply.server";
import { now } from "~/utils/clock.server";
import { formDataToObject } from "~/utils/form-data";
import { readForm } from "~/utils/read-form.server";

// Coming back to a saved application: the link plus the code opens it in this browser.
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getT(request, "apply");
  return { title: t("resume.title") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const values = formDataToObject(await readForm(request));
  const parsed = ResumeSchema.safeParse(values);
  if (!parsed.success) return data({ error: parsed.error.issues[0].message }, { status: 400 });
  const result = await unlockDraft(request, params.key ?? "", parsed.data.code, now());
  if (!result.ok) return data({ error: result.error }, { status: result.error === "apply:errors.tooManyCodes" ? 429 : 400 });
  throw redirect(`/apply/${params.key}/check`, { headers: { "Set-Cookie": result.setCookie } });
}

export default function Resume() {
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("apply");
  return (
    <div className="container narrow apply">
      <h1>{t("resume.title")}</h1>
      <ErrorSummary errors={{ code: answer?.error }} />
      <p>{t("resume.lead")}</p>
      <Form method="post" className="stack">
        <Field id="code" label={t("resume.code")} hint={t("resume.codeHint")} error={answer?.error}>
          <input id="code" name="code" type="text" autoComplete="off" autoCapitalize="characters" spellCheck={false} required aria-describedby="code-hint" />
        </Field>
        <button type="submit">{t("resume.button")}</button>
      </Form>
    </div>
  );
}
