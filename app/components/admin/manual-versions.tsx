// The pieces of the version pages (R7.4): where a version stands, the list of versions, and
// the GET form that picks two versions to compare (works without JavaScript).
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { VersionStanding, VersionSummary } from "~/domain/manual/versions";
import { formatDate } from "~/utils/format";

function useLng() {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? "en" : "th";
}

export function VersionBanner(props: { standing: VersionStanding; version: number; currentUrl: string; keeps?: boolean }) {
  const { t } = useTranslation("manual");
  const lng = useLng();
  const { standing, version } = props;
  const date = "publishedAt" in standing && standing.publishedAt ? formatDate(standing.publishedAt, lng) : "—";
  return (
    <aside className={`version-banner version-banner--${standing.kind}`} aria-label={t("versions.banner.label")} data-testid="version-banner">
      {standing.kind === "superseded" ? (
        <>
          <p>
            <strong>{t("versions.banner.notInForce")}</strong>{" "}
            {standing.by !== null ? t("versions.banner.superseded", { version, date, by: standing.by }) : null}
          </p>
          {props.keeps ? <p>{t("versions.banner.keeps")}</p> : null}
          <p>
            <Link to={props.currentUrl}>{t("versions.banner.seeCurrent")}</Link>
          </p>
        </>
      ) : standing.kind === "in_force" ? (
        <p>{t("versions.banner.inForce", { version, date })}</p>
      ) : (
        <p>
          <strong>{t("versions.banner.draft", { version })}</strong>
        </p>
      )}
    </aside>
  );
}

// Versions newest first, each linking to its page; the one shown here is marked, not linked.
export function VersionHistory(props: { versions: VersionSummary[]; currentVersionId: string | null; shown?: number; hrefOf: (version: number) => string }) {
  const { t } = useTranslation("manual");
  const lng = useLng();
  return (
    <ol className="version-history" reversed>
      {props.versions.map((v) => {
        const name = t("versions.history.version", { version: v.version });
        const facts = [
          v.publishedAt ? t("versions.history.publishedOn", { date: formatDate(v.publishedAt, lng) }) : null,
          v.status !== "published" ? t("versions.history.draft") : null,
          v.id === props.currentVersionId ? t("versions.history.inForce") : null,
        ].filter(Boolean);
        return (
          <li key={v.id}>
            {v.version === props.shown ? (
              <strong aria-current="page">{name}</strong>
            ) : (
              <Link to={props.hrefOf(v.version)}>{name}</Link>
            )}
            {facts.length ? <span className="muted"> · {facts.join(" · ")}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

// Plain GET form: the URL carries ?from=&to=, so a comparison can be bookmarked and shared.
export function ComparePicker(props: { versions: VersionSummary[]; from: number; to: number; action: string }) {
  const { t } = useTranslation("manual");
  const lng = useLng();
  const option = (v: VersionSummary) =>
    v.status === "published"
      ? t("versions.compare.option", { version: v.version, date: v.publishedAt ? formatDate(v.publishedAt, lng) : "—" })
      : t("versions.compare.optionDraft", { version: v.version });
  return (
    <Form method="get" action={props.action} className="compare-picker" preventScrollReset>
      <fieldset>
        <legend>{t("versions.compare.heading")}</legend>
        <div className="form-field">
          <label htmlFor="compare-from">{t("versions.compare.from")}</label>
          <select id="compare-from" name="from" defaultValue={props.from}>
            {props.versions.map((v) => (
              <option key={v.id} value={v.version}>
                {option(v)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="compare-to">{t("versions.compare.to")}</label>
          <select id="compare-to" name="to" defaultValue={props.to}>
            {props.versions.map((v) => (
              <option key={v.id} value={v.version}>
                {option(v)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("versions.compare.submit")}</button>
      </fieldset>
    </Form>
  );
}
