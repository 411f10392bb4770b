// "No state change on GET" (issue 9): every route's loader, called as anonymous and as each role
// that could reach it, with the params it needs and with fuzzed query strings (random Unicode,
// duplicate keys, control and bidi characters, known parameter names with nonsense values). No
// outcome is a 500, and no table's row count or content changes. Sessions record nothing per
// request, and rate-limit counters live in memory, so there is nothing to except.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LOADERS, QUERY_NAMES } from "./fuzz-inventory";
import { type Fixtures, makeFixtures } from "./fuzz-fixtures";
import { changedTables, describe as explain, fcOptions, query, RUNS, run, snapshot } from "./fuzz-support";

const cleanup = await vi.hoisted(async () => (await import("./own-database")).useOwnDatabase("fuzz-loaders"));
let f: Fixtures;
beforeAll(async () => {
  process.env.APP_NOW = "2026-04-09T10:00:00+07:00";
  f = await makeFixtures();
}, 60_000);
afterAll(() => cleanup());

// Fewer runs per (route, caller) than per action: there are about 200 such pairs.
const runs = Math.max(2, Math.ceil(RUNS / 4));

describe("GET changes nothing and never fails with a 500", () => {
  for (const route of LOADERS) {
    it(route.file, async () => {
      const mod = await import(/* @vite-ignore */ `../../app/routes/${route.file}`);
      const before = await snapshot();
      for (const who of route.who) {
        const cookie = f.cookies[who];
        await fc.assert(
          fc.asyncProperty(query(QUERY_NAMES), fc.constantFrom("th", "en", "xx-YY", ""), async (search, lang) => {
            const { path, params } = route.at(f);
            const request = new Request(`http://localhost${path}${search}`, {
              headers: { ...(lang ? { "Accept-Language": lang } : {}), ...(cookie ? { Cookie: cookie } : {}) },
            });
            const out = await run(() => mod.loader({ request, params, context: {} }));
            expect(out.status, `${who} ${path}${search.slice(0, 200)}: ${explain(out)}`).toBeLessThan(500);
          }),
          // The first run of each is the page as linked (no query string).
          { ...fcOptions(runs), examples: [["", "th"]] },
        );
      }
      expect(changedTables(before, await snapshot()), "tables a GET changed").toEqual([]);
    }, 10_000 + RUNS * 2_000);
  }
});
