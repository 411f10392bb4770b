// Prisma access for bundles: several permits filed in one visit (issue 10). The bundle keeps
// the applicant once and its own tracking number; each request keeps its own state.
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { applicantColumns, type Tx } from "./request.server";
import type { ApplicantInput } from "~/schemas/intake";

export async function createBundle(
  tx: Tx,
  data: {
    trackingNumber: string;
    guide: { slug: string; titleTh: string; titleEn: string };
    answers: string;
    channel: "counter" | "online";
    serviceCenterId: string | null;
    applicant: ApplicantInput;
    at: Date;
    today: string;
    idempotencyKey: string;
    createdById: string | null;
  },
) {
  return tx.bundle.create({
    data: {
      trackingNumber: data.trackingNumber,
      guideSlug: data.guide.slug,
      guideTitleTh: data.guide.titleTh,
      guideTitleEn: data.guide.titleEn,
      answers: data.answers,
      channel: data.channel,
      serviceCenterId: data.serviceCenterId,
      ...applicantColumns(data.applicant),
      receivedAt: data.at,
      receivedOn: data.today,
      idempotencyKey: data.idempotencyKey,
      createdById: data.createdById,
    },
    select: { id: true },
  });
}

export async function findBundleNumberByIdempotencyKey(key: string) {
  return prisma.bundle.findUnique({ where: { idempotencyKey: key }, select: { trackingNumber: true } });
}

const bundleSelect = {
  id: true,
  trackingNumber: true,
  guideSlug: true,
  guideTitleTh: true,
  guideTitleEn: true,
  answers: true,
  channel: true,
  serviceCenterId: true,
  serviceCenter: { select: { code: true, nameTh: true, nameEn: true, addressTh: true, addressEn: true, phone: true } },
  applicantName: true,
  applicantPhone: true,
  applicantId: true,
  receivedOn: true,
  requests: {
    select: {
      trackingNumber: true,
      status: true,
      dueDate: true,
      completeOn: true,
      decision: true,
      decidedOn: true,
      agencyId: true,
      serviceCenterId: true,
      agency: { select: { nameTh: true, nameEn: true } },
      manualVersion: { select: { nameTh: true, nameEn: true, totalValue: true, totalUnit: true } },
      deficiencyRecords: { select: { cureDeadline: true, curedOn: true }, orderBy: { sequence: "desc" }, take: 1 },
    },
    // Filed in the order the permits can be obtained: the numbers were issued in that order.
    orderBy: { trackingNumber: "asc" },
  },
} satisfies Prisma.BundleSelect;

export async function findBundle(trackingNumber: string) {
  return prisma.bundle.findUnique({ where: { trackingNumber }, select: bundleSelect });
}
export type BundleRow = NonNullable<Awaited<ReturnType<typeof findBundle>>>;

/** The bundle a request belongs to, for the link on the staff request page. */
export async function findBundleOfRequest(trackingNumber: string) {
  const r = await prisma.request.findUnique({ where: { trackingNumber }, select: { bundle: { select: { trackingNumber: true } } } });
  return r?.bundle?.trackingNumber ?? null;
}
