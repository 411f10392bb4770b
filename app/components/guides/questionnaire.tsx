// A guide's questions as plain GET form fields: the answers end up in the page's link, so the
// result can be bookmarked, printed and shared (issue 10). No JavaScript needed.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PresentedQuestion } from "~/services/guides.server";

export function Questionnaire({ questions, action, submitLabel, hidden = [] }: { questions: PresentedQuestion[]; action?: string; submitLabel: string; hidden?: [string, string][] }) {
  const { t } = useTranslation("guides");
  const errors = questions.filter((q) => q.error);
  return (
    <Form method="get" action={action} className="stack questionnaire no-print" aria-label={t("questionnaire.label")}>
      {errors.length > 0 ? (
        <div className="error-summary" role="alert" aria-labelledby="questions-error-title">
          <h2 id="questions-error-title">{t("questionnaire.errors")}</h2>
          <ul>
            {errors.map((q) => (
              <li key={q.key}>
                <a href={`#q-${q.key}`}>
                  {q.label}: {t(q.error!)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {hidden.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      {questions.map((q) => (
        <QuestionField key={q.key} q={q} />
      ))}
      <p>
        <button type="submit">{submitLabel}</button>
      </p>
    </Form>
  );
}

function QuestionField({ q }: { q: PresentedQuestion }) {
  const { t } = useTranslation("guides");
  const id = `q-${q.key}`;
  const hintId = q.hint ? `${id}-hint` : undefined;
  const errorId = q.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const hint = q.hint ? (
    <p className="hint" id={hintId}>
      {q.hint}
    </p>
  ) : null;
  const error = q.error ? (
    <p className="field-error" id={errorId}>
      {t(q.error)}
    </p>
  ) : null;
  if (q.type === "number") {
    return (
      <div className={`form-field${q.error ? " form-field--error" : ""}`}>
        <label htmlFor={id}>{q.label}</label>
        {hint}
        {error}
        <span className="number-with-unit">
          <input id={id} name={q.key} type="text" inputMode="decimal" defaultValue={q.value} aria-invalid={!!q.error} aria-describedby={describedBy} size={10} maxLength={12} autoComplete="off" />
          {q.unit ? <span aria-hidden="true"> {q.unit}</span> : null}
          {q.unit ? <span className="visually-hidden">{q.unit}</span> : null}
        </span>
      </div>
    );
  }
  const options = q.type === "yes_no" ? [{ value: "yes", label: t("questionnaire.yes") }, { value: "no", label: t("questionnaire.no") }] : q.options;
  return (
    <fieldset id={id} className={q.error ? "form-field--error" : undefined} aria-describedby={describedBy}>
      <legend>{q.label}</legend>
      {hint}
      {error}
      <div className="radios">
        {options.map((o) => (
          <label key={o.value} className="radio">
            <input type="radio" name={q.key} value={o.value} defaultChecked={q.value === o.value} /> {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
