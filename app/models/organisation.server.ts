// Ministries, agencies and service centers: reads for the administration pages (narrow
// selects). Writes happen in app/services/organisation.server.ts, inside a transaction that
// also writes the audit entry.
import { prisma } from "~/utils/db.server";

export function listMinistries() {
  return prisma.ministry.findMany({ select: { id: true, code: true, nameTh: true, nameEn: true, _count: { select: { agencies: true } } }, orderBy: { code: "asc" } });
}

export function getMinistry(id: string) {
  return prisma.ministry.findUnique({ where: { id }, select: { id: true, code: true, nameTh: true, nameEn: true } });
}

export function listAgencies() {
  return prisma.agency.findMany({
    select: {
      id: true,
      code: true,
      nameTh: true,
      nameEn: true,
      ministry: { select: { code: true, nameTh: true, nameEn: true } },
      parent: { select: { code: true } },
      _count: { select: { permits: true, users: true, requests: true } },
    },
    orderBy: { code: "asc" },
  });
}

export const agencyFields = { code: true, nameTh: true, nameEn: true, ministryId: true, parentId: true, phone: true, website: true, addressTh: true, addressEn: true } as const;

export function getAgency(id: string) {
  return prisma.agency.findUnique({ where: { id }, select: { id: true, ...agencyFields } });
}

// The choices of the agency and user forms.
export function agencyOptions() {
  return prisma.agency.findMany({ select: { id: true, code: true, nameTh: true, nameEn: true, parentId: true }, orderBy: { code: "asc" } });
}

export function listCenters() {
  return prisma.serviceCenter.findMany({
    select: {
      id: true,
      code: true,
      nameTh: true,
      nameEn: true,
      phone: true,
      opensAt: true,
      closesAt: true,
      lunchStart: true,
      lunchEnd: true,
      _count: { select: { permits: true, users: true, requests: true } },
    },
    orderBy: { code: "asc" },
  });
}

export const centerFields = { code: true, nameTh: true, nameEn: true, addressTh: true, addressEn: true, phone: true, opensAt: true, closesAt: true, lunchStart: true, lunchEnd: true } as const;

export function getCenter(id: string) {
  return prisma.serviceCenter.findUnique({
    where: { id },
    select: { id: true, ...centerFields, permits: { select: { permitId: true } }, _count: { select: { requests: true } } },
  });
}

export function centerOptions() {
  return prisma.serviceCenter.findMany({ select: { id: true, code: true, nameTh: true, nameEn: true }, orderBy: { code: "asc" } });
}

// Permits a center may offer, named by their manual in force (or the slug before publication).
export function permitOptions() {
  return prisma.permit.findMany({
    select: { id: true, slug: true, currentVersion: { select: { nameTh: true, nameEn: true } } },
    orderBy: { slug: "asc" },
  });
}
