// Decision 0019: the ContentVersion counter is raised by the database itself whenever a table the
// public pages show is written (whoever writes it), and not by a manual's draft — on SQLite and,
// with VITEST_DATABASE_URL=postgresql://…, on PostgreSQL. Writes go through Prisma directly: the
// point is that no application code has to remember to bump it.
import { afterAll, describe, expect, it } from "vitest";
import { readContentVersion } from "~/models/content-version.server";
import { prisma } from "~/utils/db.server";

const SLUG = "zz-content-version-test";
const DATE = "2099-01-02";

async function moved(write: () => Promise<unknown>): Promise<boolean> {
  const before = await readContentVersion();
  await write();
  return (await readContentVersion()) > before;
}

afterAll(async () => {
  await prisma.permit.updateMany({ where: { slug: SLUG }, data: { currentVersionId: null } });
  await prisma.manualVersion.deleteMany({ where: { permit: { slug: SLUG } } });
  await prisma.permit.deleteMany({ where: { slug: SLUG } });
  await prisma.holiday.deleteMany({ where: { date: DATE } });
});

describe("content version", () => {
  it("moves on every write of a holiday, a guide, an agency, a ministry and a service center", async () => {
    expect(await moved(() => prisma.holiday.create({ data: { date: DATE, nameTh: "ทดสอบ", nameEn: "Test", kind: "special" } }))).toBe(true);
    expect(await moved(() => prisma.holiday.update({ where: { date: DATE }, data: { nameEn: "Test 2" } }))).toBe(true);
    expect(await moved(() => prisma.holiday.delete({ where: { date: DATE } }))).toBe(true);
    const guide = await prisma.guide.findFirstOrThrow({ select: { id: true, titleEn: true } });
    expect(await moved(() => prisma.guide.update({ where: { id: guide.id }, data: { titleEn: guide.titleEn } }))).toBe(true);
    const agency = await prisma.agency.findFirstOrThrow({ select: { id: true, nameEn: true } });
    expect(await moved(() => prisma.agency.update({ where: { id: agency.id }, data: { nameEn: agency.nameEn } }))).toBe(true);
    const ministry = await prisma.ministry.findFirstOrThrow({ select: { id: true, nameEn: true } });
    expect(await moved(() => prisma.ministry.update({ where: { id: ministry.id }, data: { nameEn: ministry.nameEn } }))).toBe(true);
    const center = await prisma.serviceCenter.findFirstOrThrow({ select: { id: true, nameEn: true } });
    expect(await moved(() => prisma.serviceCenter.update({ where: { id: center.id }, data: { nameEn: center.nameEn } }))).toBe(true);
  });

  it("moves when a manual is published, not while its draft is written", async () => {
    const agency = await prisma.agency.findFirstOrThrow({ select: { id: true } });
    let permitId = "";
    expect(await moved(async () => (permitId = (await prisma.permit.create({ data: { slug: SLUG, kind: "licence", category: "commerce", agencyId: agency.id }, select: { id: true } })).id))).toBe(true);
    let versionId = "";
    const draft = {
      permitId,
      version: 1,
      nameTh: "ร่าง",
      nameEn: "Draft",
      serviceType: "single_agency",
      impactLevel: "general",
      serviceArea: "local",
      timeLawTh: "",
      timeLawEn: "",
      referenceName: SLUG,
      criteriaTh: "",
      criteriaEn: "",
      totalValue: 1,
      totalUnit: "working_days",
    };
    expect(await moved(async () => (versionId = (await prisma.manualVersion.create({ data: draft, select: { id: true } })).id))).toBe(false);
    expect(await moved(() => prisma.manualVersion.update({ where: { id: versionId }, data: { nameEn: "Draft, edited" } }))).toBe(false);
    expect(await moved(() => prisma.manualVersion.update({ where: { id: versionId }, data: { status: "published", publishedAt: new Date("2026-04-09T03:00:00Z") } }))).toBe(true);
    expect(await moved(() => prisma.permit.update({ where: { id: permitId }, data: { currentVersionId: versionId } }))).toBe(true);
  });
});
