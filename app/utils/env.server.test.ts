import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.server";

describe("configuration", () => {
  it("has working defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:.data/anuyat.db");
    expect(env.SEVEN_DAY_UNIT).toBe("calendar_days");
  });
  it.each([
    [{ DATABASE_URL: "postgres://x" }, "DATABASE_URL"],
    [{ PUBLIC_URL: "not a url" }, "PUBLIC_URL"],
    [{ APP_NOW: "yesterday" }, "APP_NOW"],
    [{ SEVEN_DAY_UNIT: "weeks" }, "SEVEN_DAY_UNIT"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
  ])("rejects %j with a message naming %s", (source, name) => {
    expect(() => parseEnv(source)).toThrow(new RegExp(`Invalid configuration:[\\s\\S]*${name}`));
  });
  it("treats empty values as unset", () => {
    expect(parseEnv({ APP_NOW: "" }).APP_NOW).toBeUndefined();
  });
});
