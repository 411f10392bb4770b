import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { requireRequestInScope, toRequestView } from "~/services/request-view.server";
import { formatDate } from "~/utils/format";

// R8.2: the deficiency record in two copies — the office keeps the original, the applicant
// gets a copy. Thai by default; ?lng=en prints it in English.
export const handle = { bare: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "request.view");
  const found = await requireRequestInScope(user, params.number);
  const [lng, t] = [await getLanguage(request), await getT(request, "staff")];
  const view = toRequestView(found, lng, { personal: false });
  const record = view.deficiencyRecords.at(-1);
  if (!record) throw new Response("Not found", { status: 404 });
  return { view, record, title: `${t("record.heading")} ${view.trackingNumber}` };
}

export default function DeficiencyRecordPrint() {
  const { view: r, record } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  return (
    <main className="print-sheet" id="main">
      {(["office", "applicant"] as const).map((copy) => (
        <section key={copy} className="record-copy" aria-labelledby={`copy-${copy}`}>
          <p className="copy-label">{t(`record.copy.${copy}`)}</p>
          <h1 id={`copy-${copy}`}>{t("record.printTitle")}</h1>
          <p>{t("record.printLead")}</p>
          <dl className="facts">
            <dt>{t("list.tracking")}</dt>
            <dd>{r.trackingNumber}</dd>
            <dt>{t("request.permit")}</dt>
            <dd>{r.permit.name}</dd>
            <dt>{t("intake.applicantName")}</dt>
            <dd>{r.applicant.name}</dd>
            <dt>{t("record.issuedOn")}</dt>
            <dd>{formatDate(record.issuedOn, lng)}</dd>
            <dt>{t("record.cureDeadline")}</dt>
            <dd>
              <strong>{formatDate(record.cureDeadline, lng)}</strong>
            </dd>
          </dl>
          <h2>{t("record.items")}</h2>
          <ol>
            {record.items.map((i) => (
              <li key={i.id}>
                {i.name} — {t(`checkStatuses.${i.problem}`)}
                {i.note ? `: ${i.note}` : ""}
              </li>
            ))}
          </ol>
          <p>{t("record.legal")}</p>
          <div className="signature-row">
            {(["officer", "applicant"] as const).map((who) => {
              const image = who === "officer" ? record.officerSignature : record.applicantSignature;
              return (
                <figure key={who} className="signature-box">
                  {image ? <img src={image} alt={t(`record.signatureOf.${who}`)} /> : <div className="signature-line" aria-hidden="true" />}
                  <figcaption>{t(`record.signatureOf.${who}`)}</figcaption>
                </figure>
              );
            })}
          </div>
          {record.signedOnPaper ? <p className="muted">{t("record.signedOnPaper")}</p> : null}
        </section>
      ))}
    </main>
  );
}
