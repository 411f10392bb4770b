// Liveness and readiness: the process answers and the database responds.
import { prisma } from "~/utils/db.server";

export async function loader() {
  await prisma.$queryRaw`SELECT 1`;
  return new Response("ok", { headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" } });
}
