// Lists for the counter home. Personal data is masked before it leaves the server (O4).
import type { QueueFilter } from "~/domain/requests/queue-filters";
import { containsText, prisma } from "~/utils/db.server";

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
  return { OR: [{ trackingNumber: term.toUpperCase() }, { applicantName: containsText(term) }] };
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

// The queue's filters: open requests first (the officer's work), or the late ones, or the
// decided ones. Due dates are stored and indexed (R10.1), so "overdue" is a range query.
const OPEN = ["submitted", "incomplete", "accepted", "in_review"];
const RUNNING = ["accepted", "in_review"];
const DECIDED = ["approved", "refused", "notified"];

function queueWhere(filter: QueueFilter, today: string) {
  switch (filter) {
    case "open":
      return { status: { in: OPEN } };
    case "overdue":
      return { status: { in: RUNNING }, dueDate: { lt: today } };
    case "decided":
      return { status: { in: DECIDED } };
    default:
      return {};
  }
}

// Requests visible to a user (same rule as inScope in app/domain/auth/permissions.ts), the
// soonest due first; requests without a due date (the clock has not started) after them.
export async function listRequestsInScope(
  user: { role: string; serviceCenterId: string | null; agencyId: string | null },
  q: string,
  filter: QueueFilter = "all",
  today = "",
) {
  const reach = [
    ...(user.serviceCenterId && user.role !== "officer" ? [{ serviceCenterId: user.serviceCenterId }] : []),
    ...(user.agencyId && user.role !== "counter" ? [{ agencyId: user.agencyId }] : []),
  ];
  if (user.role !== "admin" && reach.length === 0) return [];
  const scope = user.role === "admin" ? {} : { OR: reach };
  const term = q.trim().slice(0, 100);
  return prisma.request.findMany({
    where: { AND: [scope, queueWhere(filter, today), term ? matchingRequests(term) : {}] },
    select: listSelect,
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { receivedAt: "desc" }],
    take: 100,
  });
}
