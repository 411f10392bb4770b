// Prisma access for uploaded files. Rows hold metadata and the storage key; the bytes are
// in FileStorage (services/storage.server). A file belongs to a draft until the draft is
// submitted, then to the request.
import { prisma } from "~/utils/db.server";
import type { Tx } from "./request.server";

export type StoredFileInput = {
  storageKey: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  manualDocumentId: string;
  draftId?: string | null;
  requestId?: string | null;
  uploadedBy: "applicant" | "staff";
  createdAt: Date;
};

const summary = { id: true, fileName: true, mediaType: true, size: true, manualDocumentId: true, uploadedBy: true, createdAt: true } as const;

export async function createStoredFile(data: StoredFileInput) {
  return prisma.storedFile.create({ data, select: { id: true, fileName: true, mediaType: true, size: true } });
}

// Everything the download route needs to decide: the owning request's scope fields.
export async function findStoredFile(id: string) {
  return prisma.storedFile.findUnique({
    where: { id },
    select: {
      id: true,
      storageKey: true,
      fileName: true,
      mediaType: true,
      size: true,
      sha256: true,
      draftId: true,
      requestId: true,
      request: { select: { trackingNumber: true, agencyId: true, serviceCenterId: true } },
    },
  });
}
export type FoundStoredFile = NonNullable<Awaited<ReturnType<typeof findStoredFile>>>;

export async function listFilesOfDraft(draftId: string) {
  return prisma.storedFile.findMany({ where: { draftId }, select: summary, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

export async function listFilesOfRequest(requestId: string) {
  return prisma.storedFile.findMany({ where: { requestId }, select: summary, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

// Storage keys of the files of these drafts, so their bytes can go before the rows cascade.
export async function listStorageKeysOfDrafts(draftIds: string[]): Promise<string[]> {
  if (draftIds.length === 0) return [];
  const rows = await prisma.storedFile.findMany({ where: { draftId: { in: draftIds } }, select: { storageKey: true } });
  return rows.map((r) => r.storageKey);
}

// Returns the storage key of the deleted row, or null when there was no such row.
export async function deleteStoredFileRow(id: string): Promise<{ storageKey: string } | null> {
  const [row] = await prisma.storedFile.findMany({ where: { id }, select: { storageKey: true } });
  if (!row) return null;
  const { count } = await prisma.storedFile.deleteMany({ where: { id } });
  return count ? row : null;
}

// On submission the draft's files move to the new request. The draft link is cleared so
// purging the draft later (cascade) does not take the request's documents with it.
export async function attachDraftFilesToRequest(tx: Tx, draftId: string, requestId: string): Promise<number> {
  const { count } = await tx.storedFile.updateMany({ where: { draftId }, data: { draftId: null, requestId } });
  return count;
}
