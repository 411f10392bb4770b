import { describe, expect, it } from "vitest";
import { buildWorkCalendar } from "../calendar";
import { THAI_HOLIDAYS } from "../calendar/fixtures/thai-holidays";
import {
  medianWorkingDays,
  mediansByPermit,
  monthlyTotals,
  statisticsRows,
  weightedMedian,
  windowStatistics,
  type DecisionPair,
  type MonthlyCount,
} from "./aggregate";

const calendar = buildWorkCalendar(THAI_HOLIDAYS);
const v = (value: number, weight = 1) => ({ value, weight });

describe("weighted median", () => {
  it.each([
    [[], null],
    [[v(7)], 7],
    [[v(1), v(9), v(3)], 3],
    [[v(1), v(3), v(9), v(11)], 6],
    [[v(2, 3), v(10, 1)], 2],
    [[v(2, 2), v(10, 2)], 6],
    [[v(10, 5), v(1, 4)], 10],
    [[v(5, 0), v(1, 1)], 1],
    [[v(4, 1), v(0, 2), v(8, 3)], 6],
  ])("%j → %s", (items, expected) => {
    expect(weightedMedian(items)).toBe(expected);
  });

  it("equals the plain median of the expanded list", () => {
    const items = [v(3, 4), v(0, 1), v(12, 2), v(5, 3)];
    const expanded = items.flatMap((i) => Array(i.weight).fill(i.value) as number[]).sort((a, b) => a - b);
    const plain = (expanded[(expanded.length - 1) >> 1] + expanded[expanded.length >> 1]) / 2;
    expect(weightedMedian(items)).toBe(plain);
  });
});

describe("working days from completion to decision (T2, T3)", () => {
  // Complete on Thu 9 Apr 2026; the weekend of 11–12 and Songkran 13–15 do not count.
  it.each([
    ["2026-04-09", 0],
    ["2026-04-10", 1],
    ["2026-04-16", 2],
    ["2026-04-20", 4],
    // A decision dated before completion is a data error, counted as same-day.
    ["2026-04-08", 0],
  ])("decided %s → %i working days", (decidedOn, days) => {
    expect(medianWorkingDays([{ completeOn: "2026-04-09", decidedOn, count: 1 }], calendar)).toEqual({ median: days, basis: 1 });
  });

  it("weights each pair of days by its count", () => {
    const pairs = [
      { completeOn: "2026-04-09", decidedOn: "2026-04-10", count: 3 }, // 1
      { completeOn: "2026-04-09", decidedOn: "2026-04-20", count: 2 }, // 4
      { completeOn: "2026-04-01", decidedOn: "2026-04-30", count: 2 }, // 17
    ];
    expect(medianWorkingDays(pairs, calendar)).toEqual({ median: 4, basis: 7 });
  });
});

const count = (permitId: string, month: string, received: number, decided: number, decidedOnTime: number): MonthlyCount => ({
  permitId,
  month,
  received,
  decided,
  decidedOnTime,
});
const pair = (permitId: string, month: string, completeOn: string, decidedOn: string, n: number): DecisionPair => ({
  permitId,
  month,
  completeOn,
  decidedOn,
  count: n,
});

describe("rows per permit and month", () => {
  const counts = [
    count("p2", "2025-01", 3, 3, 3),
    count("p1", "2025-02", 20, 8, 6),
    count("p1", "2025-01", 12, 10, 9),
    count("p1", "2025-03", 0, 0, 0),
  ];
  const pairs = [
    pair("p1", "2025-01", "2025-01-06", "2025-01-08", 6), // Mon → Wed: 2
    pair("p1", "2025-01", "2025-01-06", "2025-01-13", 4), // Mon → next Mon: 5
    pair("p1", "2025-02", "2025-02-03", "2025-02-04", 4), // 1
    pair("p1", "2025-02", "2025-02-03", "2025-02-05", 4), // 2
    pair("p2", "2025-01", "2025-01-06", "2025-01-07", 3),
  ];
  const rows = statisticsRows(counts, pairs, calendar);

  it("orders rows by permit and month and leaves out months without requests", () => {
    expect(rows.map((r) => `${r.permitId} ${r.month}`)).toEqual(["p1 2025-01", "p1 2025-02", "p2 2025-01"]);
  });

  it.each([
    [0, { received: 12, decided: 10, decidedOnTime: 9, onTimeShare: 0.9, medianWorkingDays: 2, suppressed: [] }],
    [1, { received: 20, decided: 8, decidedOnTime: 6, onTimeShare: 0.75, medianWorkingDays: 1.5, suppressed: [] }],
    [
      2,
      {
        received: null,
        decided: null,
        decidedOnTime: null,
        onTimeShare: null,
        medianWorkingDays: null,
        suppressed: ["received", "decided", "decidedOnTime", "onTimeShare", "medianWorkingDays"],
      },
    ],
  ])("row %i → %o", (i, expected) => {
    expect(rows[i]).toMatchObject(expected);
  });

  it("withholds only the small cells of a row", () => {
    const [row] = statisticsRows([count("p", "2025-05", 40, 30, 3)], [pair("p", "2025-05", "2025-05-05", "2025-05-06", 30)], calendar);
    expect(row).toMatchObject({ received: 40, decided: 30, decidedOnTime: null, onTimeShare: 0.1, medianWorkingDays: 1, suppressed: ["decidedOnTime"] });
  });
});

describe("the manual's statistics over a window (R7.5 field 9)", () => {
  const window = { from: "2025-01", to: "2025-04" };

  it.each([
    [
      "busy months",
      [count("p", "2025-01", 10, 10, 8), count("p", "2025-02", 30, 20, 20), count("p", "2025-03", 20, 10, 2), count("p", "2025-04", 8, 0, 0)],
      { total: 68, average: 17, highest: 30, lowest: 8, decided: 40, decidedOnTime: 30, onTimeShare: 0.75, suppressed: [] },
    ],
    [
      "a month without requests counts as 0 and the lowest is withheld",
      [count("p", "2025-01", 10, 6, 6), count("p", "2025-03", 11, 0, 0)],
      { total: 21, average: 5.3, highest: 11, lowest: null, decided: 6, decidedOnTime: 6, onTimeShare: 1, suppressed: ["lowest"] },
    ],
    [
      "months outside the window are ignored",
      [count("p", "2024-12", 99, 99, 99), count("p", "2025-05", 99, 99, 99), count("p", "2025-02", 5, 5, 1)],
      { total: 5, average: 1.3, highest: 5, lowest: null, decided: 5, decidedOnTime: null, onTimeShare: 0.2, suppressed: ["lowest", "decidedOnTime"] },
    ],
    [
      "too few requests: everything is withheld",
      [count("p", "2025-02", 3, 2, 2)],
      {
        total: null,
        average: null,
        highest: null,
        lowest: null,
        decided: null,
        decidedOnTime: null,
        onTimeShare: null,
        suppressed: ["total", "average", "highest", "lowest", "decided", "decidedOnTime", "onTimeShare"],
      },
    ],
  ])("%s", (_name, counts, expected) => {
    expect(windowStatistics(window, counts)).toEqual({ from: "2025-01", to: "2025-04", months: 4, ...expected });
  });

  it("refuses an empty window", () => {
    expect(() => windowStatistics({ from: "2025-05", to: "2025-04" }, [])).toThrow(RangeError);
  });
});

describe("chart series", () => {
  it("sums every permit per month and lists every month of the window", () => {
    const totals = monthlyTotals({ from: "2025-01", to: "2025-03" }, [
      count("a", "2025-01", 4, 3, 3),
      count("b", "2025-01", 4, 3, 2),
      count("a", "2025-03", 2, 1, 1),
      count("a", "2025-04", 50, 50, 50),
    ]);
    expect(totals).toEqual([
      { month: "2025-01", received: 8, decided: 6, decidedOnTime: 5, onTimeShare: 0.8333, suppressed: [] },
      {
        month: "2025-02",
        received: null,
        decided: null,
        decidedOnTime: null,
        onTimeShare: null,
        suppressed: ["received", "decided", "decidedOnTime", "onTimeShare"],
      },
      {
        month: "2025-03",
        received: null,
        decided: null,
        decidedOnTime: null,
        onTimeShare: null,
        suppressed: ["received", "decided", "decidedOnTime", "onTimeShare"],
      },
    ]);
  });

  it("gives each permit its median over all its months", () => {
    const medians = mediansByPermit(
      [
        pair("b", "2025-01", "2025-01-06", "2025-01-07", 2), // 1
        pair("a", "2025-01", "2025-01-06", "2025-01-08", 3), // 2
        pair("a", "2025-02", "2025-02-03", "2025-02-10", 3), // 5
        pair("b", "2025-02", "2025-02-03", "2025-02-04", 1), // 1
      ],
      calendar,
    );
    expect(medians).toEqual([
      { permitId: "a", decided: 6, medianWorkingDays: 3.5, suppressed: [] },
      { permitId: "b", decided: null, medianWorkingDays: null, suppressed: ["decided", "medianWorkingDays"] },
    ]);
  });
});
