// Every permit of a bundle with its own number, agency, state and due date (issue 10): on the
// counter's receipt and on the applicant's tracking page.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TimeLimitText } from "~/components/permits/time-limit";
import type { BundleView } from "~/services/bundle-view.server";
import { formatDate } from "~/utils/format";

export function BundleRequests({ view, link }: { view: BundleView; link: (trackingNumber: string) => string }) {
  const { t, i18n } = useTranslation("guides");
  const { t: ts } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  return (
    <table className="table" data-testid="bundle-requests">
      <caption>{t("bundle.requestsCaption", { count: view.requests.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("bundle.permit")}</th>
          <th scope="col">{t("bundle.number")}</th>
          <th scope="col">{t("bundle.state")}</th>
          <th scope="col">{t("bundle.due")}</th>
        </tr>
      </thead>
      <tbody>
        {view.requests.map((r) => (
          <tr key={r.trackingNumber} data-testid="bundle-request" data-status={r.status}>
            <th scope="row">
              {r.permit}
              <br />
              <span className="muted">{r.agency}</span>
            </th>
            <td>
              <Link to={link(r.trackingNumber)} className="tracking">
                {r.trackingNumber}
              </Link>
            </td>
            <td>
              <span className={`status status--${r.status}`}>{ts(`statuses.${r.status}`)}</span>
            </td>
            <td data-date={r.dueDate ?? r.cureDeadline ?? ""}>
              {r.decidedOn
                ? t("bundle.decidedOn", { date: formatDate(r.decidedOn, lng) })
                : r.dueDate
                  ? formatDate(r.dueDate, lng)
                  : r.cureDeadline
                    ? t("bundle.cureBy", { date: formatDate(r.cureDeadline, lng) })
                    : (
                        <>
                          {ts("request.clockNotStarted")} (<TimeLimitText limit={r.limit} />)
                        </>
                      )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
