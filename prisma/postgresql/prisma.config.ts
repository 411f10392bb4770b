// The PostgreSQL twin of prisma/prisma.config.ts (decision 0016): generates the second client
// (app/generated/prisma-pg) from the derived schema. Prisma 6 cannot `migrate deploy` through
// the pg adapter (prisma/orm#27403); prisma/tools/deploy.ts applies our SQL migrations instead.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join(import.meta.dirname, "schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "migrations") },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
