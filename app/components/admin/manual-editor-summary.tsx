// The manual editor's error summary: each error names its field ("Step 2 — Time unit") and
// links to it, so a long form's problems can be found and fixed one by one (WCAG 3.3.1).
import { useTranslation } from "react-i18next";
import { EDITOR_LISTS } from "~/domain/manual/editor-state";

export function useFieldLabel() {
  const { t } = useTranslation("editor");
  return (path: string) => {
    const [head, index, field] = path.split(".");
    if ((EDITOR_LISTS as readonly string[]).includes(head)) {
      const list = t(`lists.${head}.legend`);
      if (index === undefined) return list;
      const row = t(`lists.${head}.row`, { n: Number(index) + 1 });
      return field ? `${row} — ${t(`lists.${head}.fields.${fieldKey(field)}`)}${langOf(field, t)}` : row;
    }
    return `${t(`fields.${fieldKey(head)}`)}${langOf(head, t)}`;
  };
}

// "titleTh" → "title"; the language is said separately.
const fieldKey = (field: string) => field.replace(/(Th|En)$/, "");
function langOf(field: string, t: (k: string) => string) {
  return field.endsWith("Th") ? ` (${t("lang.thai")})` : field.endsWith("En") ? ` (${t("lang.english")})` : "";
}

export function EditorErrorSummary({ errors }: { errors: Record<string, string> }) {
  const { t } = useTranslation("editor");
  const label = useFieldLabel();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" id="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{t("errors.summary", { count: entries.length })}</h2>
      <ul>
        {entries.map(([name, key]) => (
          <li key={name}>
            <a href={`#${name}`}>
              {label(name)}: {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
