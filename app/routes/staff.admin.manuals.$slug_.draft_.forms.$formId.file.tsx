import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { AttachmentIntentSchema } from "~/schemas/manual-versions";
import { requirePermission } from "~/services/auth.server";
import { attachFormFile, removeFormFile, requireDraftForm, type AttachError } from "~/services/manual-attachments.server";
import { readMultipart } from "~/services/uploads.server";
import { now } from "~/utils/clock.server";
import { env } from "~/utils/env.server";
import { formatBytes } from "~/utils/format";

// Attaches a PDF (a form or a filled-in sample) to one form of the manual's current draft.
// A published version's forms answer 409: published versions never change (R7.4). Plain
// multipart POST, so it works without JavaScript. The "_"s keep the page out of the draft
// editor's layout; it renders in the admin area.
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  const form = await requireDraftForm(user, params.slug, params.formId);
  const lng = await getLanguage(request);
  const t = await getT(request, "editor");
  const name = (lng === "en" ? form.nameEn : form.nameTh) || form.nameTh;
  return {
    slug: form.version.permit.slug,
    version: form.version.version,
    manual: (lng === "en" ? form.version.nameEn : form.version.nameTh) || form.version.nameTh,
    name,
    file: form.fileKey ? { name: form.fileName, size: form.fileSize } : null,
    maxMb: env().UPLOAD_MAX_FILE_MB,
    title: t("attachments.title", { name }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  const form = await requireDraftForm(user, params.slug, params.formId);
  const parsed = await readMultipart(request);
  if (!parsed.ok) return data({ error: { key: parsed.error, values: parsed.values } as AttachError }, { status: 400 });
  const intent = AttachmentIntentSchema.safeParse(parsed.fields);
  if (!intent.success) throw new Response("Bad request", { status: 400 });
  const back = new URL(request.url).pathname;
  if (intent.data.intent === "remove") {
    await removeFormFile(user, form, now());
    throw redirect(`${back}?done=detached`);
  }
  const error = await attachFormFile(user, form, parsed.files.find((f) => f.field === "file"), now());
  if (error) return data({ error }, { status: 400 });
  throw redirect(`${back}?done=attached`);
}

export default function FormAttachment() {
  const { slug, version, manual, name, file, maxMb } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [search] = useSearchParams();
  const { t, i18n } = useTranslation("editor");
  const error = actionData?.error;
  const done = search.get("done");
  const base = `/staff/admin/manuals/${slug}`;
  return (
    <article className="admin-attachment narrow" aria-labelledby="attachment-title">
      <nav aria-label={t("manual:page.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/staff/admin/manuals">{t("versions.breadcrumb")}</Link>
          </li>
          <li>
            <Link to={base}>{manual}</Link>
          </li>
          <li>
            <Link to={`${base}/versions/${version}`}>{t("manual:versions.history.version", { version })}</Link>
          </li>
          <li aria-current="page">{name}</li>
        </ol>
      </nav>
      <p className="eyebrow">{t("attachments.draftOf", { version, manual })}</p>
      <h1 id="attachment-title">{t("attachments.title", { name })}</h1>
      {error ? (
        <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title">{t("forms.errorSummary", { ns: "common" })}</h2>
          <ul>
            <li>
              <a href="#file">{t(error.key, error.values)}</a>
            </li>
          </ul>
        </div>
      ) : done === "attached" || done === "detached" ? (
        <p className="attachment-notice" role="status">
          {t(`attachments.${done}`)}
        </p>
      ) : null}
      <p>{t("attachments.lead")}</p>
      <section aria-labelledby="current-heading">
        <h2 id="current-heading">{t("attachments.current")}</h2>
        {file ? (
          <Form method="post" encType="multipart/form-data" className="file-list">
            <p>
              {file.name} <span className="muted">({formatBytes(file.size, i18n.language === "en" ? "en" : "th")})</span>
            </p>
            <button type="submit" name="intent" value="remove" className="button--secondary">
              {t("attachments.remove")}
            </button>
          </Form>
        ) : (
          <p>{t("attachments.none")}</p>
        )}
      </section>
      <Form method="post" encType="multipart/form-data" className="stack">
        <div className={`form-field${error ? " form-field--error" : ""}`}>
          <label htmlFor="file">{t("attachments.fileLabel")}</label>
          <p className="hint" id="file-hint">
            {t("attachments.fileHint", { max: maxMb })}
          </p>
          {error ? (
            <p className="field-error" id="file-error">
              <span className="visually-hidden">{t("forms.errorPrefix", { ns: "common" })}</span> {t(error.key, error.values)}
            </p>
          ) : null}
          <input id="file" name="file" type="file" accept="application/pdf,.pdf" required aria-describedby={error ? "file-hint file-error" : "file-hint"} />
        </div>
        <button type="submit" name="intent" value="upload" disabled={navigation.state === "submitting"}>
          {t("attachments.upload")}
        </button>
      </Form>
      <p>
        <Link to={`${base}/draft`}>{t("attachments.back")}</Link>
      </p>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
