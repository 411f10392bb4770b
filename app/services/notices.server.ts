// Every notice the Act requires is a stored record with its text in the applicant's language
// (R8.2, R8.4, R10.2, R10.3). Delivery by e-mail comes with the outbox; until a channel sends
// it, a notice is "recorded" and shown to staff and on the tracking page.
import { i18nServer } from "~/i18n/i18n.server";
import { isLanguage } from "~/i18n/config";
import type { Tx } from "~/models/request.server";
import { formatDate } from "~/utils/format";

export type NoticeKind = "receipt" | "deficiency" | "abandonment" | "result" | "delay";

export async function recordNotice(
  tx: Tx,
  n: { requestId: string; kind: NoticeKind; dueOn: string; trackingNumber: string; at: Date; period?: number; date?: string },
) {
  const request = await tx.request.findUniqueOrThrow({
    where: { id: n.requestId },
    select: { preferredLanguage: true, applicantEmail: true, noticesByEmail: true, manualVersion: { select: { nameTh: true, nameEn: true } } },
  });
  const lng = isLanguage(request.preferredLanguage) ? request.preferredLanguage : "th";
  const t = await i18nServer.getFixedT(lng, "staff");
  const values = {
    number: n.trackingNumber,
    permit: lng === "th" ? request.manualVersion.nameTh : request.manualVersion.nameEn,
    date: n.date ? formatDate(n.date, lng) : "",
  };
  const recipients = request.noticesByEmail && request.applicantEmail ? `applicant <${request.applicantEmail}>` : "applicant (in person / post)";
  await tx.notice.upsert({
    where: { requestId_kind_period: { requestId: n.requestId, kind: n.kind, period: n.period ?? 0 } },
    create: {
      requestId: n.requestId,
      kind: n.kind,
      period: n.period ?? 0,
      dueOn: n.dueOn,
      language: lng,
      subject: t(`notices.${n.kind}.subject`, values),
      body: t(`notices.${n.kind}.body`, values),
      recipients,
      state: "recorded",
      createdAt: n.at,
    },
    update: {},
  });
}
