// Shared pieces of the fuzz suites (issue 9): hostile input arbitraries, bodies in every
// encoding a client could send, a checksum of every table, and the "translated 4xx" check.
// The fuzz files run against their own copy of the integration database (own-database.ts), so what
// a successful random post stores never reaches another test file.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { resources } from "~/i18n/config";
import { prisma, provider } from "~/utils/db.server";

// Raise locally with FUZZ_RUNS=200; the default keeps the suite well under a minute per time zone.
export const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
// Deterministic per run (fast-check prints the seed and path of any failure to replay it).
export const SEED = Number(process.env.FUZZ_SEED ?? 20260409);
export const fcOptions = (runs = RUNS) => ({ numRuns: runs, seed: SEED, endOnFailure: true });

// Characters that break naive code: Thai with stacked marks, zero-width, controls, bidi
// overrides, right-to-left scripts, lone surrogates.
const NASTY_CHARS = [
  "\u0e01", "\u0e34", "\u0e4a", "\u0e47", "\u0e39", "\u0e33",
  "\u200b", "\u200c", "\u200d", "\ufeff",
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), "\u007f",
  "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
  "\u0645", "\u0631", "\u05e9", "\u05dc",
  "\ud800", "\udfff",
  "%", "&", "=", ".", "<", ">", "\"", "'", "\\", "/", " ",
];
const SAMPLES = [
  "", " ", "\u0e01\u0e34\u0e4a\u0e4a\u0e4a", "\u200b\u200c\u200d\ufeff", "\u0000", "a\u0000b", "\u202eevil\u202c",
  "\u2066\u0645\u0631\u062d\u0628\u0627\u2069", "\u05e9\u05dc\u05d5\u05dd", "\ud800", "x\udfffy", "__proto__", "constructor",
  "-1", "0", "1e309", "NaN", "null", "true", "[]", "{}", "[1,2]", "{\"a\":1}", "<script>alert(1)</script>", "../../etc/passwd",
  "2026-02-30", "2026-04-13", "9999-99-99", "2569", "2026", "99999999999999999999", "-2026", "0x10", "1.5", "on", "1", "person", "company", "th", "en",
];
const LONG = ["\u0e01\u0e34\u0e4a".repeat(34_000), "a".repeat(100_000), "\u0000".repeat(100_000)];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...NASTY_CHARS), maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SAMPLES) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG) },
);

/** A field name: one the form knows, a nested or indexed variant of it, a prototype key, noise. */
export function fieldName(known: string[]): fc.Arbitrary<string> {
  const base = known.length > 0 ? fc.constantFrom(...known) : fc.constant("x");
  return fc.oneof(
    { weight: 6, arbitrary: base },
    { weight: 1, arbitrary: base.map((k) => `${k}.0`) },
    { weight: 1, arbitrary: base.map((k) => `${k}.__proto__.polluted`) },
    { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor.prototype.x", "documents.999999.status", "a.b.c.d") },
    { weight: 1, arbitrary: hostileString },
  );
}

/** A list of [name, value] pairs: missing fields, duplicates, unknown ones, wrong intents. */
export function fields(known: string[], intents: string[] = []): fc.Arbitrary<[string, string][]> {
  const pair = fc.tuple(fieldName(known), hostileString);
  const intent = fc.option(
    fc.tuple(
      fc.constant("intent"),
      // Keys every object has ("__proto__" in INTENTS is true) beside the real intents and noise.
      fc.oneof(fc.constantFrom(...(intents.length ? intents : ["x"])), fc.constantFrom("__proto__", "toString", "constructor", "hasOwnProperty"), hostileString),
    ),
    { nil: undefined },
  );
  return fc.tuple(fc.array(pair, { maxLength: 8 }), intent).map(([pairs, i]) => (i ? [i, ...pairs] : pairs));
}

export type Encoding = "urlencoded" | "multipart" | "json" | "text" | "broken-multipart" | "none" | "wrong-boundary";
export const encoding: fc.Arbitrary<Encoding> = fc.constantFrom("urlencoded", "urlencoded", "multipart", "multipart", "json", "text", "broken-multipart", "none", "wrong-boundary");

/** The request body and content type for pairs in the chosen encoding. */
export function body(pairs: [string, string][], how: Encoding): { body?: BodyInit; headers: Record<string, string> } {
  switch (how) {
    case "urlencoded":
      return { body: new URLSearchParams(pairs), headers: {} };
    case "multipart": {
      const form = new FormData();
      for (const [k, v] of pairs) form.append(k, v);
      // Sometimes a file where a text field was expected.
      if (pairs.length % 3 === 1) form.append(pairs[0][0], new Blob([pairs[0][1]]), pairs[0][1].slice(0, 20) || "f.pdf");
      return { body: form, headers: {} };
    }
    case "json": {
      // Real numbers, arrays and objects as values.
      const value: Record<string, unknown> = {};
      pairs.forEach(([k, v], i) => (value[k] = i % 3 === 0 ? [v, i] : i % 3 === 1 ? { v } : i));
      return { body: JSON.stringify(value), headers: { "Content-Type": "application/json" } };
    }
    case "text":
      return { body: pairs.map(([k, v]) => `${k}=${v}`).join("\n"), headers: { "Content-Type": "text/plain;charset=utf-8" } };
    case "broken-multipart":
      return { body: `--b\r\nContent-Disposition: form-data; name="${pairs[0]?.[0] ?? "x"}"\r\n\r\n${pairs[0]?.[1] ?? ""}`, headers: { "Content-Type": "multipart/form-data; boundary=b" } };
    case "wrong-boundary":
      return { body: `--zzz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--zzz--\r\n`, headers: { "Content-Type": "multipart/form-data; boundary=\"\"" } };
    case "none":
      return { headers: {} };
  }
}

const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
/** A query string from hostile pairs (duplicate keys included). */
export function query(known: string[]): fc.Arbitrary<string> {
  return fc.array(fc.tuple(fieldName(known), hostileString), { maxLength: 6 }).map((pairs) => {
    // URLSearchParams cannot carry lone surrogates faithfully; encodeURIComponent throws on them.
    const safe = pairs.map(([k, v]) => [wellFormed(k), wellFormed(v.slice(0, 2000))]);
    return safe.length ? `?${new URLSearchParams(safe)}` : "";
  });
}

// ─── What came out ──────────────────────────────────────────────────────────────────────────
export type Outcome = { status: number; payload?: unknown; thrown?: unknown };

/** Calls a loader or action; Responses (returned or thrown) and data() results become a status. */
export async function run(fn: () => Promise<unknown>): Promise<Outcome> {
  try {
    return shape(await fn());
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status };
    // Anything else thrown from a loader or action is a 500 for the visitor.
    return { status: 500, thrown };
  }
}
function shape(value: unknown): Outcome {
  if (value instanceof Response) return { status: value.status };
  if (value && typeof value === "object" && (value as { type?: unknown }).type === "DataWithResponseInit") {
    const v = value as { data: unknown; init?: { status?: number } | null };
    return { status: v.init?.status ?? 200, payload: v.data };
  }
  return { status: 200, payload: value };
}

// ─── Translations ───────────────────────────────────────────────────────────────────────────
type Tree = Record<string, unknown>;
function has(tree: unknown, path: string): boolean {
  let node = tree;
  for (const part of path.split(".")) {
    if (!node || typeof node !== "object" || !(part in (node as Tree))) return false;
    node = (node as Tree)[part];
  }
  return typeof node === "string";
}
/** A key exists in both languages: "ns:a.b" in that namespace, "a.b" in any (the page picks). */
export function isTranslated(key: string): boolean {
  const [ns, path] = key.includes(":") ? key.split(":", 2) : [null, key];
  return (["th", "en"] as const).every((lng) => {
    const all = resources[lng] as unknown as Record<string, Tree>;
    if (ns) return has(all[ns], path);
    return Object.values(all).some((tree) => has(tree, path) || has(tree, `${path}_one`));
  });
}

/** Every message an error payload carries: strings under error/errors/accessError, and {key}. */
export function errorKeys(payload: unknown): string[] {
  if (!payload || typeof payload !== "object") return [];
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      if (typeof (v as { key?: unknown }).key === "string") out.push((v as { key: string }).key);
      else Object.values(v).forEach(walk);
    }
  };
  const p = payload as Record<string, unknown>;
  for (const name of ["error", "errors", "accessError"]) if (name in p) walk(p[name]);
  // The holiday import's steps carry errors inside the preview.
  if (p.preview && typeof p.preview === "object") walk((p.preview as Tree).errors);
  return out;
}

// ─── The database ───────────────────────────────────────────────────────────────────────────
const UNCLEAN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
let tableNames: string[] | null = null;
const TABLES = {
  // Ordinary tables only: the search index's FTS5 tables (decision 0018) mirror ManualVersion.
  sqlite: "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
  postgresql: "SELECT CAST(table_name AS TEXT) AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_anuyat_migrations' ORDER BY table_name",
};
/** Row count and a content hash per table (every table, so nothing written escapes notice). */
export async function snapshot(): Promise<Record<string, string>> {
  tableNames ??= (await prisma.$queryRawUnsafe<{ name: string }[]>(TABLES[provider])).map((r) => r.name);
  const out: Record<string, string> = {};
  for (const name of tableNames) {
    const rows = await prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}"`);
    // Rows in a canonical order (PostgreSQL has no rowid, and no order without ORDER BY).
    const lines = rows.map((r) => JSON.stringify(r, (_k, v) => (typeof v === "bigint" ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v))).sort();
    // "!" marks a table holding text that decision 0014 says never reaches the database.
    const dirty = rows.some((r) => Object.values(r as object).some((v) => typeof v === "string" && UNCLEAN.test(v)));
    out[name] = `${rows.length}:${createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16)}${dirty ? "!" : ""}`;
  }
  return out;
}
export function changedTables(before: Record<string, string>, after: Record<string, string>, allowed: string[] = []): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t] && !allowed.includes(t));
}

/** A readable reason for a property failure. */
export function describe(o: Outcome): string {
  const e = o.thrown instanceof Error ? `${o.thrown.name}: ${o.thrown.message.slice(0, 300)}` : String(o.thrown ?? "");
  return `status ${o.status}${e ? ` (${e})` : ""}`;
}

/** Tables holding control characters, bidi overrides or lone surrogates (decision 0014). */
export const uncleanTables = (snap: Record<string, string>) => Object.keys(snap).filter((t) => snap[t].endsWith("!"));
