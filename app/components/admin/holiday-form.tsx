// The add and edit form of one holiday (issue 7). Same zod schema in the browser and in the
// action; without JavaScript it posts as is and the server's errors come back with the input.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { describedBy, ErrorSummary, Field } from "~/components/forms/field";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { HOLIDAY_KINDS } from "~/domain/manual/vocabulary";
import { HolidaySchema } from "~/schemas/holidays";

type Values = { date: string; nameTh: string; nameEn: string; kind: string };

export function HolidayForm(props: { values: Values; serverErrors?: Record<string, string>; submitLabel: string; cancelTo: string }) {
  const { t } = useTranslation("holidays");
  const { form, onSubmit, errorFor } = useValidatedForm(HolidaySchema, { defaultValues: props.values as never, serverErrors: props.serverErrors });
  const errors = { date: errorFor("date"), nameTh: errorFor("nameTh"), nameEn: errorFor("nameEn"), kind: errorFor("kind") };
  const text = (name: "date" | "nameTh" | "nameEn", extra: Record<string, string> = {}) => (
    <input
      id={name}
      type="text"
      defaultValue={props.values[name]}
      aria-invalid={!!errors[name]}
      aria-describedby={describedBy(name, { hint: name === "date", error: errors[name] })}
      {...extra}
      {...form.register(name)}
    />
  );
  return (
    <>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <Field id="date" label={t("form.date")} hint={t("form.dateHint")} error={errors.date}>
          {text("date", { inputMode: "numeric", autoComplete: "off" })}
        </Field>
        <Field id="nameTh" label={t("form.nameTh")} error={errors.nameTh}>
          {text("nameTh", { lang: "th" })}
        </Field>
        <Field id="nameEn" label={t("form.nameEn")} error={errors.nameEn}>
          {text("nameEn", { lang: "en" })}
        </Field>
        <fieldset id="kind" aria-describedby={errors.kind ? "kind-error" : undefined}>
          <legend>{t("form.kind")}</legend>
          {errors.kind ? (
            <p className="field-error" id="kind-error">
              {t(errors.kind)}
            </p>
          ) : null}
          {HOLIDAY_KINDS.map((k) => (
            <div key={k}>
              <label className="radio">
                <input type="radio" value={k} defaultChecked={props.values.kind === k} aria-describedby={`kind-${k}-hint`} {...form.register("kind")} /> {t(`kinds.${k}`)}
              </label>
              <p className="hint" id={`kind-${k}-hint`}>
                {t(`kindHints.${k}`)}
              </p>
            </div>
          ))}
        </fieldset>
        <p className="hint">{t("form.effect")}</p>
        <div className="inline-form">
          <button type="submit">{props.submitLabel}</button>
          <Link to={props.cancelTo}>{t("form.cancel")}</Link>
        </div>
      </Form>
    </>
  );
}
