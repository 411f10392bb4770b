// Service centers (issue 7): code, hours the clock counts in (T5), what refers to each.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SavedNotice } from "~/components/admin/form-bits";
import { getT } from "~/i18n/i18n.server";
import { listCenters } from "~/models/organisation.server";
import { requirePermission } from "~/services/auth.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "organisation.manage");
  const t = await getT(request, "admin");
  return { centers: await listCenters(), title: t("centers.title") };
}

export default function Centers() {
  const { centers } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation("admin");
  return (
    <>
      <h1>{t("centers.title")}</h1>
      <p className="lead">{t("centers.lead")}</p>
      <SavedNotice value={params.get("saved")} />
      <p className="hint">{t("common.neverDeleted")}</p>
      <p>
        <Link to="/staff/admin/centers/new" className="admin-action">
          {t("centers.new")}
        </Link>
      </p>
      {centers.length === 0 ? (
        <p>{t("centers.empty")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="centers-caption" tabIndex={0}>
          <table>
            <caption id="centers-caption" className="visually-hidden">
              {t("centers.title")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("centers.columns.code")}</th>
                <th scope="col">{t("centers.columns.name")}</th>
                <th scope="col">{t("centers.columns.phone")}</th>
                <th scope="col">{t("centers.columns.hours")}</th>
                <th scope="col">{t("centers.columns.permits")}</th>
                <th scope="col">{t("centers.columns.users")}</th>
                <th scope="col">{t("centers.columns.requests")}</th>
              </tr>
            </thead>
            <tbody>
              {centers.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/staff/admin/centers/${c.id}`} aria-label={`${t("common.edit")} ${c.code}`}>
                      {c.code}
                    </Link>
                  </th>
                  <td>{i18n.language === "en" ? c.nameEn : c.nameTh}</td>
                  <td>{c.phone}</td>
                  <td>
                    {t("centers.hours", { opens: c.opensAt, closes: c.closesAt })}
                    <br />
                    <span className="muted">{c.lunchStart && c.lunchEnd ? t("centers.lunch", { start: c.lunchStart, end: c.lunchEnd }) : t("centers.noLunch")}</span>
                  </td>
                  <td>{c._count.permits}</td>
                  <td>{c._count.users}</td>
                  <td>{c._count.requests}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
