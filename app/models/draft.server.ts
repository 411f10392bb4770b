// Online applications in progress (save and return). Keys and codes are stored as hashes only.
import { prisma } from "~/utils/db.server";

const draftSelect = {
  id: true,
  permitId: true,
  manualVersionId: true,
  data: true,
  email: true,
  language: true,
  expiresAt: true,
  trackingNumber: true,
  codeHash: true,
} as const;

export async function createDraft(data: { keyHash: string; codeHash: string; permitId: string; manualVersionId: string; language: string; expiresAt: Date; at: Date }) {
  const { at, ...rest } = data;
  return prisma.applicationDraft.create({ data: { ...rest, createdAt: at, updatedAt: at }, select: { id: true } });
}

export async function findDraftByKeyHash(keyHash: string) {
  return prisma.applicationDraft.findUnique({ where: { keyHash }, select: draftSelect });
}
export type DraftRow = NonNullable<Awaited<ReturnType<typeof findDraftByKeyHash>>>;

export async function updateDraft(id: string, data: { data?: string; email?: string; codeHash?: string; expiresAt?: Date; manualVersionId?: string }, at: Date) {
  await prisma.applicationDraft.update({ where: { id }, data: { ...data, updatedAt: at } });
}

export async function expiredDraftIds(at: Date): Promise<string[]> {
  const rows = await prisma.applicationDraft.findMany({ where: { expiresAt: { lte: at } }, select: { id: true }, take: 1000 });
  return rows.map((r) => r.id);
}

export async function deleteDrafts(ids: string[]) {
  if (ids.length) await prisma.applicationDraft.deleteMany({ where: { id: { in: ids } } });
}
