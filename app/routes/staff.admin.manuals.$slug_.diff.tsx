import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ManualDiffView } from "~/components/admin/manual-diff";
import { ComparePicker, VersionHistory } from "~/components/admin/manual-versions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { parseDiffQuery } from "~/schemas/manual-versions";
import { requirePermission } from "~/services/auth.server";
import { staffVersionDiff } from "~/services/manual-versions.server";

// What changed between any two versions of a manual, a draft included (R7.4). The versions
// are chosen with a GET form, so the page works without JavaScript and can be shared.
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  const view = await staffVersionDiff(user, params.slug, parseDiffQuery(new URL(request.url)), await getLanguage(request));
  const t = await getT(request, "editor");
  return { ...view, title: t("versions.diffTitle", { name: view.name }) };
}

export default function StaffManualDiff() {
  const { slug, name, versions, currentVersionId, from, to, diff } = useLoaderData<typeof loader>();
  const { t } = useTranslation("editor");
  const base = `/staff/admin/manuals/${slug}`;
  return (
    <article className="admin-diff" aria-labelledby="diff-title">
      <nav aria-label={t("manual:page.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/staff/admin/manuals">{t("versions.breadcrumb")}</Link>
          </li>
          <li>
            <Link to={base}>{name}</Link>
          </li>
          <li aria-current="page">{t("versions.compare")}</li>
        </ol>
      </nav>
      <h1 id="diff-title">{t("versions.diffTitle", { name })}</h1>
      <ComparePicker versions={versions} from={from} to={to} action={`${base}/diff`} />
      <ManualDiffView diff={diff} from={from} to={to} />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("versions.historyHeading")}</h2>
        <VersionHistory versions={versions} currentVersionId={currentVersionId} hrefOf={(n) => `${base}/versions/${n}`} />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
