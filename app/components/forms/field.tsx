import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

// Label, hint and translated error for one input, wired with aria-describedby (WCAG 3.3.1).
export function Field(props: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const describedBy = [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`form-field${props.error ? " form-field--error" : ""}`} data-describedby={describedBy || undefined}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={`${props.id}-error`}>
          <span className="visually-hidden">{t("forms.errorPrefix")}</span> {t(props.error)}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

export function describedBy(id: string, opts: { hint?: boolean; error?: string }) {
  return [opts.hint ? `${id}-hint` : null, opts.error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function ErrorSummary({ errors }: { errors: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  const entries = Object.entries(errors).filter((e): e is [string, string] => !!e[1]);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{t("forms.errorSummary")}</h2>
      <ul>
        {entries.map(([name, key]) => (
          <li key={name}>
            <a href={`#${name}`}>{t(key)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
