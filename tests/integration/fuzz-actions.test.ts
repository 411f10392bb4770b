// Property-based fuzzing of every form action (issue 9): random Unicode (Thai with stacked
// marks, zero-width, control and bidi characters, right-to-left text, lone surrogates, 100k
// strings), wrong types, duplicate and missing fields, wrong intents, every body encoding. The
// outcome is always a success or a 4xx, never a 500; a 4xx stores nothing; its messages are keys
// both languages translate. Runs on its own database copy (fuzz-db.ts).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ACTIONS } from "./fuzz-inventory";
import { type Fixtures, makeFixtures } from "./fuzz-fixtures";
import { hostileString, body, changedTables, describe as explain, encoding, errorKeys, fcOptions, fields, isTranslated, RUNS, run, snapshot, uncleanTables } from "./fuzz-support";
import type { Encoding } from "./fuzz-support";

const cleanup = await vi.hoisted(async () => (await import("./own-database")).useOwnDatabase("fuzz-actions"));
let f: Fixtures;
beforeAll(async () => {
  process.env.APP_NOW = "2026-04-09T10:00:00+07:00";
  f = await makeFixtures();
}, 60_000);
afterAll(() => cleanup());

describe("every form action takes hostile input without a 500 or a half-stored write", () => {
  for (const route of ACTIONS) {
    it(route.file, async () => {
      const mod = await import(/* @vite-ignore */ `../../app/routes/${route.file}`);
      // One snapshot per run: the state after the previous run is the state before this one.
      let last = await snapshot();
      await fc.assert(
        fc.asyncProperty(fields(route.fields, route.intents), encoding, async (pairs, how) => {
          const { path, params } = route.at(f);
          const cookie = f.cookies[route.who];
          const { body: content, headers } = body(pairs, how);
          const request = new Request(`http://localhost${path}`, {
            method: "POST",
            body: content,
            headers: { ...headers, "Accept-Language": "th", ...(cookie ? { Cookie: cookie } : {}) },
          });
          const before = last;
          const out = await run(() => mod.action({ request, params, context: {} }));
          last = await snapshot();
          expect(out.status, explain(out)).toBeLessThan(500);
          // Whatever got stored was cleaned on the way in (decision 0014).
          expect(uncleanTables(last), "tables holding control or bidi characters").toEqual([]);
          if (out.status >= 400) {
            expect(changedTables(before, last, route.writesOn4xx), "a refused post stored something").toEqual([]);
            const untranslated = errorKeys(out.payload).filter((k) => !isTranslated(k));
            expect(untranslated, "messages that are not translation keys").toEqual([]);
          }
        }),
        fcOptions(),
      );
    }, 10_000 + RUNS * 1_500);
  }
});

// Random field sets rarely make a valid form, so these post valid forms whose free text is
// hostile: the post succeeds or is refused for the text (too long, blank after cleaning), and
// what is stored holds no control character, bidi override or lone surrogate (decision 0014).
type Valid = { file: string; who: keyof Fixtures["cookies"]; at: (f: Fixtures) => { path: string; params: Record<string, string> }; form: (text: string, i: number) => [string, string][] };
const VALID: Valid[] = [
  {
    file: "apply.$key.applicant.tsx", who: "applicant", at: (x) => ({ path: `/apply/${x.draftKey}/applicant`, params: { key: x.draftKey } }),
    form: (text) => [["applicantType", "person"], ["applicantId", "1101700203450"], ["applicantName", `\u0e2a${text}`], ["applicantPhone", "0812345678"], ["applicantEmail", ""], ["applicantAddress", `1 ${text}`], ["preferredLanguage", "th"], ["intent", "save"]],
  },
  {
    file: "staff.admin.holidays.new.tsx", who: "admin", at: () => ({ path: "/staff/admin/holidays/new", params: {} }),
    form: (text, i) => [["date", `2027-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + ((i * 7) % 28)).padStart(2, "0")}`], ["nameTh", `\u0e27\u0e31\u0e19${text}`], ["nameEn", `Day ${text}`], ["kind", "special"]],
  },
  {
    file: "staff.admin.agencies.ministries.$id.tsx", who: "admin", at: () => ({ path: "/staff/admin/agencies/ministries/new", params: { id: "new" } }),
    form: (text, i) => [["code", `FUZZ-${i}`], ["nameTh", `\u0e01\u0e23\u0e30${text}`], ["nameEn", `Ministry ${text}`]],
  },
];

describe("valid forms with hostile free text store clean text or are refused", () => {
  for (const route of VALID) {
    it(route.file, async () => {
      const mod = await import(/* @vite-ignore */ `../../app/routes/${route.file}`);
      let last = await snapshot();
      let i = 0;
      await fc.assert(
        fc.asyncProperty(hostileString, fc.constantFrom<Encoding>("urlencoded", "multipart"), async (text, how) => {
          const { path, params } = route.at(f);
          const cookie = f.cookies[route.who];
          const { body: content, headers } = body(route.form(text, i++), how);
          const request = new Request(`http://localhost${path}`, { method: "POST", body: content, headers: { ...headers, ...(cookie ? { Cookie: cookie } : {}) } });
          const before = last;
          const out = await run(() => mod.action({ request, params, context: {} }));
          last = await snapshot();
          expect(out.status, explain(out)).toBeLessThan(500);
          expect(uncleanTables(last), "tables holding control or bidi characters").toEqual([]);
          if (out.status >= 400) expect(changedTables(before, last)).toEqual([]);
        }),
        fcOptions(),
      );
    }, 10_000 + RUNS * 1_500);
  }
});
