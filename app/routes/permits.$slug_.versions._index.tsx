import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ManualDiffView } from "~/components/admin/manual-diff";
import { ComparePicker, VersionHistory } from "~/components/admin/manual-versions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { parseDiffQuery } from "~/schemas/manual-versions";
import { publicVersionHistory } from "~/services/manual-versions.server";
import { renderCacheHeaders } from "~/utils/render-cache.server";

// R7.4: every published version of a manual, and what changed between any two of them
// (?from=&to=, a GET form). Drafts never appear here.
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

// Public content only (published versions) (decision 0019): the production server may keep this render.
export const headers = renderCacheHeaders({ maxAgeSeconds: 3600 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = await publicVersionHistory(params.slug, parseDiffQuery(new URL(request.url)), await getLanguage(request));
  const t = await getT(request, "manual");
  return { ...view, title: t("versions.history.pageTitle", { name: view.name }) };
}

export default function ManualVersionsPage() {
  const { slug, name, versions, currentVersionId, from, to, diff } = useLoaderData<typeof loader>();
  const { t } = useTranslation("manual");
  const current = `/permits/${slug}`;
  return (
    <article className="container manual" aria-labelledby="versions-title">
      <nav aria-label={t("page.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/permits">{t("page.catalogue")}</Link>
          </li>
          <li>
            <Link to={current}>{name}</Link>
          </li>
          <li aria-current="page">{t("versions.history.title")}</li>
        </ol>
      </nav>
      <h1 id="versions-title">{t("versions.history.pageTitle", { name })}</h1>
      <p className="lead">{t("versions.history.lead")}</p>
      <p>
        <Link to={current}>{t("versions.history.readCurrent")}</Link>
      </p>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("versions.history.title")}</h2>
        <VersionHistory versions={versions} currentVersionId={currentVersionId} hrefOf={(n) => `${current}/versions/${n}`} />
      </section>
      {versions.length > 1 ? (
        <>
          <ComparePicker versions={versions} from={from} to={to} action={`${current}/versions`} />
          <ManualDiffView diff={diff} from={from} to={to} />
        </>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
