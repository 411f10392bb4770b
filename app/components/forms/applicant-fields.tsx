import type { UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { APPLICANT_TYPES } from "~/schemas/intake";
import { describedBy, Field } from "./field";

export const APPLICANT_TEXT_FIELDS = ["applicantId", "applicantName", "applicantPhone", "applicantEmail", "applicantAddress"] as const;

const AUTOCOMPLETE: Record<string, string> = { applicantId: "off", applicantName: "name", applicantPhone: "tel", applicantEmail: "email", applicantAddress: "street-address" };

export type ApplicantDefaults = {
  applicantType: string;
  applicantId: string;
  applicantName: string;
  applicantPhone: string;
  applicantEmail: string;
  applicantAddress: string;
  preferredLanguage: string;
  noticesByEmail: boolean;
};

// The applicant's details, at the counter and online: the same fields, labels and checks
// (ApplicantSchema). Every input also carries its SSR default so the form works without JS.
// `own`: the person typing is the applicant (online), so the browser may offer autofill; at
// the counter it would offer the officer's own details, so it is off there.
export function ApplicantFields({ form, defaults, errors, own = false }: { form: UseFormReturn<any>; defaults: ApplicantDefaults; errors: Record<string, string | undefined>; own?: boolean }) {
  const { t } = useTranslation("staff");
  return (
    <>
      <Field id="applicantType" label={t("intake.applicantType")} error={errors.applicantType}>
        <select id="applicantType" defaultValue={defaults.applicantType} {...form.register("applicantType")}>
          {APPLICANT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`applicantTypes.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      {APPLICANT_TEXT_FIELDS.map((name) => (
        <Field key={name} id={name} label={t(`intake.${name}`)} hint={t(`intake.${name}Hint`)} error={errors[name]}>
          {name === "applicantAddress" ? (
            <textarea id={name} rows={3} defaultValue={defaults[name]} aria-invalid={!!errors[name]} aria-describedby={describedBy(name, { hint: true, error: errors[name] })} {...form.register(name)} />
          ) : (
            <input
              id={name}
              type={name === "applicantEmail" ? "email" : name === "applicantPhone" ? "tel" : "text"}
              autoComplete={own ? AUTOCOMPLETE[name] : "off"}
              defaultValue={defaults[name]}
              aria-invalid={!!errors[name]}
              aria-describedby={describedBy(name, { hint: true, error: errors[name] })}
              {...form.register(name)}
            />
          )}
        </Field>
      ))}
      <Field id="preferredLanguage" label={t("intake.preferredLanguage")}>
        <select id="preferredLanguage" defaultValue={defaults.preferredLanguage} {...form.register("preferredLanguage")}>
          <option value="th">ไทย</option>
          <option value="en">English</option>
        </select>
      </Field>
      <div className="checkbox">
        <input id="noticesByEmail" type="checkbox" defaultChecked={defaults.noticesByEmail} {...form.register("noticesByEmail")} />
        <label htmlFor="noticesByEmail">{t("intake.noticesByEmail")}</label>
      </div>
    </>
  );
}
