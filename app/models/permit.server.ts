// Prisma access for permits and their current manual version (R7.4). Narrow selects only;
// rows are turned into the open-data shapes of app/schemas/open-data.ts right here.
import type { Prisma } from "~/generated/prisma/client";
import { matchesAllTerms } from "~/domain/catalogue/search-text";
import { toBangkokDate } from "~/domain/calendar/bangkok-date";
import type { Manual, PermitSummary } from "~/schemas/open-data";
import type { Category, PermitKind, TimeUnit } from "~/domain/manual/vocabulary";
import { prisma } from "~/utils/db.server";
import { findPublishedPermitIds } from "~/models/permit-search.server";
import { memo } from "~/utils/memo.server";

// Published manual versions never change (R7.4), so a manual is cached by its version id;
// the short time limit only bounds how long an edited agency name could lag.
const manualCache = memo<Manual | null>(60_000);
// The catalogue is keyed by the newest permit change (publication moves currentVersionId).
const catalogueCache = memo<{ id: string; summary: PermitSummary; searchText: string }[]>(30_000, 4);

// What a manual shows of its permit, whichever version is read.
export const permitHeadSelect = {
  slug: true,
  kind: true,
  category: true,
  popularity: true,
  agency: {
    select: { code: true, nameTh: true, nameEn: true, ministry: { select: { code: true, nameTh: true, nameEn: true } } },
  },
  serviceCenters: { select: { serviceCenter: { select: { code: true } } }, orderBy: { serviceCenterId: "asc" } },
} satisfies Prisma.PermitSelect;
export type PermitHeadRow = Prisma.PermitGetPayload<{ select: typeof permitHeadSelect }>;

const summarySelect = {
  ...permitHeadSelect,
  currentVersion: {
    select: {
      version: true,
      publishedAt: true,
      nameTh: true,
      nameEn: true,
      totalValue: true,
      totalUnit: true,
      searchText: true,
      channels: { select: { kind: true }, where: { kind: "online" } },
    },
  },
} satisfies Prisma.PermitSelect;

type SummaryRow = Prisma.PermitGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): PermitSummary {
  const v = row.currentVersion!;
  return {
    slug: row.slug,
    name: { th: v.nameTh, en: v.nameEn },
    kind: row.kind as PermitKind,
    category: row.category as Category,
    agency: {
      code: row.agency.code,
      name: { th: row.agency.nameTh, en: row.agency.nameEn },
      ministry: { code: row.agency.ministry.code, name: { th: row.agency.ministry.nameTh, en: row.agency.ministry.nameEn } },
    },
    serviceCenters: row.serviceCenters.map((s) => s.serviceCenter.code).sort(),
    totalTime: { value: v.totalValue, unit: v.totalUnit as TimeUnit },
    online: v.channels.length > 0,
    version: v.version,
    publishedAt: v.publishedAt ? toBangkokDate(v.publishedAt) : null,
    url: `/permits/${row.slug}`,
  };
}

// Every published permit whose search text contains all terms, most used first, then slug.
// The database finds them on its trigram index (app/models/permit-search.server.ts, decision
// 0018); the rows are the cached catalogue's, and the same test runs again on their search
// text, so the two can never disagree silently.
export async function listPublishedPermits(terms: readonly string[] = []): Promise<PermitSummary[]> {
  if (terms.length === 0) return (await publishedCatalogue()).map((p) => p.summary);
  const [all, ids] = await Promise.all([publishedCatalogue(), findPublishedPermitIds(terms)]);
  const byId = new Map(all.map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    return p && matchesAllTerms(p.searchText, terms) ? [p.summary] : [];
  });
}

// Every published permit with its search text, most used first: the listing, the home page's
// most used, and the rows a search returns. Keyed by the newest permit change (publication
// moves currentVersionId), so a publication shows at once.
async function publishedCatalogue() {
  const version = await prisma.permit.aggregate({ _max: { updatedAt: true }, _count: { _all: true } });
  const key = `${version._max.updatedAt?.toISOString() ?? "none"}:${version._count._all}`;
  return catalogueCache.get(key, async () => {
    const rows = await prisma.permit.findMany({
      where: { currentVersion: { is: { status: "published" } } },
      select: { id: true, ...summarySelect },
      orderBy: [{ popularity: "desc" }, { slug: "asc" }],
    });
    return rows.map((row) => ({ id: row.id, summary: toSummary(row), searchText: row.currentVersion!.searchText }));
  });
}

export async function listMostUsedPermits(limit: number): Promise<PermitSummary[]> {
  return (await publishedCatalogue()).slice(0, limit).map((p) => p.summary);
}

// One select and one mapping for a whole manual version, shared by the version in force and
// by earlier versions and drafts (app/models/manual-version.server.ts), so all read alike.
export const manualVersionSelect = {
  ...summarySelect.currentVersion.select,
  status: true,
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
  laws: { select: { titleTh: true, titleEn: true }, orderBy: { position: "asc" } },
  channels: {
    select: {
      kind: true,
      serviceCenterId: true,
      placeTh: true,
      placeEn: true,
      hoursTh: true,
      hoursEn: true,
      phone: true,
      url: true,
      remarkTh: true,
      remarkEn: true,
    },
    orderBy: { position: "asc" },
  },
  steps: { orderBy: { position: "asc" } },
  documents: { orderBy: { position: "asc" } },
  fees: { orderBy: { position: "asc" } },
  complaintChannels: { select: { nameTh: true, nameEn: true, detailTh: true, detailEn: true }, orderBy: { position: "asc" } },
  forms: {
    select: { id: true, code: true, nameTh: true, nameEn: true, url: true, fileKey: true, fileName: true, fileSize: true, fileSha256: true },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.ManualVersionSelect;
export type ManualVersionRow = Prisma.ManualVersionGetPayload<{ select: typeof manualVersionSelect }>;

const manualSelect = { ...permitHeadSelect, currentVersion: { select: manualVersionSelect } } satisfies Prisma.PermitSelect;

const bi = (th: string, en: string) => ({ th, en });

export async function getPublishedManual(slug: string): Promise<Manual | null> {
  const head = await prisma.permit.findUnique({ where: { slug }, select: { currentVersionId: true } });
  if (!head?.currentVersionId) return null;
  return manualCache.get(head.currentVersionId, () => loadManual(slug));
}

async function loadManual(slug: string): Promise<Manual | null> {
  const row = await prisma.permit.findUnique({ where: { slug }, select: manualSelect });
  const v = row?.currentVersion;
  if (!row || !v || v.status === "draft") return null;
  return toManual(row, v);
}

// Any version of a permit's manual (in force, earlier, or a draft) in the one Manual shape.
export async function toManual(row: PermitHeadRow, v: ManualVersionRow): Promise<Manual> {
  const centers = await prisma.serviceCenter.findMany({
    where: { id: { in: v.channels.map((c) => c.serviceCenterId).filter((id): id is string => !!id) } },
    select: { id: true, code: true },
  });
  const centerCode = new Map(centers.map((c) => [c.id, c.code]));
  return {
    ...toSummary({ ...row, currentVersion: { ...v, channels: v.channels.filter((c) => c.kind === "online") } }),
    serviceType: v.serviceType as Manual["serviceType"],
    impactLevel: v.impactLevel as Manual["impactLevel"],
    serviceArea: v.serviceArea as Manual["serviceArea"],
    laws: v.laws.map((l) => bi(l.titleTh, l.titleEn)),
    timeLaw: bi(v.timeLawTh, v.timeLawEn),
    statutoryTime: { value: v.statutoryValue, unit: v.statutoryUnit as TimeUnit },
    statistics: { average: v.statsAvg, highest: v.statsMax, lowest: v.statsMin },
    referenceName: v.referenceName,
    channels: v.channels.map((c) => ({
      kind: c.kind as Manual["channels"][number]["kind"],
      serviceCenter: c.serviceCenterId ? (centerCode.get(c.serviceCenterId) ?? null) : null,
      place: bi(c.placeTh, c.placeEn),
      hours: bi(c.hoursTh, c.hoursEn),
      phone: c.phone,
      url: c.url,
      remark: bi(c.remarkTh, c.remarkEn),
    })),
    criteria: bi(v.criteriaTh, v.criteriaEn),
    steps: v.steps.map((s) => ({
      position: s.position,
      kind: s.kind as Manual["steps"][number]["kind"],
      title: bi(s.titleTh, s.titleEn),
      description: bi(s.descriptionTh, s.descriptionEn),
      duration: { value: s.durationValue, unit: s.durationUnit as TimeUnit },
      responsible: bi(s.responsibleTh, s.responsibleEn),
      remark: bi(s.remarkTh, s.remarkEn),
    })),
    streamlined: v.streamlined,
    documents: v.documents.map((d) => ({
      position: d.position,
      group: d.group as "identity" | "other",
      name: bi(d.nameTh, d.nameEn),
      issuer: bi(d.issuerTh, d.issuerEn),
      originals: d.originals,
      copies: d.copies,
      unit: d.unit as "copy" | "set",
      condition: d.conditionTh || d.conditionEn ? bi(d.conditionTh, d.conditionEn) : null,
    })),
    noDocuments: v.documents.length === 0,
    fees: v.fees.map((f) => ({
      position: f.position,
      kind: f.kind as "fixed" | "range" | "percentage",
      description: bi(f.descriptionTh, f.descriptionEn),
      amount: f.amount,
      amountMin: f.amountMin,
      amountMax: f.amountMax,
      percent: f.percent,
      remark: bi(f.remarkTh, f.remarkEn),
    })),
    noFee: v.noFee,
    complaintChannels: v.complaintChannels.map((c) => ({ name: bi(c.nameTh, c.nameEn), detail: bi(c.detailTh, c.detailEn) })),
    forms: v.forms.map((f) => ({
      code: f.code,
      name: bi(f.nameTh, f.nameEn),
      url: f.url,
      // An attached PDF is downloaded through /permits/<slug>/forms/<id> (never the raw key).
      file: f.fileKey ? { url: `/permits/${row.slug}/forms/${f.id}`, name: f.fileName, size: f.fileSize, sha256: f.fileSha256 } : null,
    })),
    remarks: bi(v.remarksTh, v.remarksEn),
    preparedBy: bi(v.preparedByTh, v.preparedByEn),
    approvedBy: bi(v.approvedByTh, v.approvedByEn),
    publishedBy: bi(v.publishedByTh, v.publishedByEn),
  };
}

export async function listFilterOptions() {
  const [agencies, centers] = await Promise.all([
    prisma.agency.findMany({
      where: { permits: { some: { currentVersionId: { not: null } } } },
      select: { code: true, nameTh: true, nameEn: true },
      orderBy: { code: "asc" },
    }),
    prisma.serviceCenter.findMany({ select: { code: true, nameTh: true, nameEn: true }, orderBy: { code: "asc" } }),
  ]);
  return {
    agencies: agencies.map((a) => ({ code: a.code, name: bi(a.nameTh, a.nameEn) })),
    serviceCenters: centers.map((c) => ({ code: c.code, name: bi(c.nameTh, c.nameEn) })),
  };
}

// E1: a permit takes online applications when its manual version lists the online channel.
export async function allowsOnline(manualVersionId: string): Promise<boolean> {
  return (await prisma.manualChannel.count({ where: { versionId: manualVersionId, kind: "online" } })) > 0;
}

export async function findPermitSlug(permitId: string): Promise<string | null> {
  return (await prisma.permit.findUnique({ where: { id: permitId }, select: { slug: true } }))?.slug ?? null;
}
