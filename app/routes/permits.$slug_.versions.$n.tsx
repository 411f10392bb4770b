import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { VersionBanner, VersionHistory } from "~/components/admin/manual-versions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ManualBody } from "~/components/manual/manual-body";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { parseVersionNumber } from "~/schemas/manual-versions";
import { publicVersionView } from "~/services/manual-versions.server";
import { renderCacheHeaders } from "~/utils/render-cache.server";

// R7.4: a published version stays readable after it is replaced, so a citizen can read the
// version a request was filed under. Drafts are not public (404).
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }, { name: "robots", content: "noindex" }];

// Public content only (published versions) (decision 0019): the production server may keep this render.
export const headers = renderCacheHeaders({ maxAgeSeconds: 3600 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const version = parseVersionNumber(params.n);
  const view = await publicVersionView(params.slug, version, await getLanguage(request));
  const t = await getT(request, "manual");
  return { ...view, version, title: `${view.manual.name} · ${t("versions.history.version", { version })}` };
}

export default function ManualVersionPage() {
  const { manual, standing, versions, version, currentVersionId } = useLoaderData<typeof loader>();
  const { t } = useTranslation("manual");
  const current = `/permits/${manual.slug}`;
  return (
    <article className="container manual" aria-labelledby="manual-title">
      <nav aria-label={t("page.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/permits">{t("page.catalogue")}</Link>
          </li>
          <li>
            <Link to={current}>{manual.name}</Link>
          </li>
          <li>
            <Link to={`${current}/versions`}>{t("versions.history.title")}</Link>
          </li>
          <li aria-current="page">{t("versions.history.version", { version })}</li>
        </ol>
      </nav>
      <p className="eyebrow">
        {t("page.titlePrefix")} · {t("versions.history.version", { version })}
      </p>
      <h1 id="manual-title">{manual.name}</h1>
      <VersionBanner standing={standing} version={version} currentUrl={current} keeps />
      <ManualBody manual={manual} />
      <section aria-labelledby="history-heading" className="manual-section">
        <h2 id="history-heading">{t("versions.history.title")}</h2>
        <VersionHistory versions={versions} currentVersionId={currentVersionId} shown={version} hrefOf={(n) => `${current}/versions/${n}`} />
        {versions.length > 1 ? (
          <p>
            <Link to={`${current}/versions?from=${Math.min(version, versions[0].version)}&to=${versions[0].version}`}>{t("versions.compare.heading")}</Link>
          </p>
        ) : null}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
