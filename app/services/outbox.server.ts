// Delivers pending notices by e-mail (issue #5). Run by the server's schedule and by
// `npm run sweep`, possibly at the same time: each notice is claimed with a lease before it is
// sent, so no two runs send the same notice. Delivery is at least once: a process that dies
// between sending and recording leaves the lease to expire, and the notice goes again.
import { nextAttempt } from "~/domain/outbox/backoff";
import { describeFailure, maskEmail } from "~/domain/outbox/privacy";
import type { OutboxFilter } from "~/domain/outbox/query";
import { claimNotice, findDueNotices, listOutboxNotices, markAttemptFailed, markSent, type DueNotice } from "~/models/outbox.server";
import { env } from "~/utils/env.server";
import { hasMailer, sendMail } from "~/utils/mailer.server";
import { resultSent } from "./decision.server";
import { log } from "~/utils/log.server";

export type OutboxReport = { sent: number; retried: number; failed: number };

const BATCH = 50;
// Longer than a send can take (the mailer's timeouts add up to well under a minute), so a
// claimed notice is not claimed again while its run is still sending it.
const LEASE_MINUTES = 5;

export async function deliverOutbox(now: Date, opts: { limit?: number } = {}): Promise<OutboxReport> {
  const report: OutboxReport = { sent: 0, retried: 0, failed: 0 };
  // No channel: notices wait, untouched, until SMTP_URL is set (no attempts are used up).
  if (!hasMailer()) return report;
  const leaseUntil = new Date(now.getTime() + LEASE_MINUTES * 60_000);
  for (const notice of await findDueNotices(now, opts.limit ?? BATCH)) {
    try {
      const outcome = await deliverOne(notice, now, leaseUntil);
      if (outcome) report[outcome] += 1;
    } catch (error) {
      // Only a database error gets here. The other notices still go; this one's lease
      // expires and a later run tries it again.
      log().error({ job: "outbox", noticeId: notice.id, reason: describeFailure(error) }, "notice not delivered");
    }
  }
  return report;
}

async function deliverOne(notice: DueNotice, now: Date, leaseUntil: Date): Promise<keyof OutboxReport | null> {
  if (!notice.nextAttemptAt || !(await claimNotice(notice.id, notice.nextAttemptAt, leaseUntil))) return null;
  try {
    // R10.3: a delay notice is copied to the OPDC; without an applicant address it still goes there.
    const to = notice.recipients || notice.copyTo;
    if (!to) throw new Error("no recipient address");
    await sendMail({ to, cc: notice.recipients && notice.copyTo ? notice.copyTo : undefined, subject: notice.subject, text: notice.body, language: notice.language });
  } catch (error) {
    const attempts = notice.attempts + 1;
    const next = nextAttempt(attempts, now, env().OUTBOX_MAX_ATTEMPTS);
    // The stored reason is for staff: short, and without the address (O4).
    await markAttemptFailed(notice.id, leaseUntil, { attempts, lastError: describeFailure(error), ...next });
    return next.state === "pending" ? "retried" : "failed";
  }
  await markSent(notice.id, leaseUntil, now);
  // R10.2: an e-mailed result notice is the notification; the request records it.
  if (notice.kind === "result") await resultSent(notice.requestId, now);
  return "sent";
}

// The staff outbox page (O4: the address is masked before it leaves the server).
export const OUTBOX_PAGE_SIZE = 50;

export async function listOutbox(user: Parameters<typeof listOutboxNotices>[0], filter: OutboxFilter, page: number) {
  const { total, rows } = await listOutboxNotices(user, filter, { skip: (page - 1) * OUTBOX_PAGE_SIZE, take: OUTBOX_PAGE_SIZE });
  return {
    total,
    pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)),
    rows: rows.map((n) => ({
      id: n.id,
      trackingNumber: n.request.trackingNumber,
      kind: n.kind,
      language: n.language,
      dueOn: n.dueOn,
      state: n.state,
      attempts: n.attempts,
      nextAttemptAt: n.state === "pending" ? (n.nextAttemptAt?.toISOString() ?? null) : null,
      sentAt: n.sentAt?.toISOString() ?? null,
      lastError: n.lastError,
      recipient: maskEmail(n.recipients),
    })),
  };
}
export type OutboxRow = Awaited<ReturnType<typeof listOutbox>>["rows"][number];
