import { describe, expect, it } from "vitest";
import { stepsFitTotal } from "./time-fit";

// R7.6 + R10.1: the steps must fit in the total time when their units can be compared.
describe("stepsFitTotal", () => {
  it.each([
    ["working days within working days", [{ value: 2, unit: "working_days" }, { value: 3, unit: "working_days" }], { value: 5, unit: "working_days" }, true],
    ["working days over the total", [{ value: 4, unit: "working_days" }, { value: 3, unit: "working_days" }], { value: 5, unit: "working_days" }, false],
    ["minutes and hours are both office time", [{ value: 30, unit: "minutes" }, { value: 1, unit: "hours" }], { value: 90, unit: "minutes" }, true],
    ["minutes over an hour's total", [{ value: 45, unit: "minutes" }, { value: 30, unit: "minutes" }], { value: 1, unit: "hours" }, false],
    ["calendar days within calendar days", [{ value: 10, unit: "calendar_days" }], { value: 15, unit: "calendar_days" }, true],
  ] as const)("%s", (_name, steps, total, fits) => expect(stepsFitTotal(steps, total)?.fits).toBe(fits));

  it.each([
    ["working days against calendar days", [{ value: 30, unit: "working_days" }], { value: 5, unit: "calendar_days" }],
    ["hours against working days", [{ value: 40, unit: "hours" }], { value: 1, unit: "working_days" }],
    ["mixed step units", [{ value: 1, unit: "hours" }, { value: 1, unit: "working_days" }], { value: 2, unit: "working_days" }],
    ["no steps", [], { value: 2, unit: "working_days" }],
  ] as const)("not compared: %s", (_name, steps, total) => expect(stepsFitTotal(steps, total)).toBeNull());
});
