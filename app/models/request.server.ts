// Prisma access for requests. History (RequestEvent) is append-only: this module offers no
// update or delete of events (O1), and appends only through `appendEvents` (hash chain).
import { randomUUID } from "node:crypto";
import { eventPayload, seal, type ChainHead, type EventFields, type Sealed } from "~/domain/audit/chain";
import { formatTrackingNumber } from "~/domain/requests/tracking-number";
import { Prisma } from "~/generated/prisma/client";
import { isUniqueViolation, prisma, provider } from "~/utils/db.server";
import { sha256Hex } from "~/utils/digest.server";

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

// The next issued number of a series, inside the filing transaction (decision 0004).
export async function issueTrackingNumber(tx: Tx, series: string, buddhistYear: number): Promise<string> {
  let number: string | null = null;
  while (!number) number = formatTrackingNumber({ center: series, buddhistYear, sequence: await nextTrackingSequence(tx, series, buddhistYear) });
  return number;
}

/** A unique stand-in for the tracking number of a request being filed, never committed. */
export function provisionalTrackingNumber(): string {
  return `PROVISIONAL-${randomUUID()}`;
}

// Gives a request created under a provisional number its real one. Called LAST in the filing
// transaction: taking the series' number locks its row until commit, so every other filing of
// that series waits — for a commit, not for the whole filing (decision 0016: a burst at one
// center on PostgreSQL). The number still commits with the request, or rolls back with it.
export async function assignTrackingNumber(tx: Tx, requestId: string, series: string, buddhistYear: number): Promise<string> {
  const number = await issueTrackingNumber(tx, series, buddhistYear);
  await tx.request.update({ where: { id: requestId }, data: { trackingNumber: number }, select: { id: true } });
  return number;
}

// Files a request exactly once per idempotency key. A resubmitted form fails the unique index
// inside the transaction, which rolls back its sequence number too; the first request's number
// is the answer. The common case, a new key, costs no extra look-up.
// A bundle (issue 10) keeps its key on the Bundle row, so it passes its own finder.
export async function fileOnce(
  idempotencyKey: string,
  work: (tx: Tx) => Promise<string>,
  find: (key: string) => Promise<{ trackingNumber: string } | null> = findTrackingNumberByIdempotencyKey,
): Promise<string> {
  return prisma.$transaction(work).catch(async (error: unknown) => {
    const existing = isUniqueViolation(error) ? await find(idempotencyKey) : null;
    if (!existing) throw error;
    return existing.trackingNumber;
  });
}

// The applicant snapshot kept on the request. Personal data (O4).
export function applicantColumns(a: { applicantType: string; applicantId: string; applicantName: string; applicantPhone: string; applicantEmail: string; applicantAddress: string; preferredLanguage: string; noticesByEmail: boolean }) {
  return {
    applicantType: a.applicantType,
    applicantId: a.applicantId.replace(/[\s-]/g, "").toUpperCase(),
    applicantName: a.applicantName,
    applicantPhone: a.applicantPhone,
    applicantEmail: a.applicantEmail,
    applicantAddress: a.applicantAddress,
    preferredLanguage: a.preferredLanguage,
    noticesByEmail: a.noticesByEmail,
  };
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

// The only writer of RequestEvent (O1, decision 0013). Inside the caller's transaction it reads
// the chain head of every request concerned (one query per 500), seals the events after it
// (seq + 1, prevHash, hash) and moves the heads. Two writers that read the same head cannot
// both commit: SQLite runs one write transaction at a time (a deferred transaction whose
// snapshot went stale fails with SQLITE_BUSY instead of writing); PostgreSQL reads the heads
// FOR UPDATE (in id order, so two batches never deadlock), so a second writer waits for the
// first to commit and then reads the head it left (decision 0016); and the unique
// (requestId, seq) refuses a second link with one seq on any database.
export async function appendEvents(tx: Tx, events: EventInput[]) {
  if (events.length === 0) return;
  const byRequest = new Map<string, EventFields[]>();
  for (const e of events) {
    const row: EventFields = { requestId: e.requestId, at: e.at, actorId: e.actorId, actorRole: e.actorRole, type: e.type, fromStatus: e.fromStatus ?? null, toStatus: e.toStatus ?? null, note: e.note ?? "" };
    const list = byRequest.get(e.requestId);
    if (list) list.push(row);
    else byRequest.set(e.requestId, [row]);
  }
  const ids = [...byRequest.keys()].sort();
  const forUpdate = provider === "postgresql" ? Prisma.sql` ORDER BY "id" FOR UPDATE` : Prisma.empty;
  const heads = new Map<string, ChainHead>();
  for (let i = 0; i < ids.length; i += HEAD_BATCH) {
    const rows = await tx.$queryRaw<{ id: string; eventSeq: number | bigint; eventHash: string }[]>`
      SELECT "id", "eventSeq", "eventHash" FROM "Request" WHERE "id" IN (${Prisma.join(ids.slice(i, i + HEAD_BATCH))})${forUpdate}`;
    for (const r of rows) heads.set(r.id, { seq: Number(r.eventSeq), hash: r.eventHash });
  }
  const data: (EventFields & Sealed)[] = [];
  const moved: { id: string; head: ChainHead }[] = [];
  for (const [id, list] of byRequest) {
    const head = heads.get(id);
    if (!head) throw new Error(`appendEvents: no request ${id}`);
    const chained = seal(head, list, eventPayload, sha256Hex);
    data.push(...chained.sealed);
    moved.push({ id, head: chained.head });
  }
  await tx.requestEvent.createMany({ data });
  for (let i = 0; i < moved.length; i += HEAD_BATCH) await moveHeads(tx, moved.slice(i, i + HEAD_BATCH));
}

const HEAD_BATCH = 500;

// One UPDATE for a batch of heads (a holiday change moves thousands of requests at once, T7).
// The CAST: PostgreSQL types a bare parameter in CASE as text.
async function moveHeads(tx: Tx, moved: { id: string; head: ChainHead }[]) {
  const seqs = Prisma.join(moved.map((m) => Prisma.sql`WHEN ${m.id} THEN CAST(${m.head.seq} AS INTEGER)`), " ");
  const hashes = Prisma.join(moved.map((m) => Prisma.sql`WHEN ${m.id} THEN ${m.head.hash}`), " ");
  await tx.$executeRaw`UPDATE "Request" SET "eventSeq" = CASE "id" ${seqs} END, "eventHash" = CASE "id" ${hashes} END
    WHERE "id" IN (${Prisma.join(moved.map((m) => m.id))})`;
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
      decidedOn: true,
      decision: true,
      decisionReasons: true,
      appealInfo: true,
      resultNoticeDueOn: true,
      resultNotifiedOn: true,
      files: { select: { id: true, fileName: true, manualDocumentId: true, size: true, uploadedBy: true }, orderBy: { createdAt: "asc" } },
      steps: { select: { position: true, titleTh: true, titleEn: true, unitTh: true, unitEn: true, dueDate: true, completedOn: true }, orderBy: { position: "asc" } },
      notes: { select: { at: true, body: true, authorId: true }, orderBy: { at: "asc" } },
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
        // Events of one transaction share their instant: seq keeps the order they happened in.
        orderBy: [{ at: "asc" }, { seq: "asc" }],
      },
      notices: { select: { kind: true, period: true, dueOn: true, state: true, subject: true, reason: true, copyTo: true, sentAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
}
export type StaffRequest = NonNullable<Awaited<ReturnType<typeof getRequestForStaff>>>;

// What the applicant may see of a request (O2): no staff names, no internal notes beyond the
// deficiency items. Personal fields are read only to check the verifier.
export async function findRequestForApplicant(trackingNumber: string) {
  return prisma.request.findUnique({
    where: { trackingNumber },
    select: {
      id: true,
      trackingNumber: true,
      channel: true,
      status: true,
      applicantPhone: true,
      applicantId: true,
      receivedOn: true,
      completeOn: true,
      dueDate: true,
      steps: { where: { completedOn: null }, select: { titleTh: true, titleEn: true, unitTh: true, unitEn: true, dueDate: true }, orderBy: { position: "asc" }, take: 1 },
      agency: { select: { nameTh: true, nameEn: true } },
      manualVersion: { select: { nameTh: true, nameEn: true, documents: { select: { id: true, nameTh: true, nameEn: true } } } },
      deficiencyRecords: {
        select: {
          id: true,
          issuedOn: true,
          cureDeadline: true,
          curedOn: true,
          acknowledgedAt: true,
          items: { select: { id: true, manualDocumentId: true, problem: true, note: true, suppliedOn: true } },
        },
        orderBy: { sequence: "desc" },
        take: 1,
      },
      events: { select: { at: true, type: true }, orderBy: [{ at: "asc" }, { seq: "asc" }] },
      notices: { select: { kind: true, subject: true, body: true, dueOn: true, state: true, sentAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
}

// R8.2 online: the acknowledgement is recorded once, with its event (O1).
export async function markDeficiencyAcknowledged(requestId: string, recordId: string, at: Date) {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.deficiencyRecord.updateMany({ where: { id: recordId, acknowledgedAt: null }, data: { acknowledgedAt: at } });
    if (count) await appendEvent(tx, { requestId, at, actorId: null, actorRole: "applicant", type: "deficiency_acknowledged", note: "online" });
  });
}

// What the completeness check of an online request needs (R8.1, R8.3).
export async function findRequestForCheck(requestId: string) {
  return prisma.request.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      trackingNumber: true,
      channel: true,
      status: true,
      manualVersionId: true,
      preferredLanguage: true,
      applicantEmail: true,
      noticesByEmail: true,
      _count: { select: { deficiencyRecords: true } },
      events: { where: { type: "exception_approved" }, select: { id: true } },
    },
  });
}

// What the officer's actions need (s.10): the manual's steps and the request's notices.
export async function findRequestForDecision(requestId: string) {
  return prisma.request.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      trackingNumber: true,
      status: true,
      completeOn: true,
      dueDate: true,
      preferredLanguage: true,
      applicantEmail: true,
      noticesByEmail: true,
      manualVersion: {
        select: {
          nameTh: true,
          nameEn: true,
          steps: { select: { titleTh: true, titleEn: true, responsibleTh: true, responsibleEn: true, durationValue: true, durationUnit: true }, orderBy: { position: "asc" } },
        },
      },
      notices: { select: { id: true, kind: true, period: true, state: true, dueOn: true } },
    },
  });
}
