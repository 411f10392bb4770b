// Reading any version of a manual (R7.4: earlier versions stay readable) and the forms'
// attached PDFs. The manual shape and its select are the same as the version in force
// (app/models/permit.server.ts), so every version reads alike.
import { toBangkokDate } from "~/domain/calendar/bangkok-date";
import type { VersionSummary } from "~/domain/manual/versions";
import type { Prisma } from "~/generated/prisma/client";
import type { Manual } from "~/schemas/open-data";
import { prisma } from "~/utils/db.server";
import { manualVersionSelect, permitHeadSelect, toManual } from "./permit.server";

export type PermitRef = { id: string; slug: string; agencyId: string; currentVersionId: string | null };

export async function findPermitRef(slug: string): Promise<PermitRef | null> {
  return prisma.permit.findUnique({ where: { slug }, select: { id: true, slug: true, agencyId: true, currentVersionId: true } });
}

// Every version of a permit's manual, newest first, drafts included.
export async function listVersions(permitId: string): Promise<VersionSummary[]> {
  const rows = await prisma.manualVersion.findMany({
    where: { permitId },
    select: { id: true, version: true, status: true, publishedAt: true },
    orderBy: { version: "desc" },
  });
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt ? toBangkokDate(r.publishedAt) : null }));
}

// One version, drafts included, in the Manual shape; null when the permit has no such version.
export async function getManualVersion(slug: string, version: number): Promise<Manual | null> {
  const row = await prisma.permit.findUnique({
    where: { slug },
    select: { ...permitHeadSelect, versions: { where: { version }, select: manualVersionSelect } },
  });
  const v = row?.versions[0];
  return row && v ? toManual(row, v) : null;
}

const formSelect = {
  id: true,
  nameTh: true,
  nameEn: true,
  fileKey: true,
  fileName: true,
  fileSize: true,
  fileSha256: true,
  version: {
    select: { id: true, version: true, status: true, nameTh: true, nameEn: true, permit: { select: { id: true, slug: true, agencyId: true } } },
  },
} satisfies Prisma.ManualFormSelect;
export type FormRow = Prisma.ManualFormGetPayload<{ select: typeof formSelect }>;

// A form row of a permit's manual (any version); null when the id is not one of this permit's.
export async function findManualForm(slug: string, formId: string, db: Prisma.TransactionClient | typeof prisma = prisma): Promise<FormRow | null> {
  const form = await db.manualForm.findUnique({ where: { id: formId }, select: formSelect });
  return form && form.version.permit.slug === slug ? form : null;
}

export type FormFile = { fileKey: string; fileName: string; fileSize: number; fileSha256: string };
export const NO_FILE: FormFile = { fileKey: "", fileName: "", fileSize: 0, fileSha256: "" };

export async function setFormFile(tx: Prisma.TransactionClient, formId: string, file: FormFile): Promise<void> {
  await tx.manualForm.update({ where: { id: formId }, data: file });
}

// How many form rows other than this one point at the same stored bytes (copied drafts,
// published versions): while any does, the bytes must stay.
export async function countOtherFormsWithKey(fileKey: string, formId: string): Promise<number> {
  return prisma.manualForm.count({ where: { fileKey, id: { not: formId } } });
}

// The forms of one version with their ids, for the links to each form's attachment page.
export async function listFormsOfVersion(permitId: string, version: number) {
  return prisma.manualForm.findMany({
    where: { version: { permitId, version } },
    select: { id: true, code: true, nameTh: true, nameEn: true, fileName: true, fileSize: true },
    orderBy: { position: "asc" },
  });
}
