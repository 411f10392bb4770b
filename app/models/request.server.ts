// Prisma access for requests. History (RequestEvent) is append-only: this module offers no
// update or delete of events (O1).
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";

export type Tx = Prisma.TransactionClient;

// The checklist of a manual version, item by item, in the manual's order (R8.1).
export const checklistDocuments = {
  select: { id: true, group: true, nameTh: true, nameEn: true, originals: true, copies: true, unit: true, conditionTh: true, conditionEn: true },
  orderBy: { position: "asc" },
} satisfies Prisma.ManualVersion$documentsArgs;

// Next sequence number of a center in a Buddhist year: one atomic statement inside the
// intake transaction (SQLite ≥ 3.35 and PostgreSQL both speak INSERT … ON CONFLICT … RETURNING).
export async function nextTrackingSequence(tx: Tx, serviceCenterCode: string, buddhistYear: number): Promise<number> {
  const rows = await tx.$queryRaw<{ next: number | bigint }[]>`
    INSERT INTO "TrackingSequence" ("serviceCenterCode", "buddhistYear", "next") VALUES (${serviceCenterCode}, ${buddhistYear}, 2)
    ON CONFLICT ("serviceCenterCode", "buddhistYear") DO UPDATE SET "next" = "TrackingSequence"."next" + 1
    RETURNING "next"`;
  return Number(rows[0].next) - 1;
}

export async function findTrackingNumberByIdempotencyKey(key: string) {
  return prisma.request.findUnique({ where: { idempotencyKey: key }, select: { trackingNumber: true } });
}

export type EventInput = {
  requestId: string;
  at: Date;
  actorId: string | null;
  actorRole: string;
  type: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string;
};

export async function appendEvent(tx: Tx, e: EventInput) {
  await appendEvents(tx, [e]);
}

export async function appendEvents(tx: Tx, events: EventInput[]) {
  await tx.requestEvent.createMany({ data: events.map((e) => ({ ...e, note: e.note ?? "" })) });
}

export async function getRequestForStaff(trackingNumber: string) {
  return prisma.request.findUnique({
    where: { trackingNumber },
    select: {
      id: true,
      trackingNumber: true,
      channel: true,
      status: true,
      agencyId: true,
      serviceCenterId: true,
      applicantType: true,
      applicantId: true,
      applicantName: true,
      applicantPhone: true,
      applicantEmail: true,
      applicantAddress: true,
      preferredLanguage: true,
      noticesByEmail: true,
      receivedAt: true,
      receivedOn: true,
      completeOn: true,
      dueDate: true,
      abandonedOn: true,
      withdrawnOn: true,
      permit: { select: { slug: true } },
      agency: { select: { nameTh: true, nameEn: true } },
      serviceCenter: { select: { code: true, nameTh: true, nameEn: true, phone: true } },
      manualVersion: {
        select: {
          id: true,
          version: true,
          nameTh: true,
          nameEn: true,
          totalValue: true,
          totalUnit: true,
          documents: checklistDocuments,
          complaintChannels: { select: { nameTh: true, nameEn: true, detailTh: true, detailEn: true }, orderBy: { position: "asc" } },
        },
      },
      documents: { select: { manualDocumentId: true, status: true, note: true } },
      deficiencyRecords: {
        select: {
          id: true,
          sequence: true,
          issuedOn: true,
          cureDeadline: true,
          officerSignature: true,
          applicantSignature: true,
          signedOnPaper: true,
          exceptionReason: true,
          curedOn: true,
          items: { select: { id: true, manualDocumentId: true, problem: true, note: true, suppliedOn: true } },
        },
        orderBy: { sequence: "asc" },
      },
      events: {
        select: { at: true, actorRole: true, type: true, fromStatus: true, toStatus: true, note: true, actorId: true },
        orderBy: { at: "asc" },
      },
      notices: { select: { kind: true, period: true, dueOn: true, state: true, subject: true }, orderBy: { createdAt: "asc" } },
    },
  });
}
export type StaffRequest = NonNullable<Awaited<ReturnType<typeof getRequestForStaff>>>;
