import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { issueResumeCode, requireDraft } from "~/services/apply.server";
import { now } from "~/utils/clock.server";
import { formatDate } from "~/utils/format";

// Save and return: the answers are already saved; here the applicant gets the link and a
// fresh code (by e-mail too when given). The code is made on POST, never on GET.
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const draft = await requireDraft(request, params.key, now());
  const [lng, t] = [await getLanguage(request), await getT(request, "apply")];
  return { key: draft.key, permit: lng === "th" ? draft.manual.nameTh : draft.manual.nameEn, hasEmail: !!draft.email, title: `${t("save.title")} · ${lng === "th" ? draft.manual.nameTh : draft.manual.nameEn}` };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const at = now();
  const draft = await requireDraft(request, params.key, at);
  const lng = await getLanguage(request);
  const t = await getT(request, "apply");
  const issued = await issueResumeCode(draft, lng, at, (code, link) => ({
    subject: t("save.mailSubject", { permit: lng === "th" ? draft.manual.nameTh : draft.manual.nameEn }),
    body: t("save.mailBody", { code, link }),
  }));
  return issued;
}

export default function SaveForLater() {
  const { key, permit, hasEmail } = useLoaderData<typeof loader>();
  const issued = useActionData<typeof action>();
  const { t, i18n } = useTranslation("apply");
  const lng = i18n.language === "en" ? "en" : "th";
  return (
    <div className="container narrow apply">
      <p className="eyebrow">{permit}</p>
      <h1>{t("save.title")}</h1>
      {issued ? (
        <div className="panel" role="status">
          <p>{t("save.link")}</p>
          <p className="url" data-testid="resume-link">
            {issued.link}
          </p>
          <p>{t("save.code")}</p>
          <p className="tracking tracking--large" data-testid="resume-code">
            {issued.code}
          </p>
          <p>{t("save.until", { date: formatDate(issued.expiresOn, lng) })}</p>
          {issued.emailed ? <p>{t("save.emailed")}</p> : null}
        </div>
      ) : (
        <>
          <p>{t("save.lead")}</p>
          {hasEmail ? <p>{t("save.willEmail")}</p> : null}
          <Form method="post">
            <button type="submit">{t("save.button")}</button>
          </Form>
        </>
      )}
      <p>
        <Link to={`/apply/${key}/applicant`}>{t("save.continueNow")}</Link>
      </p>
    </div>
  );
}
