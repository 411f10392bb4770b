// O4: personal data is absent from logs. Runs after the end-to-end suite: reads the JSON logs
// the Playwright servers wrote (tests/.output/server-*.log) and fails, naming file and line,
// if any of them holds
//   - a national ID or phone number that an e2e spec types (found by reading tests/e2e), or
//   - any 13-digit number with a valid Thai ID check digit, or any Thai phone number.
// Writes tests/.output/log-grep.json, which summarize.mjs counts as one test.
// Usage: node tests/tools/log-grep.mjs [output dir] [spec dir]
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const out = process.argv[2] ?? "tests/.output";
const specDir = process.argv[3] ?? "tests/e2e";
const digits = (s) => s.replace(/\D/g, "");

export function validThaiId(id) {
  if (!/^\d{13}$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(id[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(id[12]);
}

// What the specs type: 13-digit IDs (maybe grouped 1-2345-67890-12-3) and Thai phone numbers.
const ID_IN_SPEC = /\b\d[- ]?\d{4}[- ]?\d{5}[- ]?\d{2}[- ]?\d\b/g;
const PHONE_IN_SPEC = /\b0\d{1,2}[- ]?\d{3}[- ]?\d{3,4}\b/g;
function typedBySpecs() {
  const found = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(ts|json|csv|txt)$/.test(entry.name)) {
        const text = readFileSync(p, "utf8");
        for (const m of text.matchAll(ID_IN_SPEC)) found.add(digits(m[0]));
        for (const m of text.matchAll(PHONE_IN_SPEC)) found.add(digits(m[0]));
      }
    }
  };
  walk(specDir);
  return found;
}

// In a log line: digit runs (with the separators people type), each checked as a whole.
const DIGIT_RUN = /(?<![\w.])\+?\d[\d -]{7,16}\d(?![\w.])/g;
const THAI_PHONE = /^(?:0[689]\d{8}|0[2-7]\d{7}|66[689]\d{8})$/;

export function findings(logText, typed) {
  const hits = [];
  logText.split("\n").forEach((line, i) => {
    const before = hits.length;
    for (const m of line.matchAll(DIGIT_RUN)) {
      const d = digits(m[0]);
      const why = typed.has(d) ? "typed by an e2e spec" : validThaiId(d) ? "a valid national ID" : THAI_PHONE.test(d) ? "a Thai phone number" : null;
      if (why) hits.push({ line: i + 1, match: m[0], why });
    }
    // Typed values embedded in longer text (e.g. inside an error message).
    if (hits.length === before) for (const t of typed) if (t.length >= 9 && line.includes(t)) hits.push({ line: i + 1, match: t, why: "typed by an e2e spec" });
  });
  return hits;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const typed = typedBySpecs();
  const logs = existsSync(out) ? readdirSync(out).filter((f) => /^server-\d+\.log$/.test(f)) : [];
  const problems = [];
  let lines = 0;
  for (const name of logs) {
    const text = readFileSync(path.join(out, name), "utf8");
    lines += text.split("\n").filter(Boolean).length;
    for (const h of findings(text, typed)) problems.push(`${path.join(out, name)}:${h.line}: ${h.match} (${h.why})`);
  }
  if (logs.length === 0) problems.push(`no server logs in ${out} (did the e2e run happen?)`);
  else if (lines === 0) problems.push("the server logs are empty");
  for (const p of problems) console.log(`log-grep: ${p}`);
  console.log(`log-grep: ${logs.length} log file(s), ${lines} line(s), ${typed.size} typed value(s) looked for: ${problems.length ? "FAILED" : "clean"}`);
  writeFileSync(path.join(out, "log-grep.json"), JSON.stringify({ passed: problems.length ? 0 : 1, failed: problems.length ? 1 : 0, problems }, null, 2));
  process.exit(problems.length ? 1 : 0);
}
