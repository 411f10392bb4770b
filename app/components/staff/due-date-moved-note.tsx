// The note of a "due_date_moved" event in the reader's language (T7, O1): old → new, because
// which holiday was added or removed.
import { useTranslation } from "react-i18next";
import type { MoveNote } from "~/domain/holidays/move-note";
import { formatDate } from "~/utils/format";

export function DueDateMovedNote({ note }: { note: MoveNote }) {
  const { t, i18n } = useTranslation("holidays");
  const lng = i18n.language === "en" ? "en" : "th";
  const d = (date: string) => formatDate(date, lng);
  const what = [
    note.due ? t("moved.due", { from: d(note.due.from), to: d(note.due.to) }) : null,
    note.resultNotice ? t("moved.resultNotice", { from: d(note.resultNotice.from), to: d(note.resultNotice.to) }) : null,
    ...(note.steps ?? []).map((s) => t("moved.step", { position: s.position, from: d(s.from), to: d(s.to) })),
  ].filter(Boolean);
  const why = note.why.map((c) => t(`moved.${c.change}`, { date: d(c.date), name: lng === "th" ? c.nameTh : c.nameEn }));
  if (note.more) why.push(t("moved.more", { count: note.more }));
  return (
    <span data-testid="due-date-moved">
      {what.join("; ")} {t("moved.because")} {why.join("; ")}
    </span>
  );
}
