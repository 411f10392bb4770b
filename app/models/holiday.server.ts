// Holidays are data (T3). Dates are YYYY-MM-DD strings, so string order is date order.
import type { Tx } from "~/models/request.server";
import { prisma } from "~/utils/db.server";

export type HolidayRow = { date: string; nameTh: string; nameEn: string; kind: string };
const holidaySelect = { date: true, nameTh: true, nameEn: true, kind: true } as const;

export async function listHolidays(from?: string, to?: string): Promise<HolidayRow[]> {
  return prisma.holiday.findMany({
    where: from || to ? { date: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } } : undefined,
    select: holidaySelect,
    orderBy: { date: "asc" },
  });
}

export async function findHoliday(date: string): Promise<HolidayRow | null> {
  return prisma.holiday.findUnique({ where: { date }, select: holidaySelect });
}

// The first and last year that hold a holiday, for the editor's year switcher.
export async function holidayYearSpan(): Promise<{ first: number; last: number } | null> {
  const [first, last] = await Promise.all([
    prisma.holiday.findFirst({ select: { date: true }, orderBy: { date: "asc" } }),
    prisma.holiday.findFirst({ select: { date: true }, orderBy: { date: "desc" } }),
  ]);
  return first && last ? { first: Number(first.date.slice(0, 4)), last: Number(last.date.slice(0, 4)) } : null;
}

// Inside a change's transaction: the whole set as it stands, with ids for the audit log.
export async function allHolidaysIn(tx: Tx) {
  return tx.holiday.findMany({ select: { id: true, ...holidaySelect }, orderBy: { date: "asc" } });
}
