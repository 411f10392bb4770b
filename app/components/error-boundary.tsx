import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

// The one place where expected failures (thrown Responses) and bugs become a page,
// in the visitor's language. Known statuses get their own words; anything else is a 500.
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind = status === 404 ? "notFound" : status === 403 ? "forbidden" : status === 400 ? "badRequest" : "server";
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <div className="container narrow error-page">
      <p className="error-page__status">{t("errors.status", { status })}</p>
      <h1>{t(`errors.${kind}.title`)}</h1>
      <p>{t(`errors.${kind}.body`)}</p>
      <ul className="link-list">
        <li>
          <Link to="/">{t("errors.goHome")}</Link>
        </li>
        <li>
          <Link to="/permits">{t("errors.browsePermits")}</Link>
        </li>
      </ul>
    </div>
  );
}
