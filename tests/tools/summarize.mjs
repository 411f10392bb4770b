// Adds up every test that ran (vitest JSON files and the Playwright JSON report) and prints
// the one line CI reads. Exit code 1 when anything failed or when nothing ran at all.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
for (const name of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
  const report = JSON.parse(readFileSync(path.join(dir, name), "utf8"));
  // vitest-<tz>-<database>.json: unit + integration per time zone; system.json: the process-level tests.
  if (name.startsWith("vitest-") || name === "system.json") {
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
    skipped += report.numPendingTests + report.numTodoTests;
    if (!report.success && report.numFailedTests === 0) problems.push(`${name}: a test file failed to load`);
  } else if (name === "log-grep.json") {
    // One check: no national ID or phone number in the e2e servers' logs (tests/tools/log-grep.mjs).
    passed += report.passed;
    failed += report.failed;
  } else if (name === "playwright.json") {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected + (report.errors?.length ?? 0);
    skipped += report.stats.skipped;
  }
}
const files = readdirSync(dir);
// The one Playwright run must have run tests against both databases (tests/e2e/servers.ts).
function playwrightDatabases(report) {
  const ran = new Set();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) if (t.results?.length) ran.add(report.config.projects.find((p) => p.name === t.projectName)?.metadata?.database);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return ["sqlite", "postgresql"].filter((d) => !ran.has(d)).map((d) => `Playwright ran no test on ${d}`);
}
// Every pass of tests/tools/test-all.sh must have reported (decision 0016: both databases).
for (const expected of ["vitest-Asia-Bangkok-sqlite.json", "vitest-America-New_York-postgresql.json", "vitest-UTC-unit.json"]) {
  if (!files.includes(expected)) problems.push(`vitest wrote no ${expected}`);
}
if (!files.includes("playwright.json")) problems.push("Playwright wrote no report");
else problems.push(...playwrightDatabases(JSON.parse(readFileSync(path.join(dir, "playwright.json"), "utf8"))));
if (!files.includes("system.json")) problems.push("the system tests wrote no report");
if (!files.includes("log-grep.json")) problems.push("the log check (tests/tools/log-grep.mjs) did not run");
for (const p of problems) console.log(p);
if (problems.length && failed === 0) failed = problems.length;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
