// Prisma access for the files kept from an online bundle form that was not yet filed (decision
// 0021). Rows hold metadata and the storage key; the bytes are in FileStorage. The owner is the
// SHA-256 of the form's key, never the key itself.
import { isUniqueViolation, prisma } from "~/utils/db.server";
import type { Tx } from "./request.server";

export type StagedUploadInput = {
  formKeyHash: string;
  lineId: string;
  storageKey: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: Date;
};

const summary = { id: true, lineId: true, fileName: true, size: true, sha256: true } as const;

export async function listStagedUploads(formKeyHash: string) {
  return prisma.stagedUpload.findMany({ where: { formKeyHash }, select: summary, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** What filing needs: where each file's bytes are. */
export async function listStagedForFiling(formKeyHash: string) {
  return prisma.stagedUpload.findMany({
    where: { formKeyHash },
    select: { ...summary, storageKey: true, mediaType: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export type StagedForFiling = Awaited<ReturnType<typeof listStagedForFiling>>[number];

/** False when the same bytes are already kept for that line of that form (a form sent twice at once). */
export async function createStagedUpload(data: StagedUploadInput): Promise<boolean> {
  try {
    await prisma.stagedUpload.create({ data, select: { id: true } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** The storage key of the removed row, or null when the form has no such file. */
export async function deleteStagedUpload(formKeyHash: string, id: string): Promise<string | null> {
  const [row] = await prisma.stagedUpload.findMany({ where: { id, formKeyHash }, select: { storageKey: true } });
  if (!row) return null;
  const { count } = await prisma.stagedUpload.deleteMany({ where: { id, formKeyHash } });
  return count ? row.storageKey : null;
}

export async function listStagedBefore(before: Date) {
  return prisma.stagedUpload.findMany({ where: { createdAt: { lt: before } }, select: { id: true, storageKey: true } });
}

/** In the filing transaction (the files now belong to its requests), or by the sweep. */
export async function deleteStagedRows(ids: readonly string[], db: Tx = prisma): Promise<number> {
  if (ids.length === 0) return 0;
  const { count } = await db.stagedUpload.deleteMany({ where: { id: { in: [...ids] } } });
  return count;
}
