import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { can } from "~/domain/auth/permissions";
import { requirePermission } from "~/services/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "staff.home");
  return {
    user: {
      name: user.name,
      role: user.role,
      // While a temporary password is in force every other page sends the user back to
      // /staff/password, so the navigation would only lead in circles.
      mustChangePassword: user.mustChangePassword,
      place: user.serviceCenter ? { th: user.serviceCenter.nameTh, en: user.serviceCenter.nameEn } : user.agency ? { th: user.agency.nameTh, en: user.agency.nameEn } : null,
    },
  };
}

export default function StaffLayout() {
  const { user } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  return (
    <div className="container staff">
      <div className="staff-bar">
        <p>
          {t("signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}
          {user.place ? ` · ${user.place[lng]}` : null}
        </p>
        {user.mustChangePassword ? null : (
          <nav aria-label={t("nav.label")} className="staff-nav">
            {can(user.role, "counter.home") ? <NavLink to="/staff/counter">{t("nav.counter")}</NavLink> : null}
            {can(user.role, "intake.create") ? <NavLink to="/staff/intake/new">{t("nav.intake")}</NavLink> : null}
            {can(user.role, "request.view") ? <NavLink to="/staff/requests">{t("nav.requests")}</NavLink> : null}
            {can(user.role, "outbox.view") ? <NavLink to="/staff/outbox">{t("outbox.title")}</NavLink> : null}
            {can(user.role, "dashboard.view") ? <NavLink to="/staff/dashboard">{t("dashboard.nav")}</NavLink> : null}
            {can(user.role, "manual.edit") ? <NavLink to="/staff/admin">{t("nav.admin")}</NavLink> : null}
            <NavLink to="/staff/password">{t("nav.password")}</NavLink>
          </nav>
        )}
        <Form method="post" action="/sign-out" className="inline-form">
          <button type="submit" className="button--secondary">
            {t("signOut")}
          </button>
          <button type="submit" name="everywhere" value="1" className="button--link">
            {t("signOutEverywhere")}
          </button>
        </Form>
      </div>
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
