// Inputs of the manual editor: every input's id is its form name ("steps.2.durationValue"), so
// the error summary links straight to it and the server's errors land next to the right field.
import { createContext, useContext, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export const EditorErrors = createContext<Record<string, string>>({});

function useError(name: string) {
  return useContext(EditorErrors)[name];
}

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

function Wrap({ name, label, hint, error, children, className }: { name: string; label: string; hint?: string; error?: string; children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`form-field${error ? " form-field--error" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={name}>{label}</label>
      {hint ? (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${name}-error`}>
          <span className="visually-hidden">{t("forms.errorPrefix")}</span> {t(error)}
        </p>
      ) : null}
      {children}
    </div>
  );
}

const describedBy = (name: string, hint?: string, error?: string) => [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;

export function TextInput(props: { name: string; label: string; value: unknown; hint?: string; lang?: "th" | "en"; multiline?: boolean; type?: "text" | "url" | "tel" }) {
  const error = useError(props.name);
  const common = {
    id: props.name,
    name: props.name,
    lang: props.lang,
    defaultValue: str(props.value),
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(props.name, props.hint, error),
  };
  return (
    <Wrap name={props.name} label={props.label} hint={props.hint} error={error}>
      {props.multiline ? <textarea rows={4} {...common} /> : <input type={props.type ?? "text"} autoComplete="off" {...common} />}
    </Wrap>
  );
}

export function NumberInput(props: { name: string; label: string; value: unknown; hint?: string; decimals?: boolean }) {
  const error = useError(props.name);
  return (
    <Wrap name={props.name} label={props.label} hint={props.hint} error={error} className="form-field--number">
      <input
        id={props.name}
        name={props.name}
        type="number"
        inputMode={props.decimals ? "decimal" : "numeric"}
        step={props.decimals ? "0.01" : "1"}
        min="0"
        defaultValue={str(props.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.name, props.hint, error)}
      />
    </Wrap>
  );
}

export function SelectInput(props: { name: string; label: string; value: unknown; options: readonly { value: string; label: string }[]; hint?: string; empty?: string }) {
  const error = useError(props.name);
  const { t } = useTranslation("editor");
  return (
    <Wrap name={props.name} label={props.label} hint={props.hint} error={error}>
      <select id={props.name} name={props.name} defaultValue={str(props.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(props.name, props.hint, error)}>
        <option value="">{props.empty ?? t("choose")}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

export function CheckboxInput(props: { name: string; label: string; value: boolean; hint?: string }) {
  const error = useError(props.name);
  const { t } = useTranslation();
  return (
    <div className={`form-field${error ? " form-field--error" : ""}`}>
      {error ? (
        <p className="field-error" id={`${props.name}-error`}>
          <span className="visually-hidden">{t("forms.errorPrefix")}</span> {t(error)}
        </p>
      ) : null}
      <label className="checkbox">
        <input
          type="checkbox"
          id={props.name}
          name={props.name}
          defaultChecked={props.value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(props.name, props.hint, error)}
        />{" "}
        {props.label}
      </label>
      {props.hint ? (
        <p className="hint" id={`${props.name}-hint`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

// One text in Thai and English side by side (stacked on narrow screens). `label` names the
// text; each input says its language.
export function Bilingual(props: { prefix?: string; base: string; label: string; values: Record<string, unknown>; multiline?: boolean; hint?: string }) {
  const { t } = useTranslation("editor");
  const name = (lng: "Th" | "En") => `${props.prefix ?? ""}${props.base}${lng}`;
  return (
    <div className="bilingual">
      <TextInput name={name("Th")} lang="th" label={t("lang.th", { label: props.label })} value={props.values[`${props.base}Th`]} multiline={props.multiline} hint={props.hint} />
      <TextInput name={name("En")} lang="en" label={t("lang.en", { label: props.label })} value={props.values[`${props.base}En`]} multiline={props.multiline} hint={props.hint} />
    </div>
  );
}
