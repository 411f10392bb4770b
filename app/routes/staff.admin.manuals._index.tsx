// The manuals an editor may maintain (issue 7): an administrator sees every permit, an agency's
// editor those of the agency. Published version, draft and last change for each.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { toBangkokDate } from "~/domain/calendar/bangkok-date";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { listManuals } from "~/services/manual-editor.server";
import { formatDate } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  const t = await getT(request, "editor");
  return { title: t("list.title"), manuals: await listManuals(user) };
}

export default function ManualList() {
  const { manuals } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("editor");
  const lng = i18n.language === "en" ? "en" : "th";
  return (
    <>
      <h1>{t("list.title")}</h1>
      <p className="lead">{t("list.lead")}</p>
      <p>
        <Link to="/staff/admin/manuals/new" className="button">
          {t("list.new")}
        </Link>
      </p>
      {manuals.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="manuals-caption" tabIndex={0}>
          <table className="manual-list">
            <caption id="manuals-caption">{t("list.caption", { count: manuals.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.permit")}</th>
                <th scope="col">{t("list.agency")}</th>
                <th scope="col">{t("list.published")}</th>
                <th scope="col">{t("list.draft")}</th>
                <th scope="col">{t("list.lastChange")}</th>
              </tr>
            </thead>
            <tbody>
              {manuals.map((m) => (
                <tr key={m.slug} data-slug={m.slug}>
                  <th scope="row">
                    <Link to={`/staff/admin/manuals/${m.slug}`}>{m.name[lng] || m.name.th}</Link>
                    <br />
                    <span className="muted slug">{m.slug}</span>
                  </th>
                  <td>{lng === "en" ? m.agency.en : m.agency.th}</td>
                  <td>{m.published ? t("list.version", { version: m.published.version }) : t("list.notPublished")}</td>
                  <td>
                    {m.draft ? (
                      <Link to={`/staff/admin/manuals/${m.slug}/draft`}>{t("list.draftVersion", { version: m.draft.version })}</Link>
                    ) : (
                      t("list.noDraft")
                    )}
                  </td>
                  <td>
                    <time dateTime={m.lastChange}>{formatDate(toBangkokDate(new Date(m.lastChange)), lng)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
