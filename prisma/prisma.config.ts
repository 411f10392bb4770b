// Prisma 6.19 with the JS engine and the libSQL driver adapter: nothing is downloaded.
// A config file stops Prisma from reading .env, so scripts export DATABASE_URL
// (tests/tools/with-env.sh gives it a default).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join(import.meta.dirname, "schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "migrations") },
  async adapter() {
    return new PrismaLibSQL({ url: process.env.DATABASE_URL ?? "file:.data/anuyat.db" });
  },
});
