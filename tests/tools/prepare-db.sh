#!/usr/bin/env bash
# Creates (or brings up to date) the SQLite database at $DATABASE_URL and loads the demo
# content. Safe to run again: migrations are recorded and the seed upserts.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = "--fresh" ]; then
  file="${DATABASE_URL#file:}"
  rm -f "$file" "$file-journal" "$file-wal" "$file-shm"
fi
bash tests/tools/with-env.sh prisma migrate deploy --config prisma/prisma.config.ts >/dev/null
bash tests/tools/with-env.sh tsx prisma/seed.ts
