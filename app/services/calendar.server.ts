// The working calendar the clock uses, built once per holiday set (T3) and rebuilt when an
// administrator changes the holidays: the cache key is the holiday rows themselves.
import { buildWorkCalendar, type Holiday, type WorkCalendar } from "~/domain/calendar";
import type { HolidayKind } from "~/domain/manual/vocabulary";
import { listHolidays } from "~/models/holiday.server";
import { memo } from "~/utils/memo.server";

let cached: { key: string; calendar: WorkCalendar } | undefined;
// The holiday rows are re-read at most every few seconds (T7: a change reaches the clock of
// every process within that time; the administrator's own process clears it at once).
const holidayRows = memo<Awaited<ReturnType<typeof listHolidays>>>(5_000, 1);
export const forgetHolidays = () => holidayRows.clear();

export async function getWorkCalendar(): Promise<WorkCalendar> {
  const rows = await holidayRows.get("all", () => listHolidays());
  const key = rows.map((h) => `${h.date}|${h.kind}|${h.nameTh}|${h.nameEn}`).join("\n");
  if (cached?.key !== key) {
    const holidays: Holiday[] = rows.map((h) => ({ ...h, kind: h.kind as HolidayKind }));
    cached = { key, calendar: buildWorkCalendar(holidays) };
  }
  return cached.calendar;
}
