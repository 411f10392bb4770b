import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplyPage, nextStepUrl, StepButtons } from "~/components/apply/apply-page";
import { UploadedFiles } from "~/components/apply/uploaded-files";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { draftFiles, missingDocuments, removeDraftFile, requireDraft, uploadToDraft, type FieldError } from "~/services/apply.server";
import { readMultipart } from "~/services/uploads.server";
import { now } from "~/utils/clock.server";
import { env } from "~/utils/env.server";

// One page for the documents: a file input per checklist item of the manual version (R8.1).
// Works without JavaScript: "Upload" posts the chosen files and shows this page again.
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const draft = await requireDraft(request, params.key, now());
  const [lng, t] = [await getLanguage(request), await getT(request, "apply")];
  const files = await draftFiles(draft);
  const permit = lng === "th" ? draft.manual.nameTh : draft.manual.nameEn;
  return {
    permit,
    documents: draft.manual.documents.map((d) => ({
      id: d.id,
      group: d.group,
      name: lng === "th" ? d.nameTh : d.nameEn,
      condition: (lng === "th" ? d.conditionTh : d.conditionEn) || null,
      files: files.filter((f) => f.manualDocumentId === d.id).map((f) => ({ id: f.id, name: f.fileName, size: f.size })),
    })),
    limits: { file: env().UPLOAD_MAX_FILE_MB, total: env().UPLOAD_MAX_REQUEST_MB },
    title: `${t("documents.title")} · ${permit}`,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const at = now();
  const draft = await requireDraft(request, params.key, at);
  const parsed = await readMultipart(request);
  if (!parsed.ok) return data({ errors: { form: { key: parsed.error, values: parsed.values } } as Record<string, FieldError> }, { status: 400 });
  const intent = parsed.fields.intent ?? "upload";
  if (intent.startsWith("remove:")) {
    await removeDraftFile(draft, intent.slice("remove:".length));
    return data({ errors: {} as Record<string, FieldError> });
  }
  const errors = await uploadToDraft(draft, parsed.files, at);
  if (Object.keys(errors).length > 0) return data({ errors }, { status: 400 });
  if (intent === "save") throw redirect(`/apply/${params.key}/save`);
  if (intent === "continue") {
    const missing = missingDocuments(draft, await draftFiles(draft));
    if (missing.length > 0) {
      return data({ errors: Object.fromEntries(missing.map((d) => [`file.${d.id}`, { key: "apply:documents.required" }])) as Record<string, FieldError> }, { status: 400 });
    }
    throw redirect(nextStepUrl(params.key!, "documents", new URL(request.url).searchParams.get("return")));
  }
  return data({ errors: {} as Record<string, FieldError> });
}

export default function DocumentsStep() {
  const { permit, documents, limits } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [search] = useSearchParams();
  const { t } = useTranslation("apply");
  const errors = actionData?.errors ?? {};
  const message = (e: FieldError) => t(e.key, e.values);
  const entries = Object.entries(errors);
  const returnTo = search.get("return");
  return (
    <ApplyPage permit={permit} step="documents" title={t("documents.title")}>
      {entries.length > 0 ? (
        <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title">{t("errorSummary")}</h2>
          <ul>
            {entries.map(([field, e]) => (
              <li key={field}>
                <a href={`#${field === "form" ? "documents-form" : field}`}>{message(e)}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>{t("documents.lead", { file: limits.file, total: limits.total })}</p>
      <Form method="post" encType="multipart/form-data" id="documents-form" className="stack" action={returnTo ? `?return=${returnTo}` : undefined}>
        {documents.map((d) => {
          const field = `file.${d.id}`;
          const error = errors[field];
          return (
            <div key={d.id} className={`form-field${error ? " form-field--error" : ""}`}>
              <label htmlFor={field}>
                {d.name} {d.condition ? <span className="muted">({t("documents.ifApplies", { condition: d.condition })})</span> : null}
              </label>
              <UploadedFiles files={d.files} />
              {error ? (
                <p className="field-error" id={`${field}-error`}>
                  {message(error)}
                </p>
              ) : null}
              <input id={field} name={field} type="file" accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png" aria-describedby={error ? `${field}-error` : undefined} />
            </div>
          );
        })}
        <StepButtons
          busy={navigation.state === "submitting"}
          extra={
            <button type="submit" name="intent" value="upload" className="button--secondary">
              {t("documents.upload")}
            </button>
          }
        />
      </Form>
    </ApplyPage>
  );
}
