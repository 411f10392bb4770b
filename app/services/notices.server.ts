// Every notice the Act requires is a stored record with its text in the applicant's language
// (R8.2, R8.4, R10.2, R10.3). A notice to an applicant who gave an e-mail address and agreed
// to notices by e-mail (E1) starts "pending" and the outbox sends it (issue #5); any other is
// "recorded" and shown to staff and on the tracking page only. The text is rendered before
// the transaction, so the transaction only writes.
import { fixedT } from "~/i18n/i18n.server";
import { isLanguage } from "~/i18n/config";
import type { Tx } from "~/models/request.server";
import { formatDate } from "~/utils/format";

export type NoticeKind = "receipt" | "deficiency" | "abandonment" | "result" | "delay";
export type Addressee = { preferredLanguage: string; applicantEmail: string; noticesByEmail: boolean; permit: { th: string; en: string } };
// "awaiting_reason": a delay notice the sweep created, waiting for the officer's reason (R10.3).
export type NoticeState = "pending" | "sent" | "failed" | "recorded" | "awaiting_reason";
export type RenderedNotice = {
  kind: NoticeKind;
  period: number;
  dueOn: string;
  language: string;
  subject: string;
  body: string;
  // The plain e-mail address when the notice goes by e-mail; empty otherwise.
  recipients: string;
  state: Extract<NoticeState, "pending" | "recorded">;
};

export async function renderNotice(
  to: Addressee,
  n: { kind: NoticeKind; dueOn: string; trackingNumber: string; period?: number; date?: string; variant?: string; text?: Record<string, string> },
): Promise<RenderedNotice> {
  const lng = isLanguage(to.preferredLanguage) ? to.preferredLanguage : "th";
  const t = await fixedT(lng, "staff");
  // `variant` picks another body (an approval, a refusal with its reasons, a delay with its
  // reason); `text` carries free text the officer wrote, inserted as it is.
  const values = { number: n.trackingNumber, permit: to.permit[lng], date: n.date ? formatDate(n.date, lng) : "", period: String(n.period ?? 0), ...n.text };
  const email = to.noticesByEmail ? to.applicantEmail.trim() : "";
  return {
    kind: n.kind,
    period: n.period ?? 0,
    dueOn: n.dueOn,
    language: lng,
    subject: t(`notices.${n.kind}.subject`, values),
    body: t(`notices.${n.kind}.${n.variant ?? "body"}`, values),
    recipients: email,
    state: email ? "pending" : "recorded",
  };
}

// The row to store. A pending notice is due at once: the outbox picks it up on its next run.
export function noticeRow(requestId: string, notice: RenderedNotice, at: Date) {
  return { requestId, ...notice, createdAt: at, nextAttemptAt: notice.state === "pending" ? at : null };
}

// Unique per (request, kind, period): recording the same notice twice changes nothing.
export async function recordNotice(tx: Tx, requestId: string, notice: RenderedNotice, at: Date) {
  await tx.notice.upsert({
    where: { requestId_kind_period: { requestId, kind: notice.kind, period: notice.period } },
    create: noticeRow(requestId, notice, at),
    update: {},
  });
}
