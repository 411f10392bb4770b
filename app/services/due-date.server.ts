// "If you file a complete request on day D, the office must decide by …" (R8.5, R10.1, O2),
// with the explanation of the count in both languages.
import { explainDueDate, type DueExplanation } from "~/domain/deadlines";
import type { TimeLimit } from "~/domain/manual/vocabulary";
import { fixedT } from "~/i18n/i18n.server";
import type { Language } from "~/i18n/config";
import { formatDateWithWeekday } from "~/utils/format";
import { getWorkCalendar } from "./calendar.server";

export type ExplanationLine = { date: string; reason: "weekend" | "holiday"; rolledForward: boolean; text: { th: string; en: string } };

export async function computeDecisionDue(start: string | { instant: Date }, limit: TimeLimit) {
  const calendar = await getWorkCalendar();
  return explainDueDate(start, limit, calendar);
}

export async function explanationLines(explanation: DueExplanation): Promise<ExplanationLine[]> {
  const [th, en] = await Promise.all([fixedT("th", "manual"), fixedT("en", "manual")]);
  const rolled = new Set(explanation.rolledForward?.skipped.map((s) => s.date) ?? []);
  const all = [...explanation.skipped, ...(explanation.rolledForward?.skipped ?? [])];
  const unique = [...new Map(all.map((s) => [s.date, s])).values()].sort((a, b) => a.date.localeCompare(b.date));
  const line = (t: typeof th, lng: Language, s: (typeof unique)[number]) => {
    const date = formatDateWithWeekday(s.date, lng);
    const name = s.holiday ? (lng === "th" ? s.holiday.nameTh : s.holiday.nameEn) : "";
    const key = s.reason === "holiday" ? "due.skippedHoliday" : name ? "due.skippedWeekendHoliday" : "due.skippedWeekend";
    return t(key, { date, name }) + (rolled.has(s.date) ? ` ${t("due.rolledForwardNote")}` : "");
  };
  return unique.map((s) => ({ date: s.date, reason: s.reason, rolledForward: rolled.has(s.date), text: { th: line(th, "th", s), en: line(en, "en", s) } }));
}
