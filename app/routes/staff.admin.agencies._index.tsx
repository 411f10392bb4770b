// Ministries and agencies (issue 7): the lists, with what refers to each agency, so it is clear
// why nothing is ever deleted.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SavedNotice } from "~/components/admin/form-bits";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { organisationLists } from "~/services/organisation.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "organisation.manage");
  const t = await getT(request, "admin");
  return { ...(await organisationLists()), title: t("agencies.title") };
}

export default function Agencies() {
  const { ministries, agencies } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation("admin");
  const name = (x: { nameTh: string; nameEn: string }) => (i18n.language === "en" ? x.nameEn : x.nameTh);
  return (
    <>
      <h1>{t("agencies.title")}</h1>
      <p className="lead">{t("agencies.lead")}</p>
      <SavedNotice value={params.get("saved")} />
      <p className="hint">{t("common.neverDeleted")}</p>
      <h2>{t("agencies.agenciesHeading")}</h2>
      <p>
        <Link to="/staff/admin/agencies/new" className="admin-action">
          {t("agencies.newAgency")}
        </Link>
      </p>
      <div className="table-scroll" role="region" aria-labelledby="agencies-caption" tabIndex={0}>
        <table>
          <caption id="agencies-caption" className="visually-hidden">
            {t("agencies.agenciesHeading")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("agencies.columns.code")}</th>
              <th scope="col">{t("agencies.columns.name")}</th>
              <th scope="col">{t("agencies.columns.ministry")}</th>
              <th scope="col">{t("agencies.columns.parent")}</th>
              <th scope="col">{t("agencies.columns.permits")}</th>
              <th scope="col">{t("agencies.columns.users")}</th>
              <th scope="col">{t("agencies.columns.requests")}</th>
            </tr>
          </thead>
          <tbody>
            {agencies.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/staff/admin/agencies/${a.id}`} aria-label={`${t("common.edit")} ${a.code}`}>
                    {a.code}
                  </Link>
                </th>
                <td>{name(a)}</td>
                <td>{name(a.ministry)}</td>
                <td>{a.parent?.code ?? "—"}</td>
                <td>{a._count.permits}</td>
                <td>{a._count.users}</td>
                <td>{a._count.requests}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("agencies.ministriesHeading")}</h2>
      <p>
        <Link to="/staff/admin/agencies/ministries/new" className="admin-action">
          {t("agencies.newMinistry")}
        </Link>
      </p>
      <div className="table-scroll" role="region" aria-labelledby="ministries-caption" tabIndex={0}>
        <table>
          <caption id="ministries-caption" className="visually-hidden">
            {t("agencies.ministriesHeading")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("agencies.columns.code")}</th>
              <th scope="col">{t("agencies.columns.name")}</th>
              <th scope="col">{t("agencies.columns.agencies")}</th>
            </tr>
          </thead>
          <tbody>
            {ministries.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <Link to={`/staff/admin/agencies/ministries/${m.id}`} aria-label={`${t("common.edit")} ${m.code}`}>
                    {m.code}
                  </Link>
                </th>
                <td>{name(m)}</td>
                <td>{m._count.agencies}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
