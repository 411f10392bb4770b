import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  bangkokInstant,
  bangkokMinutesOfDay,
  fromDayNumber,
  isIsoDate,
  toBangkokDate,
  toDayNumber,
  weekday,
} from "./bangkok-date";

const DAY = 86_400_000;

describe("Bangkok dates (T1)", () => {
  it("an instant belongs to its UTC+7 date whatever the process time zone", () => {
    expect(toBangkokDate(new Date("2026-01-01T17:00:00Z"))).toBe("2026-01-02"); // 00:00 in Bangkok
    expect(toBangkokDate(new Date("2026-01-01T16:59:59Z"))).toBe("2026-01-01"); // 23:59:59 in Bangkok
    expect(toBangkokDate(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01");
    expect(toBangkokDate(new Date("2026-04-09T10:00:00+07:00"))).toBe("2026-04-09");
  });

  it("minutes of the Bangkok day", () => {
    expect(bangkokMinutesOfDay(new Date("2026-01-01T17:00:00Z"))).toBe(0);
    expect(bangkokMinutesOfDay(new Date("2026-01-01T16:59:59Z"))).toBe(23 * 60 + 59);
    expect(bangkokMinutesOfDay(new Date("2026-04-09T01:30:00Z"))).toBe(8 * 60 + 30);
  });

  it("a Bangkok wall-clock time is the instant 7 hours earlier in UTC", () => {
    expect(bangkokInstant("2026-01-02", "00:00").toISOString()).toBe("2026-01-01T17:00:00.000Z");
    expect(bangkokInstant("2026-04-09", "08:30").toISOString()).toBe("2026-04-09T01:30:00.000Z");
    expect(() => bangkokInstant("2026-04-09", "8:30")).toThrow(RangeError);
    expect(() => bangkokInstant("2026-04-09", "12:60")).toThrow(RangeError);
  });

  it.each([
    ["2026-04-09", true],
    ["2024-02-29", true], // leap year
    ["2000-02-29", true], // divisible by 400
    ["2026-02-30", false],
    ["2025-02-29", false],
    ["2100-02-29", false], // divisible by 100, not 400
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-1-01", false],
    ["2026-01-01T00:00", false],
    [" 2026-01-01", false],
    ["", false],
  ])("isIsoDate(%j) is %s", (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
  });

  it("rejects invalid dates instead of silently normalising them", () => {
    expect(() => toDayNumber("2026-02-30")).toThrow(RangeError);
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
  });

  it("day numbers count from 1970-01-01, a Thursday", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(toDayNumber("2026-01-01")).toBe(20_454);
    expect(weekday("1970-01-01")).toBe(4);
    expect(weekday("2026-04-09")).toBe(4); // Thursday
    expect(weekday("2026-04-11")).toBe(6); // Saturday
    expect(weekday("2026-04-12")).toBe(0); // Sunday
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("agrees with Date's UTC calendar over four centuries", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const iso = new Date(n * DAY).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
        expect(weekday(iso)).toBe(new Date(n * DAY).getUTCDay());
      }),
    );
  });

  it("toBangkokDate is the UTC date of the instant shifted by +7 hours", () => {
    const min = Date.UTC(2020, 0, 1);
    const max = Date.UTC(2035, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min, max }), (t) => {
        const shifted = new Date(t + 7 * 3_600_000);
        expect(toBangkokDate(new Date(t))).toBe(shifted.toISOString().slice(0, 10));
        expect(bangkokMinutesOfDay(new Date(t))).toBe(shifted.getUTCHours() * 60 + shifted.getUTCMinutes());
      }),
    );
  });
});
