// One Prisma client per process, on the libSQL driver adapter (no native engine).
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "~/generated/prisma/client";
import { env } from "~/utils/env.server";

declare global {
  // eslint-disable-next-line no-var
  var __anuyatPrisma: PrismaClient | undefined;
}

export function createPrismaClient(url: string): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaLibSQL({ url }) });
  if (url.startsWith("file:")) {
    // WAL lets readers run beside a writer; busy_timeout makes a second process (the sweep
    // command, another server) wait for a lock instead of failing at once.
    void client
      .$queryRawUnsafe("PRAGMA busy_timeout = 10000")
      .then(() => client.$queryRawUnsafe("PRAGMA journal_mode = WAL"))
      .catch((error) => console.error("[db] could not configure SQLite", error));
  }
  return client;
}

// Reused across dev-server reloads so we don't open a new connection per edit.
export const prisma: PrismaClient = (globalThis.__anuyatPrisma ??= createPrismaClient(env().DATABASE_URL));

// Prisma's code for a unique constraint that refused a row.
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
