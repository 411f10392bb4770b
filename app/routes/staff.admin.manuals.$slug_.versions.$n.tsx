import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { VersionBanner, VersionHistory } from "~/components/admin/manual-versions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ManualBody } from "~/components/manual/manual-body";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { parseVersionNumber } from "~/schemas/manual-versions";
import { requirePermission } from "~/services/auth.server";
import { staffVersionView } from "~/services/manual-versions.server";
import { formatBytes } from "~/utils/format";

// Any version of a manual for its editors (R7.4), drafts included. The trailing "_" in the
// file name keeps this page out of the manual page's own layout: it renders in the admin area.
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  const version = parseVersionNumber(params.n);
  const view = await staffVersionView(user, params.slug, version, await getLanguage(request));
  const t = await getT(request, "editor");
  return { ...view, version, title: t("versions.title", { version, name: view.manual.name }) };
}

export default function StaffManualVersion() {
  const { manual, standing, versions, version, currentVersionId, forms } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("editor");
  const base = `/staff/admin/manuals/${manual.slug}`;
  const lng = i18n.language === "en" ? "en" : "th";
  return (
    <article className="manual admin-version" aria-labelledby="version-title">
      <nav aria-label={t("manual:page.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/staff/admin/manuals">{t("versions.breadcrumb")}</Link>
          </li>
          <li>
            <Link to={base}>{manual.name}</Link>
          </li>
          <li aria-current="page">{t("manual:versions.history.version", { version })}</li>
        </ol>
      </nav>
      <h1 id="version-title">{t("versions.title", { version, name: manual.name })}</h1>
      <VersionBanner standing={standing} version={version} currentUrl={`/permits/${manual.slug}`} />
      <ul className="link-list">
        <li>
          <Link to={base}>{t("versions.manualPage")}</Link>
        </li>
        {versions.length > 1 ? (
          <li>
            <Link to={`${base}/diff?from=${versions.find((v) => v.version < version)?.version ?? version}&to=${version}`}>{t("versions.compare")}</Link>
          </li>
        ) : null}
        {standing.kind !== "draft" ? (
          <li>
            <Link to={`/permits/${manual.slug}/versions/${version}`}>{t("versions.publicPage")}</Link>
          </li>
        ) : null}
      </ul>
      {forms.length > 0 ? (
        <section aria-labelledby="attachments-heading" className="manual-section">
          <h2 id="attachments-heading">{t("attachments.listHeading")}</h2>
          <ul className="file-list">
            {forms.map((f) => (
              <li key={f.id}>
                <span>
                  {f.code ? <span className="form-code">{f.code}</span> : null} {f.name}{" "}
                  <span className="muted">{f.fileName ? `(${f.fileName}, ${formatBytes(f.fileSize, lng)})` : `(${t("attachments.none")})`}</span>
                </span>
                <Link to={`${base}/draft/forms/${f.id}/file`}>
                  {t("attachments.manage")}
                  <span className="visually-hidden">: {f.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ManualBody manual={manual} draft={standing.kind === "draft"} />
      <section aria-labelledby="history-heading" className="manual-section">
        <h2 id="history-heading">{t("versions.historyHeading")}</h2>
        <VersionHistory versions={versions} currentVersionId={currentVersionId} shown={version} hrefOf={(n) => `${base}/versions/${n}`} />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
