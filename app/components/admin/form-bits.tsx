// Inputs of the administration forms (agencies, centers, users): a label, hint and error per
// field (Field), registered with react-hook-form and also carrying their value in the HTML,
// so the same form works with JavaScript off and re-renders with what was typed.
import { useTranslation } from "react-i18next";
import { describedBy, Field } from "~/components/forms/field";

// Any react-hook-form form: its register() typed by the page's schema is called with a name
// the page passed in, so the loose type here costs nothing.
type Form = { register: (...args: never[]) => unknown };
const reg = (form: Form, name: string) => (form.register as unknown as (n: string) => Record<string, unknown>)(name);

type Common = { name: string; label: string; hint?: string; error?: string; form: Form; value: string };

export function TextInput(props: Common & { type?: "text" | "email" | "tel" | "url" | "time" | "password"; autoComplete?: string; readOnly?: boolean; lang?: string; spellCheck?: boolean }) {
  return (
    <Field id={props.name} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={props.name}
        type={props.type ?? "text"}
        defaultValue={props.value}
        autoComplete={props.autoComplete ?? "off"}
        readOnly={props.readOnly}
        lang={props.lang}
        spellCheck={props.spellCheck}
        aria-invalid={!!props.error}
        aria-describedby={describedBy(props.name, { hint: !!props.hint, error: props.error })}
        {...reg(props.form, props.name)}
      />
    </Field>
  );
}

export function TextArea(props: Common & { lang?: string; rows?: number }) {
  return (
    <Field id={props.name} label={props.label} hint={props.hint} error={props.error}>
      <textarea
        id={props.name}
        rows={props.rows ?? 3}
        defaultValue={props.value}
        lang={props.lang}
        aria-invalid={!!props.error}
        aria-describedby={describedBy(props.name, { hint: !!props.hint, error: props.error })}
        {...reg(props.form, props.name)}
      />
    </Field>
  );
}

export function Select(props: Common & { options: { value: string; label: string }[]; blank?: string }) {
  return (
    <Field id={props.name} label={props.label} hint={props.hint} error={props.error}>
      <select
        id={props.name}
        defaultValue={props.value}
        aria-invalid={!!props.error}
        aria-describedby={describedBy(props.name, { hint: !!props.hint, error: props.error })}
        {...reg(props.form, props.name)}
      >
        {props.blank !== undefined ? <option value="">{props.blank}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

// What was posted, else what is stored, else "" — for defaults after a failed post.
export function valuesFrom(posted: unknown, stored: Record<string, unknown> | null | undefined, keys: readonly string[]): Record<string, string> {
  const p = (posted ?? {}) as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, typeof p[k] === "string" ? (p[k] as string) : stored?.[k] == null ? "" : String(stored[k])]));
}

// After a save the list says so (a redirect's query, so a reload does not post again).
export function SavedNotice({ value }: { value: string | null }) {
  const { t } = useTranslation("admin");
  if (!value) return null;
  return (
    <p role="status" className="ok">
      {value === "unchanged" ? t("common.unchanged") : t("common.saved")}
    </p>
  );
}
