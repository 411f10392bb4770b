// Import a year of holidays from CSV or iCalendar (issue 7): upload → preview of what changes
// → confirm, applied in one transaction with the due-date recompute (T7). Without JavaScript
// the same posts work: the preview carries its rows in a hidden field, checked again on confirm.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useYearLabel } from "~/components/admin/use-year-label";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { describedBy, ErrorSummary, Field } from "~/components/forms/field";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import type { RowError } from "~/domain/holidays/rows";
import { getT } from "~/i18n/i18n.server";
import { ImportUploadSchema, YearSchema } from "~/schemas/holidays";
import { requirePermission } from "~/services/auth.server";
import type { ImportPreview } from "~/services/holiday-admin.server";
import { runImportStep } from "~/services/holiday-import.server";
import { summaryHeaders } from "~/services/holiday-summary.server";
import { todayInBangkok } from "~/utils/clock.server";
import { formatDate } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "holiday.manage");
  const asked = YearSchema.safeParse(new URL(request.url).searchParams.get("year") ?? undefined);
  const t = await getT(request, "holidays");
  return { year: asked.success ? asked.data : Number(todayInBangkok().slice(0, 4)) + 1, title: t("import.title") };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "holiday.manage");
  const step = await runImportStep(user, request);
  if (step.step === "done") throw redirect(`/staff/admin/holidays?year=${step.summary.year}`, { headers: await summaryHeaders(step.summary) });
  return data(step, { status: step.step === "upload" || !step.preview.ok ? 400 : 200 });
}

export default function ImportHolidays() {
  const { year } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("holidays");
  return (
    <>
      <h1>{t("import.title")}</h1>
      {actionData?.step === "preview" && actionData.preview.ok ? (
        <Preview preview={actionData.preview} fileName={actionData.fileName} stale={!!actionData.stale} />
      ) : (
        <>
          {actionData?.step === "preview" && !actionData.preview.ok ? <FileErrors preview={actionData.preview} /> : null}
          <UploadForm year={actionData?.step === "upload" ? actionData.year || String(year) : String(actionData?.step === "preview" ? actionData.preview.year : year)} errors={actionData?.step === "upload" ? actionData.errors : undefined} />
        </>
      )}
    </>
  );
}

function UploadForm({ year, errors }: { year: string; errors?: Record<string, string> }) {
  const { t } = useTranslation("holidays");
  const { form, onSubmit, errorFor } = useValidatedForm(ImportUploadSchema, { defaultValues: { intent: "preview", year } as never, serverErrors: errors });
  const yearError = errorFor("year");
  const fileError = errors?.file;
  return (
    <>
      <p className="lead">{t("import.lead")}</p>
      <ErrorSummary errors={{ year: yearError, file: fileError }} />
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" value="preview" {...form.register("intent")} />
        <Field id="year" label={t("import.year")} error={yearError}>
          <input id="year" type="text" inputMode="numeric" autoComplete="off" defaultValue={year} aria-invalid={!!yearError} aria-describedby={describedBy("year", { error: yearError })} {...form.register("year")} />
        </Field>
        <Field id="file" label={t("import.file")} hint={t("import.fileHint")} error={fileError}>
          <input id="file" name="file" type="file" accept=".csv,.ics,text/csv,text/calendar" aria-invalid={!!fileError} aria-describedby={describedBy("file", { hint: true, error: fileError })} />
        </Field>
        <div className="inline-form">
          <button type="submit">{t("import.preview")}</button>
          <Link to={`/staff/admin/holidays?year=${year}`}>{t("form.cancel")}</Link>
        </div>
      </Form>
    </>
  );
}

function FileErrors({ preview }: { preview: Extract<ImportPreview, { ok: false }> }) {
  const { t } = useTranslation("holidays");
  const { errors, fileError } = preview.result;
  const problem = (e: RowError) => t(`import.problems.${e.problem}`, { value: e.value, other: e.other, year: preview.year });
  return (
    <div className="error-summary" role="alert" aria-labelledby="import-failed" tabIndex={-1} data-testid="import-errors">
      <h2 id="import-failed">{t("import.failed")}</h2>
      <ul>
        {fileError ? <li>{t(`import.errors.${fileError}`)}</li> : null}
        {errors.map((e, i) => (
          <li key={i}>{t("import.line", { line: e.line, problem: problem(e) })}</li>
        ))}
      </ul>
    </div>
  );
}

function Preview({ preview, fileName, stale }: { preview: Extract<ImportPreview, { ok: true }>; fileName: string; stale: boolean }) {
  const { t, i18n } = useTranslation("holidays");
  const lng = i18n.language === "en" ? "en" : "th";
  const yearLabel = useYearLabel();
  const { diff } = preview;
  const day = (h: { date: string; nameTh: string; nameEn: string; kind: string }) => (
    <>
      <time dateTime={h.date}>{formatDate(h.date, lng)}</time> — <span lang="th">{h.nameTh}</span> / <span lang="en">{h.nameEn}</span> ({t(`kinds.${h.kind}`)})
    </>
  );
  const nothing = diff.added.length + diff.changed.length + diff.removed.length === 0;
  return (
    <section aria-labelledby="preview-heading">
      {stale ? (
        <p className="warning" role="alert">
          {t("import.errors.stale")}
        </p>
      ) : null}
      <h2 id="preview-heading">{t("import.previewTitle", { year: yearLabel(preview.year) })}</h2>
      <p className="muted">{fileName}</p>
      <h3>{t("import.added", { count: diff.added.length })}</h3>
      <ul data-testid="preview-added">{diff.added.map((h) => <li key={h.date}>{day(h)}</li>)}</ul>
      <h3>{t("import.changed", { count: diff.changed.length })}</h3>
      <ul data-testid="preview-changed">
        {diff.changed.map((c) => (
          <li key={c.after.date}>
            {day(c.before)} → <span lang="th">{c.after.nameTh}</span> / <span lang="en">{c.after.nameEn}</span> ({t(`kinds.${c.after.kind}`)})
          </li>
        ))}
      </ul>
      <h3>{t("import.removed", { count: diff.removed.length })}</h3>
      <ul data-testid="preview-removed">{diff.removed.map((h) => <li key={h.date}>{day(h)}</li>)}</ul>
      <p>{t("import.unchanged", { count: diff.unchanged })}</p>
      {nothing ? <p>{t("import.noChanges")}</p> : null}
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="confirm" />
        <input type="hidden" name="year" value={preview.year} />
        <input type="hidden" name="fingerprint" value={preview.fingerprint} />
        <input type="hidden" name="fileName" value={fileName} />
        <input type="hidden" name="rows" value={JSON.stringify(preview.rows)} />
        {nothing ? null : <button type="submit">{t("import.confirm")}</button>}
        <Link to={`/staff/admin/holidays/import?year=${preview.year}`} reloadDocument>
          {t("import.again")}
        </Link>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
