// Every notice the Act requires is a stored record with its text in the applicant's language
// (R8.2, R8.4, R10.2, R10.3). Delivery by e-mail comes with the outbox; until a channel sends
// it, a notice is "recorded" and shown to staff and on the tracking page. The text is
// rendered before the transaction, so the transaction only writes.
import { fixedT } from "~/i18n/i18n.server";
import { isLanguage } from "~/i18n/config";
import type { Tx } from "~/models/request.server";
import { formatDate } from "~/utils/format";

export type NoticeKind = "receipt" | "deficiency" | "abandonment" | "result" | "delay";
export type Addressee = { preferredLanguage: string; applicantEmail: string; noticesByEmail: boolean; permit: { th: string; en: string } };
export type RenderedNotice = { kind: NoticeKind; period: number; dueOn: string; language: string; subject: string; body: string; recipients: string };

export async function renderNotice(
  to: Addressee,
  n: { kind: NoticeKind; dueOn: string; trackingNumber: string; period?: number; date?: string },
): Promise<RenderedNotice> {
  const lng = isLanguage(to.preferredLanguage) ? to.preferredLanguage : "th";
  const t = await fixedT(lng, "staff");
  const values = { number: n.trackingNumber, permit: to.permit[lng], date: n.date ? formatDate(n.date, lng) : "" };
  return {
    kind: n.kind,
    period: n.period ?? 0,
    dueOn: n.dueOn,
    language: lng,
    subject: t(`notices.${n.kind}.subject`, values),
    body: t(`notices.${n.kind}.body`, values),
    recipients: to.noticesByEmail && to.applicantEmail ? `applicant <${to.applicantEmail}>` : "applicant (in person / post)",
  };
}

// Unique per (request, kind, period): recording the same notice twice changes nothing.
export async function recordNotice(tx: Tx, requestId: string, notice: RenderedNotice, at: Date) {
  await tx.notice.upsert({
    where: { requestId_kind_period: { requestId, kind: notice.kind, period: notice.period } },
    create: { requestId, ...notice, state: "recorded", createdAt: at },
    update: {},
  });
}
