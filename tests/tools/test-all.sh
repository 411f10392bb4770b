#!/usr/bin/env bash
# README command 2 (after npm ci): every test on both databases (decision 0016), then one summary
# line "N passed, N failed" that CI reads.
#   vitest unit + integration under Asia/Bangkok on SQLite and under America/New_York on
#     PostgreSQL, so the whole integration suite runs on each database; the unit tests once more
#     under UTC (T1: every time zone is covered);
#   system tests (server processes: crash, database outage, backup and restore, several app
#     servers on one PostgreSQL);
#   Playwright end-to-end in Chromium in one run: every test in English on SQLite and in Thai
#     on PostgreSQL;
#   the personal-data check of every e2e server's log (O4).
# The PostgreSQL server is a throwaway one on 127.0.0.1 (tests/tools/pg-server.sh: Debian's
# postgresql, installed when missing), stopped at the end.
set -uo pipefail
cd "$(dirname "$0")/../.."
out=tests/.output
rm -rf "$out" && mkdir -p "$out" .data

bash tests/tools/ensure-system-deps.sh || exit 1
pg_dir=.data/pg-test
pg_port="${TEST_PG_PORT:-54329}"
bash tests/tools/pg-server.sh stop "$pg_dir" >/dev/null 2>&1
pg_url="$(bash tests/tools/pg-server.sh start "$pg_dir" "$pg_port")" || { echo "0 passed, 1 failed"; exit 1; }
trap 'bash tests/tools/pg-server.sh stop "$pg_dir"' EXIT
npm run --silent db:generate >/dev/null || exit 1
node prisma/tools/schema.mjs check || { echo "0 passed, 1 failed"; exit 1; }
npm run --silent typecheck || { echo "0 passed, 1 failed"; exit 1; }
npm run --silent build >/dev/null || { echo "0 passed, 1 failed"; exit 1; }

status=0
# The three vitest passes run at the same time, each on its own database: the integration files
# of a pass run one after another (they share its database), so one pass alone leaves a core
# idle (302 s one after the other, 207 s together, on the 2-core machine). Each pass writes to its
# own log, printed in order once all are done.
vitest_pass() { # label, time zone, database URL, projects…
  local label=$1 tz=$2 url=$3; shift 3
  echo "── vitest ($*), TZ=$tz, $label" >"$out/vitest-$label.log"
  TZ=$tz VITEST_DATABASE_URL=$url npx vitest run "$@" --reporter=dot --reporter=json \
    --outputFile.json="$out/vitest-${tz//\//-}-$label.json" >>"$out/vitest-$label.log" 2>&1
}
vitest_pass sqlite Asia/Bangkok file:.data/vitest.db --project unit --project integration & sqlite_pass=$!
vitest_pass postgresql America/New_York "$pg_url/anuyat_vitest" --project unit --project integration & pg_pass=$!
vitest_pass unit UTC file:.data/vitest.db --project unit & utc_pass=$!
for pass in "sqlite $sqlite_pass" "postgresql $pg_pass" "unit $utc_pass"; do
  set -- $pass
  wait "$2" || status=1
  cat "$out/vitest-$1.log"
done

# Once, not per time zone: each starts the production build as a server of its own on ports
# 3230-3249 (SIGKILL mid-burst, database outage, backup and restore; decision 0015), and the
# PostgreSQL ones use the server above.
echo "── system tests (server processes: crash, database outage, backup and restore, several app servers)"
TEST_PG_URL="$pg_url" npx vitest run --project system --reporter=dot --reporter=json --outputFile.json="$out/system.json" || status=1

# One run, two sets of servers: English on SQLite, Thai on PostgreSQL (tests/e2e/servers.ts).
echo "── playwright (Chromium): English on SQLite, Thai on PostgreSQL"
E2E_PG_URL="$pg_url" npx playwright test -c tests/playwright.config.ts || status=1

echo "── personal data in the e2e servers' logs (O4)"
node tests/tools/log-grep.mjs "$out" || status=1

node tests/tools/summarize.mjs "$out" || status=1
exit $status
