#!/usr/bin/env node
// Tests only: PostgreSQL databases made and thrown away by name, through the server's
// maintenance database (prepare-db.sh --fresh, the fuzz suites' own copies). Refuses to run
// with NODE_ENV=production.
//   node tests/tools/pg-fresh.mjs URL                 drop and create the database URL names
//   node tests/tools/pg-fresh.mjs URL --from SOURCE   ... as a copy of database SOURCE (a template)
//   node tests/tools/pg-fresh.mjs URL --drop          drop it
import pg from "pg";

const [url = process.env.DATABASE_URL ?? "", flag, source] = process.argv.slice(2);
if (process.env.NODE_ENV === "production") throw new Error("pg-fresh: refusing to drop a database with NODE_ENV=production");
const nameOf = (u) => decodeURIComponent(new URL(u).pathname.slice(1));
const checked = (name) => {
  if (!/^[a-z0-9_]+$/.test(name) || name === "postgres" || name.startsWith("template")) throw new Error(`pg-fresh: will not touch database "${name}"`);
  return name;
};
const name = checked(nameOf(url));
const admin = new URL(url);
admin.pathname = "/postgres";
const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
try {
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  if (flag === "--from") {
    // A template may have no other session: end what a finished test process left behind.
    const from = checked(source);
    await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [from]);
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${from}"`);
  } else if (flag !== "--drop") {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  }
} finally {
  await client.end();
}
