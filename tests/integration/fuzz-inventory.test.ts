// A new route cannot skip the fuzzer: every module in app/routes with a loader or an action has
// a row in the fuzz inventory (or an explained exclusion).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ACTIONS, EXCLUDED, LOADERS } from "./fuzz-inventory";

const dir = new URL("../../app/routes/", import.meta.url);
const modules = readdirSync(dir).filter((name) => /\.(tsx?|jsx?)$/.test(name) && !name.includes(".test."));
const exports = (name: string, what: string) => new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${what}\\b`).test(readFileSync(new URL(name, dir), "utf8"));

describe("the fuzz inventory covers every route", () => {
  it("every action is fuzzed", () => {
    const listed = new Set(ACTIONS.map((r) => r.file));
    expect(modules.filter((m) => exports(m, "action") && !listed.has(m))).toEqual([]);
  });
  it("every loader is called by GET with fuzzed query strings", () => {
    const listed = new Set(LOADERS.map((r) => r.file));
    expect(modules.filter((m) => exports(m, "loader") && !listed.has(m) && !(m in EXCLUDED))).toEqual([]);
  });
  it("lists no route that does not exist", () => {
    const all = [...ACTIONS, ...LOADERS].map((r) => r.file).concat(Object.keys(EXCLUDED));
    expect(all.filter((f) => !modules.includes(f))).toEqual([]);
  });
});
