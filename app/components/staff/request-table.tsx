import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";

export type RequestRow = {
  trackingNumber: string;
  status: string;
  applicantName: string;
  maskedId: string;
  permit: string;
  receivedOn: string;
  dueDate: string | null;
  cureDeadline: string | null;
  chip?: { state: "on_time" | "due_soon" | "overdue"; workingDays: number } | null;
};

// Lists never show a full national ID, phone or address (O4).
export function RequestTable({ rows, caption }: { rows: RequestRow[]; caption: string }) {
  const { t, i18n } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  if (rows.length === 0) return <p>{t("list.empty")}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("list.tracking")}</th>
            <th scope="col">{t("list.permit")}</th>
            <th scope="col">{t("list.applicant")}</th>
            <th scope="col">{t("list.status")}</th>
            <th scope="col">{t("list.received")}</th>
            <th scope="col">{t("list.deadline")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.trackingNumber}>
              <th scope="row">
                <Link to={`/staff/requests/${r.trackingNumber}`}>{r.trackingNumber}</Link>
              </th>
              <td>{r.permit}</td>
              <td>
                {r.applicantName}
                <br />
                <span className="muted">{r.maskedId}</span>
              </td>
              <td>
                <span className={`status status--${r.status}`}>{t(`statuses.${r.status}`)}</span>
              </td>
              <td>{formatDate(r.receivedOn, lng)}</td>
              <td>
                {r.dueDate
                  ? t("list.dueOn", { date: formatDate(r.dueDate, lng) })
                  : r.cureDeadline
                    ? t("list.cureBy", { date: formatDate(r.cureDeadline, lng) })
                    : "—"}
                {r.chip ? (
                  <>
                    <br />
                    <span className={`chip chip--${r.chip.state}`} data-testid="deadline-chip">
                      {t(`queue.chip.${r.chip.state}`, { count: r.chip.workingDays })}
                    </span>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
