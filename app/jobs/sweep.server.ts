// The deadline sweep. R8.4: a request whose deficiency record was not cured by its deadline is
// deemed abandoned, and the applicant is told. Idempotent and safe to run from several
// processes: each request moves in its own transaction, guarded by its current status, and
// notices have a unique key — a second run changes nothing.
import { toBangkokDate } from "~/domain/calendar";
import { transition } from "~/domain/requests/lifecycle";
import { appendEvent } from "~/models/request.server";
import { purgeExpiredDrafts } from "~/services/apply.server";
import { recordNotice, renderNotice } from "~/services/notices.server";
import { prisma } from "~/utils/db.server";

export type SweepReport = { today: string; abandoned: string[]; draftsPurged: number };

export async function runSweep(at: Date): Promise<SweepReport> {
  const today = toBangkokDate(at);
  const candidates = await prisma.request.findMany({
    where: { status: "incomplete", deficiencyRecords: { some: { curedOn: null, cureDeadline: { lt: today } } } },
    select: {
      id: true,
      trackingNumber: true,
      preferredLanguage: true,
      applicantEmail: true,
      noticesByEmail: true,
      manualVersion: { select: { nameTh: true, nameEn: true } },
      deficiencyRecords: { select: { cureDeadline: true, curedOn: true }, orderBy: { sequence: "desc" }, take: 1 },
    },
  });
  const abandoned: string[] = [];
  for (const r of candidates) {
    const record = r.deficiencyRecords[0];
    if (!record || record.curedOn) continue;
    const allowed = transition("incomplete", "abandon", { role: "system", today, cureDeadline: record.cureDeadline, deficiencyRecords: 0, approvedExceptions: 0 });
    if (!allowed.ok) continue;
    const notice = await renderNotice(
      { ...r, permit: { th: r.manualVersion.nameTh, en: r.manualVersion.nameEn } },
      { kind: "abandonment", dueOn: today, trackingNumber: r.trackingNumber, date: record.cureDeadline },
    );
    const moved = await prisma.$transaction(async (tx) => {
      const { count } = await tx.request.updateMany({ where: { id: r.id, status: "incomplete" }, data: { status: "abandoned", abandonedOn: today } });
      if (count === 0) return false;
      await appendEvent(tx, {
        requestId: r.id,
        at,
        actorId: null,
        actorRole: "system",
        type: "abandoned",
        fromStatus: "incomplete",
        toStatus: "abandoned",
        note: `cure deadline ${record.cureDeadline} passed`,
      });
      await recordNotice(tx, r.id, notice, at);
      return true;
    });
    if (moved) abandoned.push(r.trackingNumber);
  }
  // Online applications saved for later and never sent go after DRAFT_TTL_DAYS, files too.
  const draftsPurged = await purgeExpiredDrafts(at);
  return { today, abandoned, draftsPurged };
}
