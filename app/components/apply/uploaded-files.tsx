// The files already received for one document, each with a "Remove" button that posts the
// form it is in (intent=remove:<id>): the online application's documents page and the online
// bundle form. formNoValidate: removing a file never waits for the rest of the form.
import { useTranslation } from "react-i18next";
import { formatBytes } from "~/utils/format";

export function UploadedFiles({ files }: { files: readonly { id: string; name: string; size: number }[] }) {
  const { t, i18n } = useTranslation("apply");
  if (files.length === 0) return null;
  return (
    <ul className="file-list" aria-label={t("documents.uploaded")}>
      {files.map((f) => (
        <li key={f.id}>
          <span>
            {f.name} <span className="muted">({formatBytes(f.size, i18n.language === "en" ? "en" : "th")})</span>
          </span>
          <button type="submit" name="intent" value={`remove:${f.id}`} className="link-button" formNoValidate>
            {t("documents.remove")}
            <span className="visually-hidden"> {f.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
