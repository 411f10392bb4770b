// Applying online for several permits of a guide at once (issue 10, E1): one page — the
// applicant once, each document once (a file given here counts for every permit that needs
// it), the declaration — and one bundle number with one number per permit. Each request then
// waits for its own agency's completeness check; its clock starts only then (R8.5). Every
// acceptable file a post carries is kept for the form at once (decision 0021): a form that comes
// back with an error lists the files it has, so nothing chosen is lost, JavaScript or not.
import { randomUUID } from "node:crypto";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Honeypot } from "~/components/apply/apply-page";
import { UploadedFiles } from "~/components/apply/uploaded-files";
import { ApplicantFields, APPLICANT_TEXT_FIELDS } from "~/components/forms/applicant-fields";
import { ErrorSummary } from "~/components/forms/field";
import { useValidatedForm, zodFieldErrors, type FieldErrors } from "~/components/forms/use-validated-form";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { isBot } from "~/schemas/apply";
import { OnlineBundleSchema } from "~/schemas/bundle";
import { fileField, formKeyOf, missingDocuments, removeStagedFile, stageBundleFiles, stagedFilesOf, type OnlineBundleErrors, type StagedFile } from "~/services/bundle-uploads.server";
import { submitOnlineBundle } from "~/services/bundle.server";
import { bundlePlan, presentDocuments, presentGuide, requirePublishedGuide } from "~/services/guides.server";
import { trackingCookieFor } from "~/services/tracking.server";
import { readMultipart } from "~/services/uploads.server";
import { now, todayInBangkok } from "~/utils/clock.server";
import { env } from "~/utils/env.server";
import { formDataToObject } from "~/utils/form-data";
import { clientAddress, hit } from "~/utils/rate-limit.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

async function planOf(request: Request, slug: string | undefined) {
  const guide = await requirePublishedGuide(slug ?? "");
  const url = new URL(request.url);
  // Only permits whose manual lists the online channel can be filed here (E1).
  const plan = await bundlePlan(guide, url.searchParams, todayInBangkok(), (p) => p.online);
  if (!plan) throw new Response("Not found", { status: 404 });
  return { guide, plan, search: url.search };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { plan, search } = await planOf(request, params.slug);
  const [lng, t] = [await getLanguage(request), await getT(request, "guides")];
  const names = new Map(plan.outcome.result.permits.map((p) => [p.slug, lng === "th" ? p.name.th : p.name.en]));
  const guide = presentGuide(plan.guide, lng);
  return {
    guide,
    search,
    permits: plan.permits.map((p) => ({ slug: p.slug, name: names.get(p.slug)!, agency: lng === "th" ? p.agency.th : p.agency.en })),
    atCounter: plan.outcome.result.permits.filter((p) => !p.online).map((p) => names.get(p.slug)!),
    documents: presentDocuments(plan.documents, lng, names).map((d, i) => ({ ...d, field: fileField(plan.documents[i]) })),
    idempotencyKey: randomUUID(),
    limits: { file: env().UPLOAD_MAX_FILE_MB, total: env().UPLOAD_MAX_REQUEST_MB },
    title: `${t("apply.title")} · ${guide.title}`,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { plan } = await planOf(request, params.slug);
  const parsed = await readMultipart(request);
  // Every answer but the filing comes back to the form with the files kept so far. A new
  // `attempt` renews the file inputs, so with JavaScript too a kept file shows as kept, not as
  // still chosen (and "Remove" does not send it again).
  const back = (status: number, files: OnlineBundleErrors, values: Record<string, unknown> = {}, staged: Record<string, StagedFile[]> = {}, errors: FieldErrors = {}) =>
    data({ errors, files, values, staged, attempt: randomUUID() }, { status });
  if (!parsed.ok) return back(400, { form: { key: parsed.error, values: parsed.values } });
  const values = formDataToObject(new URLSearchParams(parsed.fields));
  if (isBot(values)) return back(400, { form: { key: "apply:errors.rejected" } }, values);
  if (!hit(`apply-start:${clientAddress(request)}`, env().APPLICATIONS_PER_HOUR, 60 * 60_000)) return back(429, { form: { key: "apply:errors.tooMany" } }, values);
  // No key the page made: nothing can be kept or filed for this post.
  const key = formKeyOf(values);
  if (!key) return back(400, { form: { key: "apply:errors.rejected" } }, values);
  const at = now();
  const files = await stageBundleFiles(plan.documents, key, parsed.files, at);
  const intent = parsed.fields.intent ?? "";
  if (intent.startsWith("remove:")) {
    await removeStagedFile(key, intent.slice("remove:".length));
    return back(Object.keys(files).length ? 400 : 200, files, values, await stagedFilesOf(plan.documents, key));
  }
  const input = OnlineBundleSchema.safeParse(values);
  if (!input.success || Object.keys(files).length > 0) {
    // Every problem at once: the answers, the refused files, and the documents still without one.
    const staged = await stagedFilesOf(plan.documents, key);
    return back(400, { ...missingDocuments(plan.documents, new Set(Object.keys(staged))), ...files }, values, staged, input.success ? {} : zodFieldErrors(input.error));
  }
  const filed = await submitOnlineBundle(plan, input.data, key, at);
  if (!filed.ok) return back(400, filed.errors, values, await stagedFilesOf(plan.documents, key));
  // This browser filed it, so it may follow it at once (the tracking page's verified cookie).
  throw redirect(`/track?number=${encodeURIComponent(filed.trackingNumber)}`, { headers: { "Set-Cookie": await trackingCookieFor(filed.trackingNumber) } });
}

export default function ApplyBundle() {
  const { guide, search, permits, atCounter, documents, idempotencyKey, limits } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, i18n } = useTranslation("guides");
  const { t: ta } = useTranslation("apply");
  const lng = i18n.language === "en" ? "en" : "th";
  const previous = (actionData?.values ?? {}) as Record<string, unknown>;
  const str = (k: string, fallback = "") => (typeof previous[k] === "string" ? (previous[k] as string) : fallback);
  const defaults = {
    idempotencyKey: str("idempotencyKey", idempotencyKey),
    applicantType: str("applicantType", "person") as "person",
    applicantId: str("applicantId"),
    applicantName: str("applicantName"),
    applicantPhone: str("applicantPhone"),
    applicantEmail: str("applicantEmail"),
    applicantAddress: str("applicantAddress"),
    preferredLanguage: str("preferredLanguage", lng) as "th",
    noticesByEmail: previous.noticesByEmail === "on",
    truthful: previous.truthful === "on",
    consent: previous.consent === "on",
  };
  const { form, onSubmit, errorFor } = useValidatedForm(OnlineBundleSchema, { defaultValues: defaults, serverErrors: actionData?.errors });
  const summary: Record<string, string | undefined> = {};
  for (const f of ["applicantType", ...APPLICANT_TEXT_FIELDS, "truthful", "consent"]) summary[f] = errorFor(f);
  const fileErrors = (actionData?.files ?? {}) as OnlineBundleErrors;
  const staged = (actionData?.staged ?? {}) as Record<string, StagedFile[]>;
  return (
    <div className="container narrow apply">
      <p className="eyebrow">{guide.title}</p>
      <h1>{t("apply.title")}</h1>
      <ErrorSummary errors={summary} />
      {Object.keys(fileErrors).length > 0 ? (
        <div className="error-summary" role="alert" aria-labelledby="file-errors-title">
          <h2 id="file-errors-title">{ta("errorSummary")}</h2>
          <ul>
            {Object.entries(fileErrors).map(([field, e]) => (
              <li key={field}>
                <a href={`#${field === "form" ? "bundle-form" : field}`}>{t(e.key, e.values)}</a>
              </li>
            ))}
          </ul>
          <p>{t("apply.filesKept")}</p>
        </div>
      ) : null}
      <p className="lead">{t("apply.lead", { count: permits.length })}</p>
      <ul>
        {permits.map((p) => (
          <li key={p.slug}>
            {p.name} <span className="muted">· {p.agency}</span>
          </li>
        ))}
      </ul>
      {atCounter.length > 0 ? <p className="warning">{t("apply.atCounter", { permits: atCounter.join(t("result.listSeparator")) })}</p> : null}
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit} className="stack" id="bundle-form" action={search}>
        <Honeypot />
        <input type="hidden" defaultValue={defaults.idempotencyKey} {...form.register("idempotencyKey")} />
        <fieldset>
          <legend>{t("apply.applicant")}</legend>
          <ApplicantFields form={form} defaults={defaults} errors={summary} own />
        </fieldset>
        <fieldset>
          <legend>{t("apply.documents")}</legend>
          <p className="hint">{ta("documents.lead", { file: limits.file, total: limits.total })}</p>
          {documents.map((d) => {
            const error = fileErrors[d.field];
            return (
              <div key={d.field} className={`form-field${error ? " form-field--error" : ""}`}>
                <label htmlFor={d.field}>
                  {d.name} {d.condition ? <span className="muted">({ta("documents.ifApplies", { condition: d.condition })})</span> : null}
                </label>
                <p className="hint" id={`${d.field}-hint`}>
                  {t("apply.neededFor", { permits: d.usedBy.join(t("result.listSeparator")) })}
                </p>
                <UploadedFiles files={staged[d.field] ?? []} />
                {error ? (
                  <p className="field-error" id={`${d.field}-error`}>
                    {t(error.key, error.values)}
                  </p>
                ) : null}
                <input key={`${d.field} ${actionData?.attempt ?? ""}`} id={d.field} name={d.field} type="file" multiple accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png" aria-describedby={`${d.field}-hint${error ? ` ${d.field}-error` : ""}`} />
              </div>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>{ta("declaration.title")}</legend>
          {(["truthful", "consent"] as const).map((name) => (
            <div key={name} className={`form-field${summary[name] ? " form-field--error" : ""}`}>
              {summary[name] ? (
                <p className="field-error" id={`${name}-error`}>
                  {ta(summary[name]!)}
                </p>
              ) : null}
              <div className="checkbox">
                <input id={name} type="checkbox" defaultChecked={defaults[name]} aria-invalid={!!summary[name]} aria-describedby={summary[name] ? `${name}-error` : undefined} {...form.register(name)} />
                <label htmlFor={name}>{ta(`declaration.${name}`)}</label>
              </div>
            </div>
          ))}
          <p className="hint">{ta("privacy")}</p>
        </fieldset>
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("apply.submit", { count: permits.length })}
        </button>
      </Form>
      <p>
        <Link to={`/guides/${guide.slug}${search}`}>{t("apply.back")}</Link>
      </p>
    </div>
  );
}
