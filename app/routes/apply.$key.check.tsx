import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplyPage } from "~/components/apply/apply-page";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { draftFiles, missingDocuments, requireDraft, submitDraft } from "~/services/apply.server";
import { now } from "~/utils/clock.server";

// Check your answers: every answer with a "Change" link back to its page (GOV.UK pattern).
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const draft = await requireDraft(request, params.key, now());
  const [lng, t] = [await getLanguage(request), await getT(request, "apply")];
  const files = await draftFiles(draft);
  const permit = lng === "th" ? draft.manual.nameTh : draft.manual.nameEn;
  return {
    key: draft.key,
    permit,
    applicant: draft.answers.applicant ?? null,
    declaration: draft.answers.declaration ?? null,
    documents: draft.manual.documents.map((d) => ({
      id: d.id,
      name: lng === "th" ? d.nameTh : d.nameEn,
      files: files.filter((f) => f.manualDocumentId === d.id).map((f) => f.fileName),
    })),
    missing: missingDocuments(draft, files).length,
    title: `${t("check.title")} · ${permit}`,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const draft = await requireDraft(request, params.key, now());
  const result = await submitDraft(draft, now());
  if (!result.ok) return data({ error: result.error, step: result.step }, { status: 400 });
  throw redirect(`/apply/${params.key}/done`);
}

export default function CheckAnswers() {
  const { key, permit, applicant, declaration, documents, missing } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("apply");
  const { t: ts } = useTranslation("staff");
  const change = (step: string, what: string) => (
    <Link to={`/apply/${key}/${step}?return=check`}>
      {t("check.change")}
      <span className="visually-hidden"> {what}</span>
    </Link>
  );
  const rows: [string, string, string][] = applicant
    ? [
        [ts("intake.applicantType"), ts(`applicantTypes.${applicant.applicantType}`), "applicant"],
        [ts("intake.applicantId"), applicant.applicantId, "applicant"],
        [ts("intake.applicantName"), applicant.applicantName, "applicant"],
        [ts("intake.applicantPhone"), applicant.applicantPhone, "applicant"],
        [ts("intake.applicantEmail"), applicant.applicantEmail || "—", "applicant"],
        [ts("intake.applicantAddress"), applicant.applicantAddress, "applicant"],
        [ts("intake.preferredLanguage"), applicant.preferredLanguage === "th" ? "ไทย" : "English", "applicant"],
        [ts("intake.noticesByEmail"), applicant.noticesByEmail ? t("yes") : t("no"), "applicant"],
      ]
    : [];
  const problem = actionData?.error ?? (!applicant ? "apply:errors.applicantMissing" : missing > 0 ? "apply:errors.documentsMissing" : !declaration ? "apply:errors.declarationMissing" : null);
  return (
    <ApplyPage permit={permit} step="check" title={t("check.title")}>
      {problem ? (
        <div className="error-summary" role="alert">
          <p>{t(problem)}</p>
          {actionData?.step ? <Link to={`/apply/${key}/${actionData.step}?return=check`}>{t("check.fix")}</Link> : null}
        </div>
      ) : null}
      <h2>{t("check.applicant")}</h2>
      <dl className="summary-list">
        {rows.map(([label, value], i) => (
          <div key={i} style={{ display: "contents" }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
            <dd>{change("applicant", label)}</dd>
          </div>
        ))}
      </dl>
      {!applicant ? <p>{change("applicant", t("check.applicant"))}</p> : null}
      <h2>{t("check.documents")}</h2>
      <dl className="summary-list">
        {documents.map((d) => (
          <div key={d.id} style={{ display: "contents" }}>
            <dt>{d.name}</dt>
            <dd>{d.files.length ? d.files.join(", ") : t("check.noFile")}</dd>
            <dd>{change("documents", d.name)}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("check.declaration")}</h2>
      <dl className="summary-list">
        <dt>{t("declaration.title")}</dt>
        <dd>{declaration?.truthful && declaration.consent ? t("check.declared") : t("check.notDeclared")}</dd>
        <dd>{change("declaration", t("declaration.title"))}</dd>
      </dl>
      <h2>{t("check.sendHeading")}</h2>
      <p>{t("check.sendLead")}</p>
      <Form method="post">
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("check.submit")}
        </button>
      </Form>
    </ApplyPage>
  );
}
