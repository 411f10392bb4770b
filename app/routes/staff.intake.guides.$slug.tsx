// Counter intake of several permits of a guide in one visit (issue 10): the questions (a GET
// form, as on the public page), the permits to file now (all that apply by default), then one
// applicant, one checklist of the bundle's documents (each once) and, if anything is missing,
// the deficiency record's deadline and signatures: each permit's request gets its own record
// (R8.2, R8.3) and its own clock (R8.5, R10.1), routed to its agency.
import { randomUUID } from "node:crypto";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplicantFields, APPLICANT_TEXT_FIELDS } from "~/components/forms/applicant-fields";
import { ErrorSummary } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors } from "~/components/forms/use-validated-form";
import { Questionnaire } from "~/components/guides/questionnaire";
import { checklistFieldError, DeficiencyFields, intakeDefaults, IntakeChecklist } from "~/components/staff/intake-checklist";
import { getLanguage, getT } from "~/i18n/i18n.server";
import type { StaffUser } from "~/models/user.server";
import { FILE_PARAM } from "~/schemas/guides";
import { IntakeSchema } from "~/schemas/intake";
import { requirePermission } from "~/services/auth.server";
import { submitCounterBundle } from "~/services/bundle.server";
import { bundlePlan, canonicalSearch, guideOutcome, presentDocuments, presentGuide, presentQuestions, requirePublishedGuide } from "~/services/guides.server";
import { defaultCureDeadline } from "~/services/intake.server";
import { now, todayInBangkok } from "~/utils/clock.server";
import { formDataToObject } from "~/utils/form-data";
import { readForm } from "~/utils/read-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

// The permits this counter takes (the manual names the center among its channels).
const atCenter = (user: StaffUser) => (p: { serviceCenterIds: string[] }) => !!user.serviceCenterId && p.serviceCenterIds.includes(user.serviceCenterId);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "intake.create");
  const guide = await requirePublishedGuide(params.slug ?? "");
  const [lng, t] = [await getLanguage(request), await getT(request, "guides")];
  const search = new URL(request.url).searchParams;
  const today = todayInBangkok();
  const outcome = await guideOutcome(guide, search, today);
  const plan = outcome.result ? await bundlePlan(guide, search, today, atCenter(user)) : null;
  const pick = (b: { th: string; en: string }) => (lng === "th" ? b.th : b.en);
  const names = new Map(outcome.result?.permits.map((p) => [p.slug, pick(p.name)]) ?? []);
  const chosen = new Set(plan?.permits.map((p) => p.slug) ?? []);
  const presented = presentGuide(guide, lng);
  return {
    guide: presented,
    questions: presentQuestions(guide, search, outcome.answers, lng),
    answers: outcome.result ? [...new URLSearchParams(canonicalSearch(guide, outcome))] : [],
    offered: (outcome.result?.permits ?? []).map((p) => ({ slug: p.slug, name: pick(p.name), agency: pick(p.agency), here: atCenter(user)(p), chosen: chosen.has(p.slug), after: p.after.map((s) => names.get(s) ?? s) })),
    documents: plan ? presentDocuments(plan.documents, lng, names) : [],
    idempotencyKey: randomUUID(),
    minimumCure: await defaultCureDeadline(today),
    title: `${t("intake.title")} · ${presented.title}`,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "intake.create");
  const guide = await requirePublishedGuide(params.slug ?? "");
  const at = now();
  const plan = await bundlePlan(guide, new URL(request.url).searchParams, todayInBangkok(), atCenter(user));
  if (!plan) throw new Response("Not found", { status: 404 });
  const values = formDataToObject(await readForm(request));
  const parsed = IntakeSchema.safeParse(values);
  if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), values }, { status: 400 });
  const outcome = await submitCounterBundle(user, plan, parsed.data, at);
  if (!outcome.ok) return data({ errors: outcome.errors, values }, { status: 400 });
  throw redirect(`/staff/bundles/${outcome.trackingNumber}`);
}

type Values = Record<string, unknown> & { documents?: { id: string; status?: string; note?: string }[] };

export default function BundleIntake() {
  const { guide, questions, answers, offered, documents, idempotencyKey, minimumCure } = useLoaderData<typeof loader>();
  const { t } = useTranslation("guides");
  return (
    <div className="intake">
      <h1>{t("intake.title")}</h1>
      <p className="lead">{guide.title}</p>
      <h2>{t("intake.questions")}</h2>
      <Questionnaire questions={questions} submitLabel={t("intake.showPermits")} />
      {answers.length > 0 ? (
        <>
          <h2 id="choose-heading">{t("intake.choose")}</h2>
          <Form method="get" className="stack" aria-labelledby="choose-heading">
            {answers.map(([k, v]) => (
              <input key={k} type="hidden" name={k} value={v} />
            ))}
            <fieldset>
              <legend>{t("intake.chooseLegend")}</legend>
              {offered.map((p) => (
                <div key={p.slug} className="checkbox">
                  <input id={`file-${p.slug}`} type="checkbox" name={FILE_PARAM} value={p.slug} defaultChecked={p.chosen} disabled={!p.here} />
                  <label htmlFor={`file-${p.slug}`}>
                    {p.name} <span className="muted">· {p.agency}</span>
                    {p.after.length > 0 ? <span className="muted"> · {t("result.after", { permits: p.after.join(t("result.listSeparator")) })}</span> : null}
                    {!p.here ? <span> · {t("intake.notHere")}</span> : null}
                  </label>
                </div>
              ))}
            </fieldset>
            <p>
              <button type="submit" className="button--secondary">
                {t("intake.useThese")}
              </button>
            </p>
          </Form>
        </>
      ) : null}
      {documents.length > 0 ? <BundleForm key={offered.filter((p) => p.chosen).map((p) => p.slug).join(",")} chosen={offered.filter((p) => p.chosen)} documents={documents} idempotencyKey={idempotencyKey} minimumCure={minimumCure} /> : null}
    </div>
  );
}

function BundleForm({ chosen, documents, idempotencyKey, minimumCure }: { chosen: { slug: string; name: string }[]; documents: { id: string; group: string; name: string; originals: number; copies: number; condition: string | null; usedBy: string[] }[]; idempotencyKey: string; minimumCure: string }) {
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, i18n } = useTranslation("guides");
  const { t: ts } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  const defaults = intakeDefaults((actionData?.values ?? {}) as Values, documents.map((d) => d.id), idempotencyKey, minimumCure, lng);
  const { form, onSubmit, errorFor } = useValidatedForm(IntakeSchema, { defaultValues: defaults, serverErrors: actionData?.errors });
  const summary: Record<string, string | undefined> = {};
  for (const f of ["form", "applicantType", ...APPLICANT_TEXT_FIELDS, "documents", "cureDeadline", "signedOnPaper"]) summary[f] = errorFor(f);
  documents.forEach((_, i) => {
    summary[`documents.${i}.status`] = errorFor(`documents.${i}.status`) ?? checklistFieldError(form.formState.errors, i, "status");
    summary[`documents.${i}.note`] = errorFor(`documents.${i}.note`) ?? checklistFieldError(form.formState.errors, i, "note");
  });
  return (
    <>
      <h2 id="bundle-heading">{t("intake.fileHeading", { count: chosen.length })}</h2>
      <ul>
        {chosen.map((p) => (
          <li key={p.slug}>{p.name}</li>
        ))}
      </ul>
      <ErrorSummary errors={summary} />
      <Form method="post" noValidate onSubmit={onSubmit} className="stack" aria-labelledby="bundle-heading">
        <input type="hidden" defaultValue={defaults.idempotencyKey} {...form.register("idempotencyKey")} />
        <fieldset>
          <legend>{ts("intake.applicant")}</legend>
          <ApplicantFields form={form} defaults={defaults} errors={summary} />
        </fieldset>
        <IntakeChecklist form={form} lines={documents} defaults={defaults} errors={summary} hint={t("intake.checklistHint")} />
        <DeficiencyFields form={form} minimumCure={minimumCure} defaults={defaults} errors={summary} hint={t("intake.deficiencyHint")} />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("intake.submit", { count: chosen.length })}
        </button>
      </Form>
    </>
  );
}
