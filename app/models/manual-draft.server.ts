// Prisma access for the manual editor (issue 7): permits in an editor's scope, a draft version
// read as editor state, and the writes that create, save and publish a draft. A draft is an
// ordinary ManualVersion row with status "draft" and its child rows, edited in place; every
// write checks the status so a published version is never changed (R7.4, decision 0011).
import type { Prisma } from "~/generated/prisma/client";
import type { EditorState } from "~/domain/manual/editor-state";
import { prisma } from "~/utils/db.server";

type Tx = Prisma.TransactionClient;

export const editorPermitSelect = {
  id: true,
  slug: true,
  kind: true,
  category: true,
  agencyId: true,
  currentVersionId: true,
  createdAt: true,
  agency: { select: { code: true, nameTh: true, nameEn: true, phone: true, ministry: { select: { code: true, nameTh: true, nameEn: true } } } },
  serviceCenters: { select: { serviceCenter: { select: { id: true, code: true } } } },
  currentVersion: { select: { version: true, nameTh: true, nameEn: true, publishedAt: true } },
  versions: {
    select: { id: true, version: true, status: true, nameTh: true, nameEn: true, publishedAt: true, updatedAt: true, createdAt: true },
    orderBy: { version: "desc" },
  },
} satisfies Prisma.PermitSelect;
export type EditorPermit = Prisma.PermitGetPayload<{ select: typeof editorPermitSelect }>;

export function findEditorPermit(slug: string): Promise<EditorPermit | null> {
  return prisma.permit.findUnique({ where: { slug }, select: editorPermitSelect });
}

// Every permit of one agency (an editor) or of all agencies (an administrator).
export function listEditorPermits(agencyId: string | null): Promise<EditorPermit[]> {
  return prisma.permit.findMany({ where: agencyId ? { agencyId } : {}, select: editorPermitSelect, orderBy: { slug: "asc" } });
}

export function listAgencyChoices() {
  return prisma.agency.findMany({ select: { id: true, code: true, nameTh: true, nameEn: true, phone: true }, orderBy: { code: "asc" } });
}

export function listCenterChoices() {
  return prisma.serviceCenter.findMany({ select: { id: true, code: true, nameTh: true, nameEn: true }, orderBy: { code: "asc" } });
}

export async function slugTaken(slug: string): Promise<boolean> {
  return (await prisma.permit.count({ where: { slug } })) > 0;
}

const ordered = { orderBy: { position: "asc" as const } };
const stateSelect = {
  id: true,
  version: true,
  status: true,
  updatedAt: true,
  nameTh: true,
  nameEn: true,
  serviceType: true,
  impactLevel: true,
  serviceArea: true,
  timeLawTh: true,
  timeLawEn: true,
  statutoryValue: true,
  statutoryUnit: true,
  statsAvg: true,
  statsMax: true,
  statsMin: true,
  referenceName: true,
  criteriaTh: true,
  criteriaEn: true,
  totalValue: true,
  totalUnit: true,
  streamlined: true,
  noFee: true,
  remarksTh: true,
  remarksEn: true,
  preparedByTh: true,
  preparedByEn: true,
  approvedByTh: true,
  approvedByEn: true,
  publishedByTh: true,
  publishedByEn: true,
  laws: { select: { titleTh: true, titleEn: true }, ...ordered },
  channels: {
    select: { kind: true, serviceCenterId: true, placeTh: true, placeEn: true, hoursTh: true, hoursEn: true, phone: true, url: true, remarkTh: true, remarkEn: true },
    ...ordered,
  },
  steps: {
    select: {
      kind: true,
      titleTh: true,
      titleEn: true,
      descriptionTh: true,
      descriptionEn: true,
      durationValue: true,
      durationUnit: true,
      responsibleTh: true,
      responsibleEn: true,
      remarkTh: true,
      remarkEn: true,
    },
    ...ordered,
  },
  documents: {
    select: { group: true, nameTh: true, nameEn: true, issuerTh: true, issuerEn: true, originals: true, copies: true, unit: true, conditionTh: true, conditionEn: true },
    ...ordered,
  },
  fees: {
    select: { kind: true, descriptionTh: true, descriptionEn: true, amount: true, amountMin: true, amountMax: true, percent: true, remarkTh: true, remarkEn: true },
    ...ordered,
  },
  complaintChannels: { select: { nameTh: true, nameEn: true, detailTh: true, detailEn: true }, ...ordered },
  forms: { select: { id: true, code: true, nameTh: true, nameEn: true, url: true, fileKey: true, fileName: true, fileSize: true, fileSha256: true }, ...ordered },
} satisfies Prisma.ManualVersionSelect;
type StateRow = Prisma.ManualVersionGetPayload<{ select: typeof stateSelect }>;

function toState(v: StateRow): EditorState {
  const { id: _id, version: _v, status: _s, updatedAt: _u, forms, channels, ...rest } = v;
  return {
    ...rest,
    noDocuments: v.documents.length === 0,
    channels: channels.map((c) => ({ ...c, serviceCenterId: c.serviceCenterId ?? "" })),
    forms: forms.map((f) => ({ id: f.id, code: f.code, nameTh: f.nameTh, nameEn: f.nameEn, url: f.url })),
  };
}

export type EditorVersion = {
  id: string;
  version: number;
  status: string;
  updatedAt: Date;
  state: EditorState;
  files: Record<string, { name: string; size: number; sha256: string } | null>;
};

export async function loadEditorVersion(id: string, db: Tx | typeof prisma = prisma): Promise<EditorVersion | null> {
  const v = await db.manualVersion.findUnique({ where: { id }, select: stateSelect });
  if (!v) return null;
  const files = Object.fromEntries(v.forms.map((f) => [f.id, f.fileKey ? { name: f.fileName, size: f.fileSize, sha256: f.fileSha256 } : null]));
  return { id: v.id, version: v.version, status: v.status, updatedAt: v.updatedAt, state: toState(v), files };
}

// The columns of the version row itself (noDocuments is not stored: no rows say it).
function scalars(s: EditorState) {
  return {
    nameTh: s.nameTh,
    nameEn: s.nameEn,
    serviceType: s.serviceType,
    impactLevel: s.impactLevel,
    serviceArea: s.serviceArea,
    timeLawTh: s.timeLawTh,
    timeLawEn: s.timeLawEn,
    statutoryValue: s.statutoryValue ?? 0,
    statutoryUnit: s.statutoryUnit || "working_days",
    statsAvg: s.statsAvg ?? 0,
    statsMax: s.statsMax ?? 0,
    statsMin: s.statsMin ?? 0,
    referenceName: s.referenceName,
    criteriaTh: s.criteriaTh,
    criteriaEn: s.criteriaEn,
    totalValue: s.totalValue ?? 0,
    totalUnit: s.totalUnit,
    streamlined: s.streamlined,
    noFee: s.noFee,
    remarksTh: s.remarksTh,
    remarksEn: s.remarksEn,
    preparedByTh: s.preparedByTh,
    preparedByEn: s.preparedByEn,
    approvedByTh: s.approvedByTh,
    approvedByEn: s.approvedByEn,
    publishedByTh: s.publishedByTh,
    publishedByEn: s.publishedByEn,
  };
}

// Child rows in list order (position 1, 2, …). Forms are kept by id (their PDFs hang on them).
async function writeRows(tx: Tx, versionId: string, s: EditorState, fileFrom?: Map<string, { fileKey: string; fileName: string; fileSize: number; fileSha256: string }>) {
  const where = { where: { versionId } };
  await tx.manualLaw.deleteMany(where);
  await tx.manualChannel.deleteMany(where);
  await tx.manualStep.deleteMany(where);
  await tx.manualDocument.deleteMany(where);
  await tx.manualFee.deleteMany(where);
  await tx.manualComplaintChannel.deleteMany(where);
  const at = (i: number) => ({ versionId, position: i + 1 });
  await tx.manualLaw.createMany({ data: s.laws.map((l, i) => ({ ...at(i), ...l })) });
  await tx.manualChannel.createMany({ data: s.channels.map((c, i) => ({ ...at(i), ...c, serviceCenterId: c.serviceCenterId || null })) });
  await tx.manualStep.createMany({ data: s.steps.map((st, i) => ({ ...at(i), ...st, durationValue: st.durationValue ?? 0 })) });
  await tx.manualDocument.createMany({ data: s.documents.map((d, i) => ({ ...at(i), ...d, originals: d.originals ?? 0, copies: d.copies ?? 0 })) });
  await tx.manualFee.createMany({ data: s.fees.map((f, i) => ({ ...at(i), ...f })) });
  await tx.manualComplaintChannel.createMany({ data: s.complaintChannels.map((c, i) => ({ ...at(i), ...c })) });

  const existing = new Set((await tx.manualForm.findMany({ where: { versionId }, select: { id: true } })).map((f) => f.id));
  const kept = new Set(s.forms.map((f) => f.id).filter((id) => existing.has(id)));
  await tx.manualForm.deleteMany({ where: { versionId, id: { notIn: [...kept] } } });
  for (const [i, f] of s.forms.entries()) {
    const data = { position: i + 1, code: f.code, nameTh: f.nameTh, nameEn: f.nameEn, url: f.url };
    if (kept.has(f.id)) await tx.manualForm.update({ where: { id: f.id }, data });
    else await tx.manualForm.create({ data: { versionId, ...data, ...(f.id && fileFrom?.get(f.id)) } });
  }
}

// Saves a draft in place; false when the version is no longer a draft (published meanwhile).
export async function writeDraft(tx: Tx, versionId: string, s: EditorState, at: Date, extra: Partial<Prisma.ManualVersionUpdateManyMutationInput> = {}): Promise<boolean> {
  const updated = await tx.manualVersion.updateMany({ where: { id: versionId, status: "draft" }, data: { ...scalars(s), updatedAt: at, ...extra } });
  if (updated.count !== 1) return false;
  await writeRows(tx, versionId, s);
  return true;
}

// A new draft with the next version number, its content copied from `state` (the version in
// force, or a new permit's first draft). Forms copied from an existing version keep their PDFs.
export async function createDraft(
  tx: Tx,
  input: { permitId: string; version: number; state: EditorState; createdById: string; at: Date; copyFilesFrom?: string },
): Promise<string> {
  const draft = await tx.manualVersion.create({
    data: { permitId: input.permitId, version: input.version, status: "draft", ...scalars(input.state), createdAt: input.at, updatedAt: input.at, createdById: input.createdById },
    select: { id: true },
  });
  const files = input.copyFilesFrom
    ? new Map(
        (await tx.manualForm.findMany({ where: { versionId: input.copyFilesFrom }, select: { id: true, fileKey: true, fileName: true, fileSize: true, fileSha256: true } })).map(
          (f) => [f.id, { fileKey: f.fileKey, fileName: f.fileName, fileSize: f.fileSize, fileSha256: f.fileSha256 }],
        ),
      )
    : undefined;
  // Copied form rows get new ids; the posted ids name the source rows so their files follow.
  await writeRows(tx, draft.id, input.state, files);
  return draft.id;
}

export async function nextVersionNumber(tx: Tx, permitId: string): Promise<number> {
  const max = await tx.manualVersion.aggregate({ where: { permitId }, _max: { version: true } });
  return (max._max.version ?? 0) + 1;
}

export function findDraftOf(tx: Tx | typeof prisma, permitId: string) {
  return tx.manualVersion.findFirst({ where: { permitId, status: "draft" }, select: { id: true, version: true } });
}

export function createPermitRow(tx: Tx, input: { slug: string; kind: string; category: string; agencyId: string; serviceCenterIds: string[] }) {
  return tx.permit.create({
    data: {
      slug: input.slug,
      kind: input.kind,
      category: input.category,
      agencyId: input.agencyId,
      serviceCenters: { createMany: { data: input.serviceCenterIds.map((serviceCenterId) => ({ serviceCenterId })) } },
    },
    select: { id: true },
  });
}

export function setCurrentVersion(tx: Tx, permitId: string, versionId: string) {
  return tx.permit.update({ where: { id: permitId }, data: { currentVersionId: versionId }, select: { id: true } });
}
