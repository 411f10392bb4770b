// The administration area (issue 7): one sub-navigation; each section's own route checks its
// own permission, so an editor sees manuals only.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { can } from "~/domain/auth/permissions";
import { requirePermission } from "~/services/auth.server";
import { ADMIN_SECTIONS } from "~/components/admin/sections";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  return { sections: ADMIN_SECTIONS.filter((s) => can(user.role, s.action)).map((s) => s.key) };
}

export default function AdminLayout() {
  const { sections } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  return (
    <div className="admin">
      <nav aria-label={t("nav.label")} className="admin-nav">
        <NavLink to="/staff/admin" end>
          {t("nav.home")}
        </NavLink>
        {ADMIN_SECTIONS.filter((s) => sections.includes(s.key)).map((s) => (
          <NavLink key={s.key} to={s.to}>
            {t(`nav.${s.key}`)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
