// One bundle (issue 10) for staff: the A4 receipt handed over at the counter — one bundle
// number, and each permit's own number, agency, state and due date (or cure deadline) — with
// a QR code to the public tracking page. Officers see only their agency's request in it.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BundleRequests } from "~/components/guides/bundle-requests";
import { can } from "~/domain/auth/permissions";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { requireBundleInScope } from "~/services/bundle-view.server";
import { env } from "~/utils/env.server";
import { formatDate } from "~/utils/format";
import { qrSvg } from "~/utils/qr.server";

export const handle = { bare: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "request.view");
  const lng = await getLanguage(request);
  const { view, applicantName } = await requireBundleInScope(user, params.number, lng);
  const t = await getT(request, "guides");
  const trackUrl = `${env().PUBLIC_URL.replace(/\/$/, "")}/track?number=${encodeURIComponent(view.trackingNumber)}`;
  return {
    view,
    // O4: the applicant's name on the receipt only for the roles that handle the request.
    applicantName: can(user.role, "request.viewPersonalData") ? applicantName : null,
    trackUrl,
    qr: await qrSvg(trackUrl),
    title: `${t("bundle.receiptTitle")} ${view.trackingNumber}`,
  };
}

export default function BundleReceipt() {
  const { view, applicantName, trackUrl, qr } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("guides");
  const lng = i18n.language === "en" ? "en" : "th";
  return (
    <main className="print-sheet" id="main">
      <p className="no-print">
        <Link to="/staff">{t("bundle.backToStaff")}</Link>
      </p>
      <header className="print-header">
        <div>
          <p className="eyebrow">{view.center?.name}</p>
          <h1>{t("bundle.receiptTitle")}</h1>
          <p className="tracking tracking--large" data-testid="bundle-number">
            {view.trackingNumber}
          </p>
          <p>{view.guide.title}</p>
        </div>
        <figure className="print-qr">
          <div role="img" aria-label={t("bundle.qrLabel")} dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption className="url">{trackUrl}</figcaption>
        </figure>
      </header>
      <dl className="facts">
        {applicantName ? (
          <>
            <dt>{t("bundle.applicant")}</dt>
            <dd>{applicantName}</dd>
          </>
        ) : null}
        <dt>{t("bundle.received")}</dt>
        <dd>{formatDate(view.receivedOn, lng)}</dd>
      </dl>
      {view.requests.length < view.total ? <p className="hint">{t("bundle.partOf", { shown: view.requests.length, total: view.total })}</p> : null}
      <BundleRequests view={view} link={(n) => `/staff/requests/${n}`} />
      <p>{t("bundle.oneNumber")}</p>
      <p className="no-print">
        <a href={`/staff/bundles/${view.trackingNumber}`}>{t("bundle.printHint")}</a>
      </p>
    </main>
  );
}
