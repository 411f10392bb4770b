// Loads the demo content (prisma/seed/data) idempotently: upserts by natural keys, so a second
// run leaves the same rows — until an administrator changes something, after which it leaves
// the content alone. Run: npm run db:seed (DATABASE_URL defaults to .data/anuyat.db).
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "../app/generated/prisma/client";
import { buildSearchText } from "../app/domain/catalogue/search-text";
import { findCycle } from "../app/domain/guides/order";
import { GuideDefinitionSchema } from "../app/schemas/guides";
import { agencies } from "./seed/data/agencies";
import { guides } from "./seed/data/guides";
import { holidays } from "./seed/data/holidays";
import { ministries } from "./seed/data/ministries";
import { permits } from "./seed/data/permits";
import { serviceCenters } from "./seed/data/service-centers";
import { demoStaff, DEMO_PASSWORD } from "./seed/data/staff";
import type { PermitSeed } from "./seed/types";
import { validatePermitSeed } from "./seed/validate";

export type SeedSummary = Record<string, number>;

export async function seed(prisma: PrismaClient): Promise<SeedSummary> {
  const problems = permits.flatMap((p) => validatePermitSeed(p, { agencies: agencies.map((a) => a.code), serviceCenters: serviceCenters.map((c) => c.code) }).map((m) => `${p.slug}: ${m}`));
  for (const g of guides) {
    if (!GuideDefinitionSchema.safeParse(g.definition).success) problems.push(`guide ${g.slug}: definition does not parse`);
    if (findCycle(g.definition.permits)) problems.push(`guide ${g.slug}: prerequisite cycle`);
    for (const p of g.definition.permits) if (!permits.some((x) => x.slug === p.slug)) problems.push(`guide ${g.slug}: no permit ${p.slug}`);
  }
  if (problems.length) throw new Error(`Demo content is invalid:\n${problems.join("\n")}`);
  // Once an administrator has changed anything (issue 7: every change is in the audit log), the
  // content is theirs: re-running the seed must not re-add a removed holiday, reactivate a
  // deactivated account or point a permit back at version 1 (R7.4).
  if ((await prisma.auditEntry.count()) > 0) return summary(prisma);

  const ministryId = new Map<string, string>();
  for (const m of ministries) {
    const row = await prisma.ministry.upsert({ where: { code: m.code }, create: { code: m.code, nameTh: m.name.th, nameEn: m.name.en }, update: { nameTh: m.name.th, nameEn: m.name.en }, select: { id: true } });
    ministryId.set(m.code, row.id);
  }
  const agencyId = new Map<string, string>();
  for (const a of agencies) {
    const data = {
      nameTh: a.name.th,
      nameEn: a.name.en,
      ministryId: ministryId.get(a.ministry)!,
      phone: a.phone ?? null,
      website: a.website ?? null,
      addressTh: a.address?.th ?? null,
      addressEn: a.address?.en ?? null,
    };
    const row = await prisma.agency.upsert({ where: { code: a.code }, create: { code: a.code, ...data }, update: data, select: { id: true } });
    agencyId.set(a.code, row.id);
  }
  for (const a of agencies.filter((x) => x.parent)) {
    await prisma.agency.update({ where: { code: a.code }, data: { parentId: agencyId.get(a.parent!)! } });
  }
  const centerId = new Map<string, string>();
  for (const c of serviceCenters) {
    const data = {
      nameTh: c.name.th,
      nameEn: c.name.en,
      addressTh: c.address.th,
      addressEn: c.address.en,
      phone: c.phone,
      opensAt: c.opensAt,
      closesAt: c.closesAt,
      lunchStart: c.lunchStart ?? null,
      lunchEnd: c.lunchEnd ?? null,
    };
    const row = await prisma.serviceCenter.upsert({ where: { code: c.code }, create: { code: c.code, ...data }, update: data, select: { id: true } });
    centerId.set(c.code, row.id);
  }
  for (const h of holidays) {
    const data = { nameTh: h.name.th, nameEn: h.name.en, kind: h.kind };
    await prisma.holiday.upsert({ where: { date: h.date }, create: { date: h.date, ...data }, update: data });
  }
  for (const p of permits) await seedPermit(prisma, p, agencyId, centerId);

  for (const g of guides) {
    const data = { titleTh: g.title.th, titleEn: g.title.en, summaryTh: g.summary.th, summaryEn: g.summary.en, position: g.position, published: true, definition: JSON.stringify(g.definition) };
    await prisma.guide.upsert({ where: { slug: g.slug }, create: { slug: g.slug, ...data }, update: data });
  }

  const passwordHash = await hash(DEMO_PASSWORD);
  for (const u of demoStaff) {
    const data = {
      name: u.name,
      role: u.role,
      agencyId: u.agency ? agencyId.get(u.agency)! : null,
      serviceCenterId: u.serviceCenter ? centerId.get(u.serviceCenter)! : null,
      active: true,
    };
    await prisma.user.upsert({ where: { email: u.email }, create: { email: u.email, passwordHash, ...data }, update: data });
  }

  return summary(prisma);
}

async function summary(prisma: PrismaClient): Promise<SeedSummary> {
  const [m, a, c, h, p, v, u, g] = await Promise.all([
    prisma.ministry.count(),
    prisma.agency.count(),
    prisma.serviceCenter.count(),
    prisma.holiday.count(),
    prisma.permit.count(),
    prisma.manualVersion.count(),
    prisma.user.count(),
    prisma.guide.count(),
  ]);
  return { ministries: m, agencies: a, serviceCenters: c, holidays: h, permits: p, manualVersions: v, users: u, guides: g };
}

async function seedPermit(prisma: PrismaClient, p: PermitSeed, agencyId: Map<string, string>, centerId: Map<string, string>) {
  const m = p.manual;
  const agency = agencies.find((a) => a.code === p.agency)!;
  const permit = await prisma.permit.upsert({
    where: { slug: p.slug },
    create: { slug: p.slug, kind: p.kind, category: p.category, agencyId: agencyId.get(p.agency)!, popularity: p.popularity },
    update: { kind: p.kind, category: p.category, agencyId: agencyId.get(p.agency)!, popularity: p.popularity },
    select: { id: true },
  });
  const searchText = buildSearchText([
    m.name.th,
    m.name.en,
    agency.name.th,
    agency.name.en,
    ...m.laws.flatMap((l) => [l.th, l.en]),
    ...m.documents.flatMap((d) => [d.name.th, d.name.en]),
  ]);
  const fields = {
    status: "published",
    publishedAt: new Date(`${m.publishedAt}T00:00:00+07:00`),
    nameTh: m.name.th,
    nameEn: m.name.en,
    serviceType: m.serviceType,
    impactLevel: m.impactLevel,
    serviceArea: m.serviceArea,
    timeLawTh: m.timeLaw.th,
    timeLawEn: m.timeLaw.en,
    statutoryValue: m.statutory.value,
    statutoryUnit: m.statutory.unit,
    statsAvg: m.stats.avg,
    statsMax: m.stats.max,
    statsMin: m.stats.min,
    referenceName: m.referenceName,
    criteriaTh: m.criteria.th,
    criteriaEn: m.criteria.en,
    totalValue: m.total.value,
    totalUnit: m.total.unit,
    streamlined: m.streamlined,
    noFee: m.noFee,
    remarksTh: m.remarks?.th ?? "",
    remarksEn: m.remarks?.en ?? "",
    preparedByTh: m.preparedBy.th,
    preparedByEn: m.preparedBy.en,
    approvedByTh: m.approvedBy.th,
    approvedByEn: m.approvedBy.en,
    publishedByTh: m.publishedBy.th,
    publishedByEn: m.publishedBy.en,
    searchText,
  };
  await prisma.$transaction(async (tx) => {
    const existing = await tx.manualVersion.findUnique({ where: { permitId_version: { permitId: permit.id, version: 1 } }, select: { id: true } });
    // Requests may point at version 1 (R7.4): its documents keep their ids, so the demo version
    // is refreshed in place only while no request references it.
    if (existing && (await tx.request.count({ where: { manualVersionId: existing.id } })) > 0) return;
    const version = existing
      ? await tx.manualVersion.update({ where: { id: existing.id }, data: fields, select: { id: true } })
      : await tx.manualVersion.create({ data: { permitId: permit.id, version: 1, ...fields }, select: { id: true } });
    const versionId = version.id;
    await Promise.all([
      tx.manualLaw.deleteMany({ where: { versionId } }),
      tx.manualChannel.deleteMany({ where: { versionId } }),
      tx.manualStep.deleteMany({ where: { versionId } }),
      tx.manualDocument.deleteMany({ where: { versionId } }),
      tx.manualFee.deleteMany({ where: { versionId } }),
      tx.manualComplaintChannel.deleteMany({ where: { versionId } }),
      tx.manualForm.deleteMany({ where: { versionId } }),
    ]);
    await tx.manualLaw.createMany({ data: m.laws.map((l, i) => ({ versionId, position: i + 1, titleTh: l.th, titleEn: l.en })) });
    await tx.manualChannel.createMany({
      data: m.channels.map((c, i) => ({
        versionId,
        position: i + 1,
        kind: c.kind,
        serviceCenterId: c.serviceCenter ? (centerId.get(c.serviceCenter) ?? null) : null,
        placeTh: c.place.th,
        placeEn: c.place.en,
        hoursTh: c.hours.th,
        hoursEn: c.hours.en,
        phone: c.phone ?? "",
        url: c.url ?? "",
        remarkTh: c.remark?.th ?? "",
        remarkEn: c.remark?.en ?? "",
      })),
    });
    await tx.manualStep.createMany({
      data: m.steps.map((s, i) => ({
        versionId,
        position: i + 1,
        kind: s.kind,
        titleTh: s.title.th,
        titleEn: s.title.en,
        descriptionTh: s.description?.th ?? "",
        descriptionEn: s.description?.en ?? "",
        durationValue: s.duration.value,
        durationUnit: s.duration.unit,
        responsibleTh: s.responsible.th,
        responsibleEn: s.responsible.en,
        remarkTh: s.remark?.th ?? "",
        remarkEn: s.remark?.en ?? "",
      })),
    });
    await tx.manualDocument.createMany({
      data: m.documents.map((d, i) => ({
        versionId,
        position: i + 1,
        group: d.group,
        nameTh: d.name.th,
        nameEn: d.name.en,
        issuerTh: d.issuer.th,
        issuerEn: d.issuer.en,
        originals: d.originals,
        copies: d.copies,
        unit: d.unit,
        conditionTh: d.condition?.th ?? "",
        conditionEn: d.condition?.en ?? "",
      })),
    });
    await tx.manualFee.createMany({
      data: m.fees.map((f, i) => ({
        versionId,
        position: i + 1,
        kind: f.kind,
        descriptionTh: f.description.th,
        descriptionEn: f.description.en,
        amount: f.kind === "fixed" ? f.amount : null,
        amountMin: f.kind === "range" ? f.min : null,
        amountMax: f.kind === "range" ? f.max : null,
        percent: f.kind === "percentage" ? f.percent : null,
        remarkTh: f.remark?.th ?? "",
        remarkEn: f.remark?.en ?? "",
      })),
    });
    await tx.manualComplaintChannel.createMany({
      data: m.complaintChannels.map((c, i) => ({ versionId, position: i + 1, nameTh: c.name.th, nameEn: c.name.en, detailTh: c.detail.th, detailEn: c.detail.en })),
    });
    await tx.manualForm.createMany({ data: m.forms.map((f, i) => ({ versionId, position: i + 1, code: f.code ?? "", nameTh: f.name.th, nameEn: f.name.en, url: f.url ?? "" })) });
    await tx.permit.update({ where: { id: permit.id }, data: { currentVersionId: versionId } });
  });
  await prisma.permitServiceCenter.deleteMany({ where: { permitId: permit.id } });
  await prisma.permitServiceCenter.createMany({ data: p.serviceCenters.map((code) => ({ permitId: permit.id, serviceCenterId: centerId.get(code)! })) });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The app's own client: SQLite or PostgreSQL by DATABASE_URL (decision 0016).
  const { createPrismaClient } = await import("../app/utils/db.server");
  const prisma = createPrismaClient(process.env.DATABASE_URL ?? "file:.data/anuyat.db");
  seed(prisma)
    .then((summary) => console.log(`Seeded (demo data): ${Object.entries(summary).map(([k, v]) => `${v} ${k}`).join(", ")}`))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => prisma.$disconnect());
}
