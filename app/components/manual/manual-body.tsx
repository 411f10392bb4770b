import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Manual } from "~/schemas/open-data";
import type { Localized } from "~/utils/localize";
import { formatBytes, formatDate, formatNumber } from "~/utils/format";
import { TimeLimitText } from "~/components/permits/time-limit";
import { FeeAmount } from "./fee-text";
import { Paragraphs } from "./paragraphs";

export type ManualView = Localized<Manual> & { agencyPhone?: string | null };

// Every field of the OPDC template (R7.5), in template order. Shared by the web page and
// the A4 print view (R7.2) so both always show the same content. `draft` marks a version not
// yet published (the editors' preview of it).
export function ManualBody({ manual, draft = false }: { manual: ManualView; draft?: boolean }) {
  const { t, i18n } = useTranslation("manual");
  const lng = i18n.language === "en" ? "en" : "th";
  const identity = manual.documents.filter((d) => d.group === "identity");
  const other = manual.documents.filter((d) => d.group === "other");
  return (
    <>
      <section aria-labelledby="facts-heading" className="manual-section">
        <h2 id="facts-heading">{t("sections.facts")}</h2>
        <dl className="facts">
          <dt>{t("fields.processName")}</dt>
          <dd>{manual.name}</dd>
          <dt>{t("fields.agency")}</dt>
          <dd>
            {manual.agency.name}
            <br />
            <span className="muted">{manual.agency.ministry.name}</span>
          </dd>
          <dt>{t("fields.serviceType")}</dt>
          <dd>{t(`serviceTypes.${manual.serviceType}`)}</dd>
          <dt>{t("fields.kind")}</dt>
          <dd>{t(`kinds.${manual.kind}`)}</dd>
          <dt>{t("fields.laws")}</dt>
          <dd>
            <ol>
              {manual.laws.map((law, i) => (
                <li key={i}>{law}</li>
              ))}
            </ol>
          </dd>
          <dt>{t("fields.impactLevel")}</dt>
          <dd>{t(`impactLevels.${manual.impactLevel}`)}</dd>
          <dt>{t("fields.serviceArea")}</dt>
          <dd>{t(`serviceAreas.${manual.serviceArea}`)}</dd>
          <dt>{t("fields.timeLaw")}</dt>
          <dd>
            {manual.timeLaw}
            <br />
            {manual.statutoryTime.value === 0 ? (
              t("fields.noStatutoryTime")
            ) : (
              <>
                {t("fields.statutoryTime")}: <TimeLimitText limit={manual.statutoryTime} />
              </>
            )}
          </dd>
          <dt>{t("fields.statistics")}</dt>
          <dd>
            {t("fields.statisticsValue", {
              average: formatNumber(manual.statistics.average, lng),
              highest: formatNumber(manual.statistics.highest, lng),
              lowest: formatNumber(manual.statistics.lowest, lng),
            })}
          </dd>
          <dt>{t("fields.referenceName")}</dt>
          <dd>{manual.referenceName}</dd>
        </dl>
      </section>

      <section aria-labelledby="channels-heading" className="manual-section">
        <h2 id="channels-heading">{t("sections.channels")}</h2>
        <ul className="channel-list">
          {manual.channels.map((c, i) => (
            <li key={i} className="channel">
              <p className="channel__kind">{t(`channelKinds.${c.kind}`)}</p>
              <p>
                <strong>{c.place}</strong>
              </p>
              <p>
                {t("channels.hours")}: {c.hours}
              </p>
              {c.phone ? (
                <p>
                  {t("channels.phone")}: <a href={`tel:${c.phone.replace(/[^0-9+]/g, "")}`}>{c.phone}</a>
                </p>
              ) : null}
              {c.url ? (
                <p>
                  {t("channels.website")}: <span className="url">{c.url}</span>
                </p>
              ) : null}
              {c.remark ? <p className="muted">{c.remark}</p> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="criteria-heading" className="manual-section">
        <h2 id="criteria-heading">{t("sections.criteria")}</h2>
        <Paragraphs text={manual.criteria} />
        <div className="act-notes" role="note" aria-labelledby="act-notes-heading">
          <h3 id="act-notes-heading">{t("actNotes.heading")}</h3>
          <ol>
            <li>{t("actNotes.clock")}</li>
            <li>{t("actNotes.deficiency")}</li>
            <li>{t("actNotes.abandonment")}</li>
            <li>{t("actNotes.result")}</li>
            <li>{t("actNotes.delay")}</li>
          </ol>
        </div>
      </section>

      <section aria-labelledby="steps-heading" className="manual-section">
        <h2 id="steps-heading">{t("sections.steps")}</h2>
        <ol className="timeline">
          {manual.steps.map((s) => (
            <li key={s.position} className="timeline__step">
              <h3 className="timeline__title">
                <span className="timeline__number">{t("steps.number", { n: s.position })}</span> {s.title}
              </h3>
              {s.description ? <p>{s.description}</p> : null}
              <dl className="inline-facts">
                <dt>{t("steps.duration")}</dt>
                <dd>
                  <TimeLimitText limit={s.duration} />
                </dd>
                <dt>{t("steps.responsible")}</dt>
                <dd>{s.responsible}</dd>
              </dl>
              {s.remark ? <p className="muted">{s.remark}</p> : null}
            </li>
          ))}
        </ol>
        <p className="total-time">
          <strong>{t("steps.total")}:</strong> <TimeLimitText limit={manual.totalTime} />
        </p>
        <p>{manual.streamlined ? t("steps.streamlinedYes") : t("steps.streamlinedNo")}</p>
      </section>

      <section aria-labelledby="documents-heading" className="manual-section">
        <h2 id="documents-heading">{t("sections.documents")}</h2>
        {manual.noDocuments ? (
          <p>{t("documents.none")}</p>
        ) : (
          <>
            <DocumentTable id="identity" title={t("documents.identity")} documents={identity} />
            <DocumentTable id="other" title={t("documents.other")} documents={other} />
          </>
        )}
      </section>

      <section aria-labelledby="fees-heading" className="manual-section">
        <h2 id="fees-heading">{t("sections.fees")}</h2>
        {manual.noFee || manual.fees.length === 0 ? (
          <p className="no-fee">{t("fees.none")}</p>
        ) : (
          <table>
            <caption className="visually-hidden">{t("sections.fees")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("fees.description")}</th>
                <th scope="col">{t("fees.amount")}</th>
                <th scope="col">{t("fees.remark")}</th>
              </tr>
            </thead>
            <tbody>
              {manual.fees.map((f) => (
                <tr key={f.position}>
                  <td>{f.description}</td>
                  <td>
                    <FeeAmount fee={f} />
                  </td>
                  <td>{f.remark}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="complaints-heading" className="manual-section">
        <h2 id="complaints-heading">{t("sections.complaints")}</h2>
        <ol>
          {manual.complaintChannels.map((c, i) => (
            <li key={i}>
              <strong>{c.name}</strong>
              <br />
              {c.detail}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="forms-heading" className="manual-section">
        <h2 id="forms-heading">{t("sections.forms")}</h2>
        {manual.forms.length === 0 ? (
          <p>{t("forms.none")}</p>
        ) : (
          <ul>
            {manual.forms.map((f, i) => (
              <li key={i}>
                {f.code ? <span className="form-code">{f.code}</span> : null} {f.name}
                {f.file ? (
                  <>
                    {" "}
                    <a href={f.file.url} download={f.file.name} className="form-download">
                      {t("versions.download", { size: formatBytes(f.file.size, lng) })}
                      <span className="visually-hidden">: {f.name}</span>
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="remarks-heading" className="manual-section">
        <h2 id="remarks-heading">{t("sections.remarks")}</h2>
        {manual.remarks ? <Paragraphs text={manual.remarks} /> : <p>{t("remarks.none")}</p>}
      </section>

      <section aria-labelledby="publication-heading" className="manual-section">
        <h2 id="publication-heading">{t("sections.publication")}</h2>
        <dl className="facts">
          <dt>{t("publication.status")}</dt>
          <dd>
            {draft ? t("versions.draftStatus", { version: manual.version }) : t("publication.published", { version: manual.version })}
            {/* R7.4: earlier versions stay readable. */}
            {manual.version > 1 ? (
              <>
                {" · "}
                <Link to={`/permits/${manual.slug}/versions`}>{t("versions.earlier")}</Link>
              </>
            ) : null}
          </dd>
          <dt>{t("publication.date")}</dt>
          <dd>{manual.publishedAt ? <PublishedDate date={manual.publishedAt} /> : "—"}</dd>
          <dt>{t("publication.preparedBy")}</dt>
          <dd>{manual.preparedBy}</dd>
          <dt>{t("publication.approvedBy")}</dt>
          <dd>{manual.approvedBy}</dd>
          <dt>{t("publication.publishedBy")}</dt>
          <dd>{manual.publishedBy}</dd>
        </dl>
      </section>
    </>
  );
}

function PublishedDate({ date }: { date: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={date}>{formatDate(date, i18n.language === "en" ? "en" : "th")}</time>;
}

function DocumentTable({ id, title, documents }: { id: string; title: string; documents: ManualView["documents"] }) {
  const { t } = useTranslation("manual");
  return (
    <>
      <h3 id={`documents-${id}`}>{title}</h3>
      {documents.length === 0 ? (
        <p>{t("documents.noneInGroup")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`documents-${id}`} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("documents.name")}</th>
                <th scope="col">{t("documents.issuer")}</th>
                <th scope="col">{t("documents.originals")}</th>
                <th scope="col">{t("documents.copies")}</th>
                <th scope="col">{t("documents.unit")}</th>
                <th scope="col">{t("documents.condition")}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.position}>
                  <th scope="row">{d.name}</th>
                  <td>{d.issuer}</td>
                  <td>{d.originals}</td>
                  <td>{d.copies}</td>
                  <td>{t(`documentUnits.${d.unit}`)}</td>
                  <td>{d.condition ?? t("documents.always")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
