// Holidays are data (T3). Dates are YYYY-MM-DD strings, so string order is date order.
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
