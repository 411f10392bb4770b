import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { HONEYPOT_FIELD } from "~/schemas/apply";

export const APPLY_STEPS = ["applicant", "documents", "declaration", "check"] as const;
export type ApplyStep = (typeof APPLY_STEPS)[number];

// One topic per page (GOV.UK): the permit's name above, "step n of 4" and the page's question.
export function ApplyPage(props: { permit: string; step: ApplyStep; title: string; children: ReactNode }) {
  const { t } = useTranslation("apply");
  return (
    <div className="container narrow apply">
      <p className="eyebrow">{props.permit}</p>
      <p className="muted" data-testid="apply-step">
        {t("stepOf", { n: APPLY_STEPS.indexOf(props.step) + 1, total: APPLY_STEPS.length })}
      </p>
      <h1>{props.title}</h1>
      {props.children}
    </div>
  );
}

// "Continue" and "Save and come back later" at the foot of each page (plain submit buttons:
// the page works without JavaScript). `extra` goes between them.
export function StepButtons({ busy, extra }: { busy?: boolean; extra?: ReactNode }) {
  const { t } = useTranslation("apply");
  return (
    <div className="button-row">
      <button type="submit" name="intent" value="continue" disabled={busy}>
        {t("continue")}
      </button>
      {extra}
      <button type="submit" name="intent" value="save" className="button--secondary">
        {t("saveForLater")}
      </button>
    </div>
  );
}

// A field people never see or reach with the keyboard; bots fill it (public forms, issue #5).
export function Honeypot() {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor={HONEYPOT_FIELD}>Website</label>
      <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

// Where "Continue" goes: back to the check page when the applicant came from its Change link.
export function nextStepUrl(key: string, step: ApplyStep, returnTo: string | null): string {
  if (returnTo === "check") return `/apply/${key}/check`;
  return `/apply/${key}/${APPLY_STEPS[APPLY_STEPS.indexOf(step) + 1] ?? "check"}`;
}
