import { describe, expect, it } from "vitest";
import { THAI_HOLIDAYS } from "./fixtures/thai-holidays";
import { buildWorkCalendar } from "./work-calendar";

// The real 2026 calendar plus the fixed 2027 dates. Weekday holidays around the cases below:
// Mon 6 Apr Chakri; Mon–Wed 13–15 Apr Songkran; Mon 4 May Coronation; Mon 11 May Ploughing;
// Mon 1 Jun Visakha substitution; Wed 3 Jun Queen's Birthday; Tue–Thu 28–30 Jul; Wed 12 Aug;
// Thu 31 Dec 2026 and Fri 1 Jan 2027. Friday 1 May (Labour Day) is open (holidays.md).
const calendar = buildWorkCalendar(THAI_HOLIDAYS);

describe("working days (T2, T3)", () => {
  it.each([
    // From Thu 9 Apr: 10 Fri (1).
    ["2026-04-09", 1, "2026-04-10"],
    // The spec's example: 10 Fri (1); 11–12 weekend; 13–15 Songkran; 16 (2), 17 (3); 18–19 weekend; 20 (4), 21 (5).
    ["2026-04-09", 5, "2026-04-21"],
    // ... then 22 (6), 23 (7).
    ["2026-04-09", 7, "2026-04-23"],
    // April gives 12 (10,16,17,20–24,27–30); May: 1 (13), 4 Coronation, 5–8 (17), 11 Ploughing,
    // 12–15 (21), 18–22 (26), 25–28 (30).
    ["2026-04-09", 30, "2026-05-28"],
    // ... 29 May (31); 1 Jun substitution; 2 (32); 3 Queen's Birthday; 4–5 (34); 8–12 (39); 15–19 (44); 22 (45).
    ["2026-04-09", 45, "2026-06-22"],
    // ... 23–26 (49), 29–30 (51); Jul 1–3 (54), 6–10 (59), 13–17 (64), 20–24 (69), 27 (70);
    // 28–30 Jul holidays; 31 (71); Aug 3–7 (76), 10–11 (78); 12 Mother's Day; 13–14 (80), 17–21 (85), 24–28 (90).
    ["2026-04-09", 90, "2026-08-28"],
    // A Friday completion: Sat 4, Sun 5, Mon 6 Chakri are skipped; Tue 7 is day 1.
    ["2026-04-03", 1, "2026-04-07"],
    // Friday before Songkran: weekend then 13–15 Apr; Thu 16 is day 1.
    ["2026-04-10", 1, "2026-04-16"],
    // A Saturday completion (counter open on a Saturday): the start is day zero, Thu 16 is day 1.
    ["2026-04-11", 1, "2026-04-16"],
    // ... 16 (1), 17 (2), 20 (3), 21 (4), 22 (5).
    ["2026-04-11", 5, "2026-04-22"],
    // Completed on a holiday (Songkran Monday): 14, 15 are holidays too; Thu 16 is day 1.
    ["2026-04-13", 1, "2026-04-16"],
    // New Year: Thu 31 Dec and Fri 1 Jan are holidays, 2–3 Jan weekend; Mon 4 Jan 2027 is day 1.
    ["2026-12-30", 1, "2027-01-04"],
    // 30 Dec (1); 31, 1 holidays; 2–3 weekend; 4 (2), 5 (3), 6 (4), 7 (5).
    ["2026-12-29", 5, "2027-01-07"],
    // Visakha substitution: Sat 30, Sun 31 May, Mon 1 Jun substitution; Tue 2 Jun is day 1.
    ["2026-05-29", 1, "2026-06-02"],
    // ... Wed 3 Jun Queen's Birthday; Thu 4 is day 2.
    ["2026-05-29", 2, "2026-06-04"],
    // ... 5 (3), 8 (4), 9 (5).
    ["2026-05-29", 5, "2026-06-09"],
    // T2's own example: Monday + 5 working days with no holiday is the following Monday (10–13, 16).
    ["2026-02-09", 5, "2026-02-16"],
    // Zero days is the start itself.
    ["2026-04-11", 0, "2026-04-11"],
  ])("%s + %i working days → %s", (start, n, due) => {
    expect(calendar.addWorkingDays(start, n)).toBe(due);
    expect(calendar.countWorkingDays(start, due)).toBe(n);
  });

  it("counts working days from < d ≤ to, negative backwards", () => {
    expect(calendar.countWorkingDays("2026-04-09", "2026-04-09")).toBe(0);
    expect(calendar.countWorkingDays("2026-04-10", "2026-04-15")).toBe(0); // weekend + Songkran
    expect(calendar.countWorkingDays("2026-04-21", "2026-04-09")).toBe(-5);
    expect(calendar.countWorkingDays("2025-12-31", "2026-12-31")).toBe(261 - 20); // 52 weeks + Thu 1 Jan = 261 weekdays; all 20 holidays of 2026 fall on weekdays
  });

  it("rejects a negative or fractional count instead of guessing", () => {
    expect(() => calendar.addWorkingDays("2026-04-09", -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays("2026-04-09", 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays("2026-02-30", 1)).toThrow(RangeError);
  });
});

describe("calendar days (T2, T4)", () => {
  it.each([
    // Thu 9 Apr + 1 = Fri 10, a working day.
    ["2026-04-09", 1, "2026-04-10"],
    // + 5 = Tue 14 Songkran → 15 Songkran → Thu 16.
    ["2026-04-09", 5, "2026-04-16"],
    // + 7 = Thu 16, a working day.
    ["2026-04-09", 7, "2026-04-16"],
    // + 30 = Sat 9 May → Sun 10 → Mon 11 Ploughing → Tue 12.
    ["2026-04-09", 30, "2026-05-12"],
    // + 45 = Sun 24 May → Mon 25.
    ["2026-04-09", 45, "2026-05-25"],
    // + 90 = 21 days left in April, 31 in May, 30 in June → Wed 8 Jul, a working day.
    ["2026-04-09", 90, "2026-07-08"],
    // T4: a period ending on Saturday 7 Feb ends on Monday 9 Feb.
    ["2026-02-06", 1, "2026-02-09"],
    // T4: ending Sat 4 Apr → Sun 5 → Mon 6 Chakri → Tue 7.
    ["2026-03-28", 7, "2026-04-07"],
    // Visakha: Sun 31 May → Mon 1 Jun substitution → Tue 2 Jun.
    ["2026-05-30", 1, "2026-06-02"],
    // New Year: Thu 31 Dec → Fri 1 Jan → weekend → Mon 4 Jan 2027.
    ["2026-12-24", 7, "2027-01-04"],
    // Started on a holiday: 14 Apr, 15 Apr are holidays → Thu 16.
    ["2026-04-13", 1, "2026-04-16"],
    // Started on a Saturday: + 7 = Sat 18 → Mon 20.
    ["2026-04-11", 7, "2026-04-20"],
  ])("%s + %i calendar days → %s", (start, n, due) => {
    expect(calendar.addCalendarDays(start, n)).toBe(due);
  });
});

describe("the calendar itself (T3, T7)", () => {
  it("knows each holiday by name", () => {
    expect(calendar.isWorkingDay("2026-06-01")).toBe(false);
    expect(calendar.holidayOn("2026-06-01")).toMatchObject({ kind: "substitution", nameEn: expect.stringContaining("Visakha") });
    expect(calendar.holidayOn("2026-05-01")).toBeUndefined();
    expect(calendar.isWorkingDay("2026-05-01")).toBe(true); // Labour Day: counters open by default
    expect(calendar.isWorkingDay("2026-04-11")).toBe(false); // Saturday
  });

  it("next working day is strictly after; rolling forward keeps a working day", () => {
    expect(calendar.nextWorkingDay("2026-04-09")).toBe("2026-04-10");
    expect(calendar.nextWorkingDay("2026-04-10")).toBe("2026-04-16");
    expect(calendar.rollForward("2026-04-10")).toBe("2026-04-10");
    expect(calendar.rollForward("2026-04-11")).toBe("2026-04-16");
  });

  it("is immutable and independent of the list it was built from", () => {
    const list = [{ date: "2026-02-10", nameTh: "ทดสอบ", nameEn: "Test", kind: "special" as const }];
    const built = buildWorkCalendar(list);
    list.push({ date: "2026-02-11", nameTh: "ทดสอบ", nameEn: "Test", kind: "special" });
    list[0].date = "2026-02-12";
    expect(built.isWorkingDay("2026-02-10")).toBe(false);
    expect(built.isWorkingDay("2026-02-11")).toBe(true);
    expect(built.isWorkingDay("2026-02-12")).toBe(true);
    expect(Object.isFrozen(built)).toBe(true);
    expect(Object.isFrozen(built.holidays)).toBe(true);
  });

  it("rejects a holiday that is not a real date", () => {
    expect(() => buildWorkCalendar([{ date: "2026-02-30", nameTh: "x", nameEn: "x", kind: "special" }])).toThrow(RangeError);
  });

  it("handles holidays and dates far outside the precomputed span", () => {
    const far = buildWorkCalendar([{ date: "2150-01-05", nameTh: "x", nameEn: "x", kind: "special" }]); // a Monday
    expect(far.addWorkingDays("2150-01-02", 1)).toBe("2150-01-06"); // Fri → (weekend, Mon holiday) → Tue
    expect(buildWorkCalendar([]).addWorkingDays("1990-01-05", 1)).toBe("1990-01-08"); // Fri → Mon
  });
});
