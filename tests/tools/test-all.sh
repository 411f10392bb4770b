#!/usr/bin/env bash
# README command 2 (after npm ci): every test — unit and integration (vitest, under three
# process time zones, T1) and end-to-end in Chromium (Playwright) — then one summary line
# "N passed, N failed" that CI reads.
set -uo pipefail
cd "$(dirname "$0")/../.."
out=tests/.output
rm -rf "$out" && mkdir -p "$out" .data

bash tests/tools/ensure-system-deps.sh || exit 1
npm run --silent db:generate >/dev/null || exit 1
npm run --silent typecheck || { echo "0 passed, 1 failed"; exit 1; }
npm run --silent build >/dev/null || { echo "0 passed, 1 failed"; exit 1; }

status=0
for tz in Asia/Bangkok UTC America/New_York; do
  echo "── vitest, TZ=$tz"
  TZ=$tz npx vitest run --project unit --project integration --reporter=dot --reporter=json --outputFile.json="$out/vitest-${tz//\//-}.json" || status=1
done

# Once, not per time zone: each starts the production build as a server of its own on ports
# 3230-3249 (SIGKILL mid-burst, database outage, backup and restore; decision 0015).
echo "── system tests (server processes: crash, database outage, backup and restore)"
npx vitest run --project system --reporter=dot --reporter=json --outputFile.json="$out/system.json" || status=1

echo "── playwright (Chromium, Thai and English)"
npx playwright test -c tests/playwright.config.ts || status=1

echo "── personal data in the e2e servers' logs (O4)"
node tests/tools/log-grep.mjs "$out" || status=1

node tests/tools/summarize.mjs "$out" || status=1
exit $status
