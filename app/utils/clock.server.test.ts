import { describe, expect, it } from "vitest";
import { nowFrom } from "./clock.server";

const real = () => new Date("2030-01-01T00:00:00Z");

describe("clock", () => {
  it("uses APP_NOW outside production", () => {
    expect(nowFrom({ NODE_ENV: "test", APP_NOW: "2026-04-09T10:00:00+07:00" }, real).toISOString()).toBe("2026-04-09T03:00:00.000Z");
    expect(nowFrom({ NODE_ENV: "development", APP_NOW: "2026-04-09T10:00:00+07:00" }, real).toISOString()).toBe("2026-04-09T03:00:00.000Z");
  });
  it("ignores APP_NOW in production", () => {
    expect(nowFrom({ NODE_ENV: "production", APP_NOW: "2026-04-09T10:00:00+07:00" }, real)).toEqual(real());
  });
  it("reads the real clock when APP_NOW is not set", () => {
    expect(nowFrom({ NODE_ENV: "test", APP_NOW: undefined }, real)).toEqual(real());
  });
});
