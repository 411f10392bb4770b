import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useRequestId } from "~/utils/request-info";

// The one place where expected failures (thrown Responses) and bugs become a page,
// in the visitor's language. Known statuses get their own words; anything else is a 500.
export function GeneralErrorBoundary() {
  const error = useRouteError();
  // The id of the failed request (X-Request-Id, and every log line of it): quoted to support.
  const requestId = useRequestId();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // Other 4xx (413, 415 …) are the sender's to fix: "could not understand", never "our fault".
  const kind =
    status === 404 ? "notFound" : status === 403 ? "forbidden" : status === 409 ? "conflict" : status === 429 ? "tooMany" : status < 500 ? "badRequest" : "server";
  // 503: the database is unavailable for a while (decision 0015); nothing was stored, try again.
  const words = status === 503 ? "unavailable" : `errors.${kind}`;
  // In the browser only: on the server, entry.server's handleError logs it as JSON.
  if (!isRouteErrorResponse(error) && typeof document !== "undefined") console.error(error);
  return (
    <div className="container narrow error-page">
      <p className="error-page__status">{t("errors.status", { status })}</p>
      <h1>{t(`${words}.title`)}</h1>
      <p>{t(`${words}.body`)}</p>
      <ul className="link-list">
        <li>
          <Link to="/">{t("errors.goHome")}</Link>
        </li>
        <li>
          <Link to="/permits">{t("errors.browsePermits")}</Link>
        </li>
      </ul>
      {status >= 500 && requestId ? <p className="error-page__reference">{t("errors.reference", { id: requestId })}</p> : null}
    </div>
  );
}
