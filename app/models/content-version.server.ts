// The public content's version (decision 0019): a counter raised by database triggers whenever
// a table the public pages show is written. Read by the render cache of every app server.
import { prisma } from "~/utils/db.server";

export async function readContentVersion(): Promise<number> {
  const row = await prisma.contentVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  // No row (a database emptied by hand): 0 until the next trigger re-creates it.
  return row?.version ?? 0;
}
