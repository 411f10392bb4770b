#!/usr/bin/env bash
# README command 1 (after npm ci): build, create and migrate the database, load the demo
# content, and serve the production build at http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm run --silent db:generate >/dev/null
npm run --silent build >/dev/null
bash tests/tools/prepare-db.sh
# Production needs a session secret: keep one per installation in .data (never committed).
if [ -z "${SESSION_SECRET:-}" ]; then
  [ -s .data/session-secret ] || node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("hex"))' > .data/session-secret
  SESSION_SECRET="$(cat .data/session-secret)"
  export SESSION_SECRET
fi
echo "Anuyat is running at http://localhost:${PORT:-3000} (Ctrl+C to stop)"
exec bash tests/tools/with-env.sh env NODE_ENV=production PORT="${PORT:-3000}" node --max-semi-space-size=8 app/server/serve.mjs
