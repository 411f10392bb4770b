#!/usr/bin/env bash
# Runs a command with the project's defaults for variables that tools read before the app
# does: Prisma's CLI ignores .env when a config file exists, and it tries to download native
# engines unless told where "they" are (we use the JS engine, so any existing file will do).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DATABASE_URL="${DATABASE_URL:-file:.data/anuyat.db}"
export PRISMA_QUERY_ENGINE_LIBRARY="${PRISMA_QUERY_ENGINE_LIBRARY:-$PWD/package.json}"
export PRISMA_HIDE_UPDATE_MESSAGE=1
export PATH="$PWD/node_modules/.bin:$PATH"
mkdir -p .data
exec "$@"
