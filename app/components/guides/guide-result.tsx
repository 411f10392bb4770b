// A guide's result (issue 10): the permits in the order they can be obtained (each that needs
// another says so), every document once with the permits that need it, the fees together
// (a range, percentages apart) and the expected date of the last decision from today.
import { useTranslation } from "react-i18next";
import { TimeLimitText } from "~/components/permits/time-limit";
import type { PresentedDocument, PresentedResult } from "~/services/guides.server";
import { formatDate, formatNumber } from "~/utils/format";
import { Link } from "@remix-run/react";

export function GuideResultView({ result, today }: { result: PresentedResult; today: string }) {
  const { t, i18n } = useTranslation("guides");
  const lng = i18n.language === "en" ? "en" : "th";
  if (result.permits.length === 0) return <p data-testid="no-permits">{t("result.none")}</p>;
  return (
    <>
      <section aria-labelledby="permits-heading">
        <h2 id="permits-heading">{t("result.permitsHeading", { count: result.permits.length })}</h2>
        <ol className="guide-permits" data-testid="guide-permits">
          {result.permits.map((p) => (
            <li key={p.slug} data-slug={p.slug}>
              <h3>
                <Link to={`/permits/${p.slug}`}>{p.name}</Link>
              </h3>
              <p className="muted">{p.agency}</p>
              {p.after.length > 0 ? <p className="guide-after">{t("result.after", { permits: p.after.join(t("result.listSeparator")) })}</p> : null}
              <dl className="facts">
                <dt>{t("result.time")}</dt>
                <dd>
                  <TimeLimitText limit={p.total} />
                </dd>
                <dt>{t("result.expected")}</dt>
                <dd data-testid={`expected-${p.slug}`} data-date={p.expectedOn}>
                  {formatDate(p.expectedOn, lng)}
                </dd>
              </dl>
            </li>
          ))}
        </ol>
        {result.unavailable.length > 0 ? <p className="warning">{t("result.unavailable", { count: result.unavailable.length })}</p> : null}
      </section>

      <section aria-labelledby="last-heading">
        <h2 id="last-heading">{t("result.lastHeading")}</h2>
        <p className="lead" data-testid="last-decision" data-date={result.lastDecisionOn ?? ""}>
          {result.lastDecisionOn ? t("result.last", { date: formatDate(result.lastDecisionOn, lng), today: formatDate(today, lng) }) : "—"}
        </p>
        <p className="hint">{t("result.lastHint")}</p>
      </section>

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t("result.documentsHeading", { count: result.documents.length })}</h2>
        <p className="hint">{t("result.documentsHint")}</p>
        <DocumentTable documents={result.documents} />
      </section>

      <section aria-labelledby="fees-heading">
        <h2 id="fees-heading">{t("result.feesHeading")}</h2>
        <p className="lead" data-testid="fee-total">
          {result.fees.exact ? t("result.feeExact", { amount: formatNumber(result.fees.min, lng) }) : t("result.feeRange", { min: formatNumber(result.fees.min, lng), max: formatNumber(result.fees.max, lng) })}
        </p>
        {result.fees.percentages.map((f, i) => (
          <p key={i}>{t("result.feePercent", { percent: formatNumber(f.percent, lng), description: f.description, permit: f.permit })}</p>
        ))}
        {result.fees.free.length > 0 ? <p>{t("result.feeFree", { permits: result.fees.free.join(t("result.listSeparator")) })}</p> : null}
        <table className="table">
          <caption className="visually-hidden">{t("result.feesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("result.permit")}</th>
              <th scope="col">{t("result.fee")}</th>
              <th scope="col">{t("result.amount")}</th>
            </tr>
          </thead>
          <tbody>
            {result.permits.flatMap((p) =>
              p.fees.length === 0
                ? [
                    <tr key={p.slug}>
                      <th scope="row">{p.name}</th>
                      <td colSpan={2}>{t("result.noFee")}</td>
                    </tr>,
                  ]
                : p.fees.map((f, i) => (
                    <tr key={`${p.slug}-${i}`}>
                      <th scope="row">{p.name}</th>
                      <td>{f.description}</td>
                      <td>
                        {f.kind === "fixed"
                          ? t("result.feeExact", { amount: formatNumber(f.amount, lng) })
                          : f.kind === "range"
                            ? t("result.feeRange", { min: formatNumber(f.min, lng), max: formatNumber(f.max, lng) })
                            : t("result.percent", { percent: formatNumber(f.percent, lng) })}
                      </td>
                    </tr>
                  )),
            )}
          </tbody>
        </table>
        <p className="hint">{t("result.feesHint")}</p>
      </section>
    </>
  );
}

export function DocumentTable({ documents }: { documents: PresentedDocument[] }) {
  const { t } = useTranslation("guides");
  return (
    <table className="table" data-testid="guide-documents">
      <caption className="visually-hidden">{t("result.documentsCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("result.document")}</th>
          <th scope="col">{t("result.quantity")}</th>
          <th scope="col">{t("result.neededFor")}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => (
          <tr key={d.id}>
            <th scope="row">
              {d.name}
              {d.issuer && d.issuer !== "-" ? <span className="muted"> · {d.issuer}</span> : null}
              {d.condition ? <span className="checklist__condition"> — {d.condition}</span> : null}
            </th>
            <td>{t("result.copies", { originals: d.originals, copies: d.copies })}</td>
            <td>{d.usedBy.join(t("result.listSeparator"))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
