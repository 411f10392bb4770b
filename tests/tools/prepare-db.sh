#!/usr/bin/env bash
# Creates (or brings up to date) the database at $DATABASE_URL — a SQLite file, or a PostgreSQL
# database (decision 0016) — and loads the demo content. Safe to run again: migrations are
# recorded and the seed upserts. --fresh starts from an empty database.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = "--fresh" ]; then
  case "${DATABASE_URL:-}" in
    postgres://*|postgresql://*) node tests/tools/pg-fresh.mjs "$DATABASE_URL" ;;
    *)
      file="${DATABASE_URL#file:}"
      rm -f "$file" "$file-journal" "$file-wal" "$file-shm"
      ;;
  esac
fi
bash tests/tools/with-env.sh tsx prisma/tools/deploy.ts >/dev/null
bash tests/tools/with-env.sh tsx prisma/seed.ts
