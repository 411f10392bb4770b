import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TimeLimitText } from "~/components/permits/time-limit";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { requireRequestInScope, toRequestView } from "~/services/request-view.server";
import { env } from "~/utils/env.server";
import { formatDate } from "~/utils/format";
import { qrSvg } from "~/utils/qr.server";

// The A4 receipt handed over at the counter: what was received, the due date or the cure
// deadline, what happens next, where to complain, and a QR code to the public tracking page.
export const handle = { bare: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "request.view");
  const found = await requireRequestInScope(user, params.number);
  const [lng, t] = [await getLanguage(request), await getT(request, "staff")];
  const view = toRequestView(found, lng, { personal: false });
  const trackUrl = `${env().PUBLIC_URL.replace(/\/$/, "")}/track?number=${encodeURIComponent(view.trackingNumber)}`;
  return { view, trackUrl, qr: await qrSvg(trackUrl), title: `${t("receipt.title")} ${view.trackingNumber}` };
}

export default function Receipt() {
  const { view: r, trackUrl, qr } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  const record = r.deficiencyRecords.at(-1);
  return (
    <main className="print-sheet" id="main">
      <header className="print-header">
        <div>
          <p className="eyebrow">{r.center?.name}</p>
          <h1>{t("receipt.title")}</h1>
          <p className="tracking tracking--large" data-testid="receipt-number">
            {r.trackingNumber}
          </p>
        </div>
        <figure className="print-qr">
          <div role="img" aria-label={t("receipt.qrLabel")} dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption className="url">{trackUrl}</figcaption>
        </figure>
      </header>
      <dl className="facts">
        <dt>{t("request.permit")}</dt>
        <dd>{r.permit.name}</dd>
        <dt>{t("intake.applicantName")}</dt>
        <dd>{r.applicant.name}</dd>
        <dt>{t("request.received")}</dt>
        <dd>{formatDate(r.receivedOn, lng)}</dd>
        <dt>{t("request.totalTime")}</dt>
        <dd>
          <TimeLimitText limit={r.total} />
        </dd>
        {r.dueDate ? (
          <>
            <dt>{t("request.dueDate")}</dt>
            <dd>
              <strong>{formatDate(r.dueDate, lng)}</strong>
            </dd>
          </>
        ) : null}
        {record && !record.curedOn ? (
          <>
            <dt>{t("record.cureDeadline")}</dt>
            <dd>
              <strong>{formatDate(record.cureDeadline, lng)}</strong>
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{t("receipt.documents")}</h2>
      <ul>
        {r.checklist
          .filter((d) => d.status === "received")
          .map((d) => (
            <li key={d.id}>{d.name}</li>
          ))}
      </ul>
      <h2>{t("receipt.next")}</h2>
      <p>{r.dueDate ? t("receipt.nextAccepted", { date: formatDate(r.dueDate, lng) }) : record ? t("receipt.nextIncomplete", { date: formatDate(record.cureDeadline, lng) }) : t("receipt.nextOther")}</p>
      <h2>{t("receipt.complaints")}</h2>
      <ul>
        {r.complaintChannels.map((c, i) => (
          <li key={i}>
            <strong>{c.name}</strong>: {c.detail}
          </li>
        ))}
      </ul>
    </main>
  );
}
