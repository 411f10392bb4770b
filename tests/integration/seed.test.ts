import { describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed";
import { recordAudit } from "~/models/audit.server";
import { prisma } from "~/utils/db.server";

// The seed runs on every `npm run demo`: a second run must add nothing and fail on nothing.
describe("seed", () => {
  it("is idempotent", async () => {
    const first = await seed(prisma);
    const second = await seed(prisma);
    expect(second).toEqual(first);
    expect(first.permits).toBeGreaterThanOrEqual(12);
    expect(first.agencies).toBeGreaterThanOrEqual(5);
    expect(first.serviceCenters).toBeGreaterThanOrEqual(2);
    const documents = await prisma.manualDocument.count();
    await seed(prisma);
    expect(await prisma.manualDocument.count()).toBe(documents);
  });

  it("leaves the content alone once an administrator has changed anything (issue 7, R7.4)", async () => {
    const before = await prisma.holiday.findUniqueOrThrow({ where: { date: "2026-12-31" }, select: { nameEn: true } });
    await recordAudit(prisma, { at: new Date("2026-04-09T03:00:00Z"), actor: { id: null, role: "admin" }, entity: "holiday", entityId: "x", action: "update", label: "2026-12-31" });
    const audit = await prisma.auditEntry.findFirstOrThrow({ orderBy: { seq: "desc" }, select: { id: true } });
    await prisma.holiday.update({ where: { date: "2026-12-31" }, data: { nameEn: "Renamed by an administrator" } });
    try {
      await seed(prisma);
      expect((await prisma.holiday.findUniqueOrThrow({ where: { date: "2026-12-31" }, select: { nameEn: true } })).nameEn).toBe("Renamed by an administrator");
    } finally {
      await prisma.holiday.update({ where: { date: "2026-12-31" }, data: before });
      // The chain's last entry: removing it leaves the log's hash chain whole (decision 0013).
      await prisma.$executeRaw`DELETE FROM "AuditEntry" WHERE "id" = ${audit.id}`;
    }
  });

  it("loads the 2026 holidays used by the clock (T3)", async () => {
    const dates = (await prisma.holiday.findMany({ where: { date: { startsWith: "2026-" } }, select: { date: true } })).map((h) => h.date);
    expect(dates).toHaveLength(20);
    expect(dates).toEqual(expect.arrayContaining(["2026-04-13", "2026-04-14", "2026-04-15", "2026-06-01", "2026-12-31"]));
  });

  it("every permit has a published current version", async () => {
    const permits = await prisma.permit.findMany({ select: { slug: true, currentVersion: { select: { status: true, publishedAt: true } } } });
    for (const p of permits) expect(p.currentVersion, p.slug).toMatchObject({ status: "published" });
  });
});
