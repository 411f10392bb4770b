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

describe("APP_NOW_FILE (time travel for end-to-end tests)", () => {
  it("a running process follows the file, and falls back to APP_NOW when it is empty or gone", async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { now } = await import("./clock.server");
    const dir = mkdtempSync(join(tmpdir(), "anuyat-clock-"));
    const file = join(dir, "now");
    const saved = { file: process.env.APP_NOW_FILE, now: process.env.APP_NOW };
    try {
      process.env.APP_NOW = "2026-04-09T10:00:00+07:00";
      process.env.APP_NOW_FILE = file;
      writeFileSync(file, "2026-06-04T09:00:00+07:00\n");
      expect(now().toISOString()).toBe("2026-06-04T02:00:00.000Z");
      writeFileSync(file, "2026-06-11T09:00:00+07:00");
      expect(now().toISOString()).toBe("2026-06-11T02:00:00.000Z");
      writeFileSync(file, "");
      expect(now().toISOString()).toBe("2026-04-09T03:00:00.000Z");
      rmSync(file);
      expect(now().toISOString()).toBe("2026-04-09T03:00:00.000Z");
    } finally {
      process.env.APP_NOW_FILE = saved.file ?? "";
      if (!saved.file) delete process.env.APP_NOW_FILE;
      process.env.APP_NOW = saved.now ?? "";
      if (!saved.now) delete process.env.APP_NOW;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
