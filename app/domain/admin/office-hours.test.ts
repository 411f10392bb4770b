import { describe, expect, it } from "vitest";
import { addOfficeMinutes, buildWorkCalendar } from "~/domain/calendar";
import { bangkokInstant } from "~/domain/calendar/bangkok-date";
import { officeHoursProblems, type OfficeHoursInput } from "./office-hours";

const h = (opensAt: string, closesAt: string, lunchStart = "", lunchEnd = ""): OfficeHoursInput => ({ opensAt, closesAt, lunchStart, lunchEnd });

describe("office hours an administrator may store (T5)", () => {
  it.each<[string, OfficeHoursInput, Record<string, string>]>([
    ["the default day", h("08:30", "16:30", "12:00", "13:00"), {}],
    ["no lunch break", h("09:00", "15:00"), {}],
    ["an early, long day", h("06:00", "20:00", "11:30", "12:30"), {}],
    ["a time with one digit", h("8:30", "16:30"), { opensAt: "admin:centers.errors.time" }],
    ["24:00 is not a time of day", h("08:30", "24:00"), { closesAt: "admin:centers.errors.time" }],
    ["minutes past 59", h("08:60", "16:30"), { opensAt: "admin:centers.errors.time" }],
    ["an empty opening", h("", "16:30"), { opensAt: "admin:centers.errors.time" }],
    ["opens after it closes", h("16:30", "08:30"), { closesAt: "admin:centers.errors.closesBeforeOpens" }],
    ["opens when it closes", h("09:00", "09:00"), { closesAt: "admin:centers.errors.closesBeforeOpens" }],
    ["lunch without an end", h("08:30", "16:30", "12:00"), { lunchEnd: "admin:centers.errors.lunchBothEnds" }],
    ["lunch without a start", h("08:30", "16:30", "", "13:00"), { lunchStart: "admin:centers.errors.lunchBothEnds" }],
    ["lunch before opening", h("08:30", "16:30", "08:00", "09:00"), { lunchStart: "admin:centers.errors.lunchOutside" }],
    ["lunch at opening", h("08:30", "16:30", "08:30", "09:30"), { lunchStart: "admin:centers.errors.lunchOutside" }],
    ["lunch after closing", h("08:30", "16:30", "17:00", "18:00"), { lunchStart: "admin:centers.errors.lunchOutside" }],
    ["lunch ends at closing", h("08:30", "16:30", "15:30", "16:30"), { lunchEnd: "admin:centers.errors.lunchOutside" }],
    ["lunch ends before it starts", h("08:30", "16:30", "13:00", "12:00"), { lunchEnd: "admin:centers.errors.lunchEndsBeforeStart" }],
    ["a lunch of no length", h("08:30", "16:30", "12:00", "12:00"), { lunchEnd: "admin:centers.errors.lunchEndsBeforeStart" }],
  ])("%s", (_, hours, expected) => {
    expect(officeHoursProblems(hours)).toEqual(expected);
  });

  // Whatever passes here, the clock accepts: an edited center can never break a due date.
  it.each([h("08:30", "16:30", "12:00", "13:00"), h("09:00", "15:00"), h("00:00", "23:59", "00:01", "23:58")])("the clock counts in %o", (hours) => {
    const calendar = buildWorkCalendar([]);
    const stored = { opensAt: hours.opensAt, closesAt: hours.closesAt, lunchStart: hours.lunchStart || undefined, lunchEnd: hours.lunchEnd || undefined };
    expect(() => addOfficeMinutes(bangkokInstant("2026-04-09", "10:00"), 90, calendar, stored)).not.toThrow();
  });
});
