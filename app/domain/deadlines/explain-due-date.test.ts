import { describe, expect, it } from "vitest";
import { buildWorkCalendar } from "../calendar";
import { THAI_HOLIDAYS } from "../calendar/fixtures/thai-holidays";
import { explainDueDate } from "./explain-due-date";

const calendar = buildWorkCalendar(THAI_HOLIDAYS);
const songkran = { nameTh: "วันสงกรานต์", nameEn: "Songkran" };

describe("explainDueDate", () => {
  it("explains an office-hour limit across Songkran (T5)", () => {
    // Fri 10 Apr 16:00 + 60 min: 16:00–16:30 Friday, 08:30–09:00 Thu 16 Apr.
    const e = explainDueDate({ instant: new Date("2026-04-10T16:00:00+07:00") }, { value: 60, unit: "minutes" }, calendar);
    expect(e.dueDate).toBe("2026-04-16");
    expect(e.dueAt?.toISOString()).toBe("2026-04-16T02:00:00.000Z");
    expect(e.counted).toEqual(["2026-04-10", "2026-04-16"]);
    expect(e.skipped).toEqual([
      { date: "2026-04-11", reason: "weekend" },
      { date: "2026-04-12", reason: "weekend" },
      { date: "2026-04-13", reason: "holiday", holiday: songkran },
      { date: "2026-04-14", reason: "holiday", holiday: songkran },
      { date: "2026-04-15", reason: "holiday", holiday: songkran },
    ]);
  });

  it("does not count a day whose office hours were over before the clock started", () => {
    // Fri 6 Feb at 17:00: the clock starts Monday 9 Feb 08:30 and 60 min run out at 09:30.
    const e = explainDueDate({ instant: new Date("2026-02-06T17:00:00+07:00") }, { value: 60, unit: "minutes" }, calendar);
    expect(e.counted).toEqual(["2026-02-09"]);
    expect(e.skipped.map((s) => s.date)).toEqual(["2026-02-07", "2026-02-08"]);
  });

  it("delegates day limits and keeps the limit for display", () => {
    const e = explainDueDate("2026-04-09", { value: 5, unit: "working_days" }, calendar);
    expect(e.dueDate).toBe("2026-04-21");
    expect(e.limit).toEqual({ value: 5, unit: "working_days" });
    expect(explainDueDate("2026-04-09", { value: 30, unit: "calendar_days" }, calendar).rolledForward?.to).toBe("2026-05-12");
  });
});
