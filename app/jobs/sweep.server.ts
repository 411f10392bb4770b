// The deadline sweep. R8.4: a request whose deficiency record was not cured by its deadline is
// deemed abandoned, and the applicant is told. Idempotent and safe to run from several
// processes: each request moves in its own transaction, guarded by its current status, and
// notices have a unique key — a second run changes nothing.
import { addDays, toBangkokDate } from "~/domain/calendar";
import { delayNoticeSchedule } from "~/domain/deadlines";
import { transition } from "~/domain/requests/lifecycle";
import { appendEvent } from "~/models/request.server";
import { purgeExpiredDrafts } from "~/services/apply.server";
import { purgeStagedUploads } from "~/services/bundle-uploads.server";
import { getWorkCalendar } from "~/services/calendar.server";
import { noticeRow, recordNotice, renderNotice } from "~/services/notices.server";
import { isUniqueViolation, prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { purgeRateLimits } from "~/utils/rate-limit.server";

export type SweepReport = { today: string; abandoned: string[]; draftsPurged: number; stagedPurged: number; delayNotices: number };

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
  // Files kept for online bundle forms never sent go after STAGED_UPLOAD_TTL_HOURS (decision 0021).
  const stagedPurged = await purgeStagedUploads(at);
  // Rate-limit windows in the database (PostgreSQL) older than a day count for nothing.
  await purgeRateLimits();
  const delayNotices = await createDelayNotices(at);
  return { today, abandoned, draftsPurged, stagedPurged, delayNotices };
}

// R10.3 + T6: for each request still undecided after its due date, the notice of every 7-day
// period that has fallen due exists, waiting for the responsible officer's reason. The unique
// key (request, kind, period) makes a second run, or a second process, create nothing.
export async function createDelayNotices(at: Date): Promise<number> {
  const today = toBangkokDate(at);
  const calendar = await getWorkCalendar();
  // A request decided inside a late period still owes that period's notice, which falls due up
  // to 7 days (and a roll to a working day) after the decision: look back two weeks.
  const decidedLate = await prisma.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Request"
    WHERE "decidedOn" >= ${addDays(today, -14)} AND "dueDate" IS NOT NULL AND "decidedOn" > "dueDate"`;
  const late = await prisma.request.findMany({
    where: { OR: [{ status: { in: ["accepted", "in_review"] }, dueDate: { lt: today } }, { id: { in: decidedLate.map((r) => r.id) } }] },
    select: {
      id: true,
      trackingNumber: true,
      dueDate: true,
      decidedOn: true,
      preferredLanguage: true,
      applicantEmail: true,
      noticesByEmail: true,
      manualVersion: { select: { nameTh: true, nameEn: true } },
      notices: { where: { kind: "delay" }, select: { period: true } },
    },
  });
  let created = 0;
  for (const r of late) {
    const have = new Set(r.notices.map((n) => n.period));
    for (const due of delayNoticeSchedule(r.dueDate!, today, calendar, env().SEVEN_DAY_UNIT, r.decidedOn ?? undefined)) {
      if (have.has(due.k)) continue;
      const notice = await renderNotice(
        { ...r, permit: { th: r.manualVersion.nameTh, en: r.manualVersion.nameEn } },
        { kind: "delay", period: due.k, dueOn: due.dueDate, trackingNumber: r.trackingNumber, date: due.dueDate, variant: "awaiting" },
      );
      const row = { ...noticeRow(r.id, notice, at), state: "awaiting_reason", nextAttemptAt: null, recipients: "" };
      // Another process may have created it a moment ago: the unique key says no, and that is fine.
      const made = await prisma.notice.create({ data: row, select: { id: true } }).then(
        () => true,
        (error: unknown) => {
          if (isUniqueViolation(error)) return false;
          throw error;
        },
      );
      if (made) created++;
    }
  }
  return created;
}
