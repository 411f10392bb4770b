// Prisma access for life-event guides (issue 10) and the manual facts a guide's result needs.
// Narrow selects; the definition is parsed by its schema on every read.
import type { Fee, PermitFacts } from "~/domain/guides/types";
import type { TimeUnit } from "~/domain/manual/vocabulary";
import type { Prisma } from "~/generated/prisma/client";
import { readDefinition } from "~/schemas/guides";
import { prisma } from "~/utils/db.server";

const guideSelect = {
  id: true,
  slug: true,
  titleTh: true,
  titleEn: true,
  summaryTh: true,
  summaryEn: true,
  definition: true,
  published: true,
  position: true,
  updatedAt: true,
} satisfies Prisma.GuideSelect;
type GuideRow = Prisma.GuideGetPayload<{ select: typeof guideSelect }>;

function toGuide(row: GuideRow) {
  const definition = readDefinition(row.definition);
  return definition ? { ...row, definition } : null;
}
export type Guide = NonNullable<ReturnType<typeof toGuide>>;

export async function listGuides(opts: { publishedOnly: boolean }): Promise<Guide[]> {
  const rows = await prisma.guide.findMany({
    where: opts.publishedOnly ? { published: true } : {},
    select: guideSelect,
    orderBy: [{ position: "asc" }, { slug: "asc" }],
  });
  return rows.map(toGuide).filter((g): g is Guide => g !== null);
}

export async function findGuideBySlug(slug: string): Promise<Guide | null> {
  const row = await prisma.guide.findUnique({ where: { slug }, select: guideSelect });
  return row ? toGuide(row) : null;
}

export async function findGuideById(id: string): Promise<Guide | null> {
  const row = await prisma.guide.findUnique({ where: { id }, select: guideSelect });
  return row ? toGuide(row) : null;
}

export async function findGuideIdBySlug(slug: string): Promise<string | null> {
  return (await prisma.guide.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}

export type GuideWrite = { slug: string; titleTh: string; titleEn: string; summaryTh: string; summaryEn: string; published: boolean; position: number; definition: string };

export async function createGuide(tx: Prisma.TransactionClient, data: GuideWrite, at: Date) {
  return tx.guide.create({ data: { ...data, createdAt: at, updatedAt: at }, select: { id: true } });
}

export async function updateGuide(tx: Prisma.TransactionClient, id: string, data: GuideWrite, at: Date) {
  await tx.guide.update({ where: { id }, data: { ...data, updatedAt: at } });
}

// Slugs of permits with a manual in force, for the editor's lists and the save-time check.
export async function publishedPermitChoices() {
  const rows = await prisma.permit.findMany({
    where: { currentVersion: { is: { status: "published" } } },
    select: { slug: true, currentVersion: { select: { nameTh: true, nameEn: true } } },
    orderBy: { slug: "asc" },
  });
  return rows.map((r) => ({ slug: r.slug, nameTh: r.currentVersion!.nameTh, nameEn: r.currentVersion!.nameEn }));
}

const factsSelect = {
  id: true,
  slug: true,
  agencyId: true,
  agency: { select: { nameTh: true, nameEn: true } },
  currentVersion: {
    select: {
      id: true,
      status: true,
      nameTh: true,
      nameEn: true,
      totalValue: true,
      totalUnit: true,
      noFee: true,
      fees: { select: { kind: true, descriptionTh: true, descriptionEn: true, amount: true, amountMin: true, amountMax: true, percent: true }, orderBy: { position: "asc" } },
      documents: {
        select: { id: true, group: true, nameTh: true, nameEn: true, issuerTh: true, issuerEn: true, originals: true, copies: true, unit: true, conditionTh: true, conditionEn: true },
        orderBy: { position: "asc" },
      },
      channels: { select: { kind: true }, where: { kind: "online" } },
    },
  },
  serviceCenters: { select: { serviceCenterId: true } },
} satisfies Prisma.PermitSelect;

export type BundlePermitFacts = PermitFacts & { permitId: string; agencyId: string; versionId: string; online: boolean; serviceCenterIds: string[] };

function toFee(f: { kind: string; descriptionTh: string; descriptionEn: string; amount: number | null; amountMin: number | null; amountMax: number | null; percent: number | null }): Fee {
  const description = { th: f.descriptionTh, en: f.descriptionEn };
  if (f.kind === "range") return { kind: "range", description, min: f.amountMin ?? 0, max: f.amountMax ?? 0 };
  if (f.kind === "percentage") return { kind: "percentage", description, percent: f.percent ?? 0 };
  return { kind: "fixed", description, amount: f.amount ?? 0 };
}

/** The facts of each named permit's manual in force; permits without one are absent. */
export async function permitFactsBySlug(slugs: readonly string[]): Promise<Map<string, BundlePermitFacts>> {
  const rows = await prisma.permit.findMany({ where: { slug: { in: [...slugs] } }, select: factsSelect });
  const out = new Map<string, BundlePermitFacts>();
  for (const r of rows) {
    const v = r.currentVersion;
    if (!v || v.status !== "published") continue;
    out.set(r.slug, {
      slug: r.slug,
      permitId: r.id,
      agencyId: r.agencyId,
      versionId: v.id,
      online: v.channels.length > 0,
      serviceCenterIds: r.serviceCenters.map((s) => s.serviceCenterId),
      name: { th: v.nameTh, en: v.nameEn },
      agency: { th: r.agency.nameTh, en: r.agency.nameEn },
      total: { value: v.totalValue, unit: v.totalUnit as TimeUnit },
      noFee: v.noFee,
      fees: v.fees.map(toFee),
      documents: v.documents.map((d) => ({
        id: d.id,
        group: d.group === "identity" ? "identity" : "other",
        name: { th: d.nameTh, en: d.nameEn },
        issuer: { th: d.issuerTh, en: d.issuerEn },
        originals: d.originals,
        copies: d.copies,
        unit: d.unit === "set" ? "set" : "copy",
        condition: d.conditionTh || d.conditionEn ? { th: d.conditionTh, en: d.conditionEn } : null,
      })),
    });
  }
  return out;
}
