// One Prisma client per process, on the libSQL driver adapter (no native engine).
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "~/generated/prisma/client";
import { env } from "~/utils/env.server";

declare global {
  // eslint-disable-next-line no-var
  var __anuyatPrisma: PrismaClient | undefined;
}

export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaLibSQL({ url }) });
}

// Reused across dev-server reloads so we don't open a new connection per edit.
export const prisma: PrismaClient = (globalThis.__anuyatPrisma ??= createPrismaClient(env().DATABASE_URL));
