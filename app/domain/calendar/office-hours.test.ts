import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { THAI_HOLIDAYS } from "./fixtures/thai-holidays";
import { addOfficeMinutes, type OfficeHours } from "./office-hours";
import { buildWorkCalendar } from "./work-calendar";

const calendar = buildWorkCalendar(THAI_HOLIDAYS);
const at = (bangkok: string) => new Date(`${bangkok}+07:00`);

// T5, default office day: 08:30–12:00 (3½ h) and 13:00–16:30 (3½ h) = 7 hours.
describe("office minutes (T5)", () => {
  it.each([
    // Fri 6 Feb 16:00: 30 min until closing; Mon 9 Feb 08:30 + 30 min.
    ["2026-02-06T16:00", 60, "2026-02-09T09:00"],
    // Fri 10 Apr 16:00: 30 min left; weekend and Songkran 13–15; Thu 16 Apr 08:30 + 30 min.
    ["2026-04-10T16:00", 60, "2026-04-16T09:00"],
    // Wed 30 Dec 16:00: 30 min; 31 Dec, 1 Jan holidays, weekend; Mon 4 Jan 2027 09:00.
    ["2026-12-30T16:00", 60, "2027-01-04T09:00"],
    // 11:30: 30 min to 12:00, lunch is not counted, 13:00–13:30.
    ["2026-02-10T11:30", 60, "2026-02-10T13:30"],
    // Started in the lunch break: the clock starts at 13:00.
    ["2026-02-10T12:15", 30, "2026-02-10T13:30"],
    // Before opening: starts at 08:30.
    ["2026-02-10T07:00", 60, "2026-02-10T09:30"],
    // After closing on Monday: starts at Tuesday's opening.
    ["2026-02-09T17:00", 60, "2026-02-10T09:30"],
    // On a Saturday: starts at Monday's opening.
    ["2026-02-07T10:00", 60, "2026-02-09T09:30"],
    // On a holiday (Mon 1 Jun substitution): starts Tue 2 Jun 08:30.
    ["2026-06-01T10:00", 60, "2026-06-02T09:30"],
    // 3 hours from 10:00: 10–12 (2 h), 13:00–14:00.
    ["2026-02-09T10:00", 180, "2026-02-09T14:00"],
    // A full 7-hour day from opening runs out exactly at closing, the same day.
    ["2026-02-09T08:30", 420, "2026-02-09T16:30"],
    // 3½ hours from opening runs out exactly at lunch.
    ["2026-02-09T08:30", 210, "2026-02-09T12:00"],
    // 8 hours: the whole Monday (7 h) and Tuesday 08:30–09:30.
    ["2026-02-09T08:30", 480, "2026-02-10T09:30"],
    // 24 hours from Fri 3 Apr 10:00: 5½ h on Friday; Mon 6 Chakri; Tue 7 and Wed 8 (14 h);
    // 4½ h on Thu 9: 08:30–12:00 and 13:00–14:00.
    ["2026-04-03T10:00", 24 * 60, "2026-04-09T14:00"],
    // Zero minutes in the lunch break: the clock's start is 13:00.
    ["2026-02-10T12:15", 0, "2026-02-10T13:00"],
    // Zero minutes outside hours: the clock's start, i.e. the next opening.
    ["2026-02-07T10:00", 0, "2026-02-09T08:30"],
  ])("from %s, %i minutes → %s", (start, minutes, end) => {
    const due = addOfficeMinutes(at(start), minutes, calendar);
    expect(due.instant.toISOString()).toBe(at(end).toISOString());
    expect(due.date).toBe(end.slice(0, 10));
  });

  it("uses per-center hours when given (no lunch break, 09:00–15:00)", () => {
    const hours = { opensAt: "09:00", closesAt: "15:00" };
    // 14:30 + 60 min: 30 min today, Tuesday 09:00–09:30.
    expect(addOfficeMinutes(at("2026-02-09T14:30"), 60, calendar, hours).instant).toEqual(at("2026-02-10T09:30"));
  });

  it("rejects hours out of order", () => {
    expect(() => addOfficeMinutes(at("2026-02-09T10:00"), 60, calendar, { opensAt: "16:30", closesAt: "08:30" })).toThrow(RangeError);
    expect(() => addOfficeMinutes(at("2026-02-09T10:00"), 60, calendar, { opensAt: "08:30", closesAt: "16:30", lunchStart: "12:00" })).toThrow(RangeError);
    expect(() => addOfficeMinutes(at("2026-02-09T10:00"), -1, calendar)).toThrow(RangeError);
  });
});

// Reference: tick minute by minute, counting the minutes during which the office is open.
function naiveOfficeMinutes(start: Date, minutes: number, hours: OfficeHours): Date {
  const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  const open = (t: number) => {
    const local = new Date(t + 7 * 3_600_000);
    const date = local.toISOString().slice(0, 10);
    const m = local.getUTCHours() * 60 + local.getUTCMinutes();
    const inLunch = hours.lunchStart !== undefined && m >= toMin(hours.lunchStart) && m < toMin(hours.lunchEnd!);
    return calendar.isWorkingDay(date) && m >= toMin(hours.opensAt) && m < toMin(hours.closesAt) && !inLunch;
  };
  let t = start.getTime();
  while (!open(t)) t += 60_000; // the clock starts at the first open minute
  for (let left = minutes; left > 0; t += 60_000) if (open(t)) left--;
  return new Date(t);
}

describe("office minutes equal a minute-by-minute reference", () => {
  const minuteIn2026 = fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2027, 0, 10) / 60_000 });
  it.each([
    ["default hours", { opensAt: "08:30", closesAt: "16:30", lunchStart: "12:00", lunchEnd: "13:00" }],
    ["no lunch break", { opensAt: "09:00", closesAt: "15:00" }],
  ])("%s", (_, hours) => {
    fc.assert(
      fc.property(minuteIn2026, fc.integer({ min: 1, max: 3000 }), (startMinute, minutes) => {
        const start = new Date(startMinute * 60_000);
        expect(addOfficeMinutes(start, minutes, calendar, hours).instant.toISOString()).toBe(
          naiveOfficeMinutes(start, minutes, hours).toISOString(),
        );
      }),
      { numRuns: 200 },
    );
  });
});
