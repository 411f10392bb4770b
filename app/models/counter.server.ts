// Lists for the counter home. Personal data is masked before it leaves the server (O4).
import { prisma } from "~/utils/db.server";

const listSelect = {
  trackingNumber: true,
  status: true,
  applicantName: true,
  applicantType: true,
  applicantId: true,
  receivedOn: true,
  dueDate: true,
  manualVersion: { select: { nameTh: true, nameEn: true } },
  deficiencyRecords: { select: { cureDeadline: true, curedOn: true }, orderBy: { sequence: "desc" as const }, take: 1 },
} as const;

export async function listCenterRequestsOn(serviceCenterId: string, day: string) {
  return prisma.request.findMany({ where: { serviceCenterId, receivedOn: day }, select: listSelect, orderBy: { receivedAt: "desc" }, take: 200 });
}

export async function listOpenDeficiencies(serviceCenterId: string) {
  return prisma.request.findMany({
    where: { serviceCenterId, status: "incomplete" },
    select: listSelect,
    orderBy: { receivedOn: "asc" },
    take: 200,
  });
}

// Tracking number (exact, case-insensitive) or applicant name (substring).
function matchingRequests(term: string) {
  return { OR: [{ trackingNumber: term.toUpperCase() }, { applicantName: { contains: term } }] };
}

export async function searchCenterRequests(serviceCenterId: string | null, q: string) {
  const term = q.trim().slice(0, 100);
  if (!term) return [];
  return prisma.request.findMany({
    where: {
      ...(serviceCenterId ? { serviceCenterId } : {}),
      ...matchingRequests(term),
    },
    select: listSelect,
    orderBy: { receivedAt: "desc" },
    take: 50,
  });
}
export type CounterListRow = Awaited<ReturnType<typeof listCenterRequestsOn>>[number];

// Requests visible to a user (same rule as inScope in app/domain/auth/permissions.ts).
export async function listRequestsInScope(
  user: { role: string; serviceCenterId: string | null; agencyId: string | null },
  q: string,
) {
  const reach = [
    ...(user.serviceCenterId && user.role !== "officer" ? [{ serviceCenterId: user.serviceCenterId }] : []),
    ...(user.agencyId && user.role !== "counter" ? [{ agencyId: user.agencyId }] : []),
  ];
  if (user.role !== "admin" && reach.length === 0) return [];
  const scope = user.role === "admin" ? {} : { OR: reach };
  const term = q.trim().slice(0, 100);
  return prisma.request.findMany({
    where: { AND: [scope, term ? matchingRequests(term) : {}] },
    select: listSelect,
    orderBy: [{ dueDate: "asc" }, { receivedAt: "desc" }],
    take: 100,
  });
}
