// The changes between two versions of a manual (R7.4), for staff and for the public. Removed
// text is <del>, added text <ins>, and every change also says in words what it is, so colour
// and strike-through are never the only signal (WCAG 1.4.1).
import { useTranslation } from "react-i18next";
import { TimeLimitText } from "~/components/permits/time-limit";
import type { DiffValue, FieldChange, ListName, ManualDiff, RowChange } from "~/domain/manual/diff";
import type { TextSegment } from "~/domain/manual/text-diff";
import { formatBytes, formatNumber } from "~/utils/format";

// Closed vocabularies whose labels the manual namespace already has.
const VOCABULARY: Record<string, string> = {
  "fields.serviceType": "serviceTypes",
  "fields.impactLevel": "impactLevels",
  "fields.serviceArea": "serviceAreas",
  "channels.kind": "channelKinds",
  "documents.unit": "documentUnits",
  // The editor's labels; a value without one is shown as stored.
  "steps.kind": "editor:stepKinds",
  "documents.group": "editor:documentGroups",
  "fees.kind": "editor:feeKinds",
};

// Long texts changed in part show which words changed, each marked and labelled.
function WordChanges({ words, side }: { words: TextSegment[]; side: "before" | "after" }) {
  const { t } = useTranslation("manual");
  return (
    <>
      {words.map((s, i) =>
        s.kind === "same" ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === "removed" && side === "before" ? (
          <del key={i}>
            <span className="visually-hidden">[{t("versions.diff.removed")}: </span>
            {s.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : s.kind === "added" && side === "after" ? (
          <ins key={i}>
            <span className="visually-hidden">[{t("versions.diff.added")}: </span>
            {s.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : null,
      )}
    </>
  );
}

function Value({ value, vocabulary }: { value: DiffValue; vocabulary?: string }) {
  const { t, i18n } = useTranslation("manual");
  const lng = i18n.language === "en" ? "en" : "th";
  if (value === null || value === "") return <>{t("versions.diff.empty")}</>;
  if (typeof value === "boolean") return <>{value ? t("versions.diff.yes") : t("versions.diff.no")}</>;
  if (typeof value === "number") return <>{formatNumber(value, lng)}</>;
  if (typeof value === "string") return <>{vocabulary ? t(`${vocabulary}.${value}`, { defaultValue: value }) : value}</>;
  if ("unit" in value) return <TimeLimitText limit={value} />;
  return <>{t("versions.diff.fileValue", { name: value.name, size: formatBytes(value.size, lng) })}</>;
}

function FieldName({ change }: { change: FieldChange }) {
  const { t } = useTranslation("manual");
  return (
    <>
      {t(`versions.diff.fields.${change.field}`)}
      {change.lang ? <span className="diff-lang"> ({t(`versions.diff.lang.${change.lang}`)})</span> : null}
    </>
  );
}

function ChangeTable({ changes, scope }: { changes: FieldChange[]; scope: string }) {
  const { t } = useTranslation("manual");
  return (
    <div className="table-scroll">
      <table className="diff-table">
        <thead>
          <tr>
            <th scope="col">{t("versions.diff.field")}</th>
            <th scope="col">{t("versions.diff.before")}</th>
            <th scope="col">{t("versions.diff.after")}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={`${c.field}.${c.lang}`}>
              <th scope="row">
                <FieldName change={c} />
              </th>
              {c.words ? (
                <>
                  <td>
                    <WordChanges words={c.words} side="before" />
                  </td>
                  <td>
                    <WordChanges words={c.words} side="after" />
                  </td>
                </>
              ) : (
                <>
                  <td>
                    <span className="visually-hidden">{t("versions.diff.removed")}: </span>
                    <del>
                      <Value value={c.before} vocabulary={VOCABULARY[`${scope}.${c.field}`]} />
                    </del>
                  </td>
                  <td>
                    <span className="visually-hidden">{t("versions.diff.added")}: </span>
                    <ins>
                      <Value value={c.after} vocabulary={VOCABULARY[`${scope}.${c.field}`]} />
                    </ins>
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// A whole row added or removed: each of its fields, all inserted or all deleted.
function WholeRow({ change, list }: { change: Extract<RowChange, { kind: "added" | "removed" }>; list: ListName }) {
  const Mark = change.kind === "added" ? "ins" : "del";
  return (
    <dl className="diff-row">
      {change.row.map((c) => (
        <div key={`${c.field}.${c.lang}`}>
          <dt>
            <FieldName change={c} />
          </dt>
          <dd>
            <Mark>
              <Value value={change.kind === "added" ? c.after : c.before} vocabulary={VOCABULARY[`${list}.${c.field}`]} />
            </Mark>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function RowChangeItem({ change, list }: { change: RowChange; list: ListName }) {
  const { t, i18n } = useTranslation("manual");
  const label = (i18n.language === "en" ? change.label.en : change.label.th) || change.label.th;
  const what =
    change.kind === "added"
      ? t("versions.diff.rowAdded", { to: change.to })
      : change.kind === "removed"
        ? t("versions.diff.rowRemoved", { from: change.from })
        : change.kind === "moved"
          ? t("versions.diff.rowMoved", { from: change.from, to: change.to })
          : t("versions.diff.rowChanged", { to: change.to });
  return (
    <li className={`diff-item diff-item--${change.kind}`}>
      <p className="diff-item__what">
        <strong>{what}:</strong> {label}
      </p>
      {change.kind === "added" || change.kind === "removed" ? (
        <WholeRow change={change} list={list} />
      ) : change.fields.length > 0 ? (
        <ChangeTable changes={change.fields} scope={list} />
      ) : null}
    </li>
  );
}

export function ManualDiffView({ diff, from, to }: { diff: ManualDiff; from: number; to: number }) {
  const { t } = useTranslation("manual");
  return (
    <section aria-labelledby="diff-heading" className="manual-diff">
      <h2 id="diff-heading">{t("versions.diff.heading", { from, to })}</h2>
      {from === to ? <p>{t("versions.diff.same")}</p> : diff.identical ? <p>{t("versions.diff.identical")}</p> : null}
      {diff.fields.length > 0 ? (
        <>
          <h3>{t("versions.diff.fieldsHeading")}</h3>
          <ChangeTable changes={diff.fields} scope="fields" />
        </>
      ) : null}
      {diff.lists.map((l) => (
        <div key={l.list}>
          <h3>{t(`versions.diff.lists.${l.list}`)}</h3>
          <ol className="diff-list">
            {l.changes.map((c, i) => (
              <RowChangeItem key={i} change={c} list={l.list} />
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
