import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.server";

describe("configuration", () => {
  it("has working defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:.data/anuyat.db");
    expect(env.SEVEN_DAY_UNIT).toBe("calendar_days");
  });
  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ DATABASE_POOL_SIZE: "0" }, "DATABASE_POOL_SIZE"],
    [{ DATABASE_READ_URL: "postgresql://replica/anuyat" }, "DATABASE_READ_URL"],
    [{ DATABASE_URL: "postgresql://primary/anuyat", DATABASE_READ_URL: "file:replica.db" }, "DATABASE_READ_URL"],
    [{ PUBLIC_URL: "not a url" }, "PUBLIC_URL"],
    [{ APP_NOW: "yesterday" }, "APP_NOW"],
    [{ SEVEN_DAY_UNIT: "weeks" }, "SEVEN_DAY_UNIT"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
  ])("rejects %j with a message naming %s", (source, name) => {
    expect(() => parseEnv(source)).toThrow(new RegExp(`Invalid configuration:[\\s\\S]*${name}`));
  });
  it.each(["postgresql://app@db.example:5432/anuyat", "postgres://app@10.0.0.5/anuyat?sslmode=require", "file:.data/x.db"])("accepts DATABASE_URL %s (decision 0016)", (url) => {
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });
  it("treats empty values as unset", () => {
    expect(parseEnv({ APP_NOW: "" }).APP_NOW).toBeUndefined();
  });
});
