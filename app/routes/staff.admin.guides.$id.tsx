// Create (/staff/admin/guides/new) or edit a life-event guide (issue 10): bilingual questions
// and options, the permits with their conditions and what each needs first. Works without
// JavaScript: two blank rows are always offered (blank rows are ignored; save for more). One
// schema in the browser and on the server; a prerequisite cycle is refused; audit-logged.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Select, TextArea, TextInput } from "~/components/admin/form-bits";
import { ErrorSummary } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors } from "~/components/forms/use-validated-form";
import { OPERATORS, QUESTION_TYPES } from "~/domain/guides/types";
import { getT } from "~/i18n/i18n.server";
import { GuideFormSchema, MAX_CONDITIONS } from "~/schemas/guides";
import { requirePermission } from "~/services/auth.server";
import { guideFormData, saveGuide } from "~/services/guide-admin.server";
import { now } from "~/utils/clock.server";
import { formDataToObject } from "~/utils/form-data";
import { readForm } from "~/utils/read-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "guide.manage");
  const t = await getT(request, "admin");
  const form = await guideFormData(params.id ?? "new");
  return { ...form, title: form.guide ? t("guides.edit", { slug: form.guide.slug }) : t("guides.new") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "guide.manage");
  const values = formDataToObject(await readForm(request));
  const parsed = GuideFormSchema.safeParse(values);
  if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), values }, { status: 400 });
  const id = params.id === "new" ? null : (params.id ?? null);
  if (id) await guideFormData(id); // 404 for an unknown id
  const result = await saveGuide({ id: user.id, role: user.role }, id, parsed.data, now());
  if (!result.ok) return data({ errors: result.errors, values }, { status: 400 });
  throw redirect(`/staff/admin/guides?saved=${result.changed ? result.slug : "unchanged"}`);
}

type Row = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : v == null ? "" : String(v));
const blankQuestion = { key: "", type: "yes_no", labelTh: "", labelEn: "", hintTh: "", hintEn: "", unitTh: "", unitEn: "", options: "" };
const blankPermit = { slug: "", conditions: [], requires: {} };

export default function GuideForm() {
  const { guide, permits, title } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("admin");
  const posted = actionData?.values as Row | undefined;
  const source = (posted ?? guide ?? {}) as Row;
  const questions = [...((source.questions as Row[] | undefined) ?? []).filter(Boolean), blankQuestion, blankQuestion];
  const rows = [...((source.permits as Row[] | undefined) ?? []).filter(Boolean), blankPermit, blankPermit];
  const defaults = {
    slug: str(source.slug),
    titleTh: str(source.titleTh),
    titleEn: str(source.titleEn),
    summaryTh: str(source.summaryTh),
    summaryEn: str(source.summaryEn),
    published: posted ? posted.published === "on" : guide ? guide.published : false,
    position: str(source.position ?? "0"),
  };
  const { form, onSubmit, errorFor } = useValidatedForm(GuideFormSchema, { defaultValues: defaults as never, serverErrors: actionData?.errors });
  const serverErrors = actionData?.errors ?? {};
  const allErrors: Record<string, string | undefined> = {};
  for (const k of ["slug", "titleTh", "titleEn", "summaryTh", "summaryEn", "position", "questions", "permits", ...Object.keys(serverErrors)]) allErrors[k] = errorFor(k);
  const name = (p: { nameTh: string; nameEn: string }) => (i18n.language === "en" ? p.nameEn : p.nameTh);
  const field = (n: string, label: string, value: string, extra: Record<string, unknown> = {}) => ({ name: n, form, value, error: errorFor(n), label, ...extra });
  const keys = questions.map((q) => str(q.key)).filter(Boolean);
  return (
    <>
      <p>
        <Link to="/staff/admin/guides">{t("common.back")}</Link>
      </p>
      <h1>{title}</h1>
      <ErrorSummary errors={allErrors} />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack guide-editor">
        <TextInput {...field("slug", t("guides.fields.slug"), defaults.slug)} hint={t("guides.fields.slugHint")} spellCheck={false} />
        <TextInput {...field("titleTh", t("guides.fields.titleTh"), defaults.titleTh)} lang="th" />
        <TextInput {...field("titleEn", t("guides.fields.titleEn"), defaults.titleEn)} lang="en" />
        <TextArea {...field("summaryTh", t("guides.fields.summaryTh"), defaults.summaryTh)} lang="th" />
        <TextArea {...field("summaryEn", t("guides.fields.summaryEn"), defaults.summaryEn)} lang="en" />
        <TextInput {...field("position", t("guides.fields.position"), defaults.position)} hint={t("guides.fields.positionHint")} />
        <div className="checkbox">
          <input id="published" type="checkbox" defaultChecked={defaults.published} {...form.register("published")} />
          <label htmlFor="published">{t("guides.fields.published")}</label>
        </div>

        <h2>{t("guides.questionsHeading")}</h2>
        <p className="hint">{t("guides.rowsHint")}</p>
        {allErrors.questions ? <p className="field-error">{t(allErrors.questions)}</p> : null}
        {questions.map((q, i) => (
          <fieldset key={`q${i}`}>
            <legend>{t("guides.question", { n: i + 1 })}</legend>
            <TextInput {...field(`questions.${i}.key`, t("guides.fields.key"), str(q.key))} hint={t("guides.fields.keyHint")} spellCheck={false} />
            <Select {...field(`questions.${i}.type`, t("guides.fields.type"), str(q.type) || "yes_no")} options={QUESTION_TYPES.map((v) => ({ value: v, label: t(`guides.types.${v}`) }))} />
            <TextInput {...field(`questions.${i}.labelTh`, t("guides.fields.labelTh"), str(q.labelTh))} lang="th" />
            <TextInput {...field(`questions.${i}.labelEn`, t("guides.fields.labelEn"), str(q.labelEn))} lang="en" />
            <TextInput {...field(`questions.${i}.hintTh`, t("guides.fields.hintTh"), str(q.hintTh))} lang="th" />
            <TextInput {...field(`questions.${i}.hintEn`, t("guides.fields.hintEn"), str(q.hintEn))} lang="en" />
            <TextInput {...field(`questions.${i}.unitTh`, t("guides.fields.unitTh"), str(q.unitTh))} lang="th" />
            <TextInput {...field(`questions.${i}.unitEn`, t("guides.fields.unitEn"), str(q.unitEn))} lang="en" />
            <TextArea {...field(`questions.${i}.options`, t("guides.fields.options"), str(q.options))} hint={t("guides.fields.optionsHint")} rows={3} />
          </fieldset>
        ))}

        <h2>{t("guides.permitsHeading")}</h2>
        <p className="hint">{t("guides.permitsHint")}</p>
        {allErrors.permits ? <p className="field-error">{t(allErrors.permits)}</p> : null}
        <datalist id="question-keys">
          {keys.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        {rows.map((p, i) => {
          const conditions = [...((p.conditions as Row[] | undefined) ?? []), {}, {}, {}].slice(0, MAX_CONDITIONS);
          const requires = (p.requires as Record<string, unknown> | undefined) ?? {};
          const requiresError = errorFor(`permits.${i}.requires`);
          return (
            <fieldset key={`p${i}`}>
              <legend>{t("guides.permit", { n: i + 1 })}</legend>
              <Select {...field(`permits.${i}.slug`, t("guides.fields.permit"), str(p.slug))} blank={t("guides.fields.noPermit")} options={permits.map((x) => ({ value: x.slug, label: name(x) }))} />
              <fieldset>
                <legend>{t("guides.conditionsLegend")}</legend>
                {conditions.map((c, j) => (
                  <div key={j} className="condition-row">
                    <TextInput {...field(`permits.${i}.conditions.${j}.question`, t("guides.fields.conditionQuestion", { n: j + 1 }), str(c.question))} spellCheck={false} />
                    <Select {...field(`permits.${i}.conditions.${j}.op`, t("guides.fields.operator", { n: j + 1 }), str(c.op) || "eq")} options={OPERATORS.map((v) => ({ value: v, label: t(`guides.operators.${v}`) }))} />
                    <TextInput {...field(`permits.${i}.conditions.${j}.value`, t("guides.fields.value", { n: j + 1 }), str(c.value))} spellCheck={false} />
                  </div>
                ))}
              </fieldset>
              <fieldset id={`permits.${i}.requires`} aria-describedby={requiresError ? `permits-${i}-requires-error` : undefined}>
                <legend>{t("guides.requiresLegend")}</legend>
                {requiresError ? (
                  <p className="field-error" id={`permits-${i}-requires-error`}>
                    {t(requiresError)}
                  </p>
                ) : null}
                {permits.map((x) => {
                  const id = `permits-${i}-requires-${x.slug}`;
                  const on = requires[x.slug] === true || requires[x.slug] === "on";
                  return (
                    <div key={x.slug} className="checkbox">
                      <input id={id} type="checkbox" defaultChecked={on} {...form.register(`permits.${i}.requires.${x.slug}` as never)} />
                      <label htmlFor={id}>{name(x)}</label>
                    </div>
                  );
                })}
              </fieldset>
            </fieldset>
          );
        })}
        <p>
          <button type="submit">{guide ? t("guides.save") : t("guides.create")}</button>
        </p>
      </Form>
    </>
  );
}
