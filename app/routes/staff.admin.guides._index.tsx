// Life-event guides (issue 10) as administrators see them: every guide, published or hidden.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SavedNotice } from "~/components/admin/form-bits";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { guidesForAdmin } from "~/services/guide-admin.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "guide.manage");
  const t = await getT(request, "admin");
  const guides = (await guidesForAdmin()).map((g) => ({ id: g.id, slug: g.slug, titleTh: g.titleTh, titleEn: g.titleEn, published: g.published, questions: g.definition.questions.length, permits: g.definition.permits.length }));
  return { guides, title: t("guides.title") };
}

export default function AdminGuides() {
  const { guides } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation("admin");
  return (
    <>
      <h1>{t("guides.title")}</h1>
      <p className="lead">{t("guides.lead")}</p>
      <SavedNotice value={params.get("saved")} />
      <p>
        <Link to="/staff/admin/guides/new" className="admin-action">
          {t("guides.new")}
        </Link>
      </p>
      <div className="table-scroll" role="region" aria-labelledby="guides-caption" tabIndex={0}>
        <table>
          <caption id="guides-caption" className="visually-hidden">
            {t("guides.title")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("guides.columns.title")}</th>
              <th scope="col">{t("guides.columns.slug")}</th>
              <th scope="col">{t("guides.columns.questions")}</th>
              <th scope="col">{t("guides.columns.permits")}</th>
              <th scope="col">{t("guides.columns.state")}</th>
            </tr>
          </thead>
          <tbody>
            {guides.map((g) => (
              <tr key={g.id}>
                <th scope="row">
                  <Link to={`/staff/admin/guides/${g.id}`}>{i18n.language === "en" ? g.titleEn : g.titleTh}</Link>
                </th>
                <td>
                  <a href={`/guides/${g.slug}`}>{g.slug}</a>
                </td>
                <td>{g.questions}</td>
                <td>{g.permits}</td>
                <td>{g.published ? t("guides.published") : t("guides.hidden")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
