import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ADMIN_SECTIONS } from "~/components/admin/sections";
import { can } from "~/domain/auth/permissions";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  const t = await getT(request, "admin");
  return { title: t("title"), sections: ADMIN_SECTIONS.filter((s) => can(user.role, s.action)).map((s) => ({ key: s.key, to: s.to })) };
}

export default function AdminHome() {
  const { sections } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <ul className="admin-cards">
        {sections.map((s) => (
          <li key={s.key}>
            <h2>
              <Link to={s.to}>{t(`nav.${s.key}`)}</Link>
            </h2>
            <p>{t(`cards.${s.key}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
