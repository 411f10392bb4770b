// A service center's office hours as an administrator types them (HH:MM, Bangkok wall clock).
// The clock counts limits in minutes or hours only inside these hours (T5), and refuses hours
// out of order (officeDay throws), so they are checked here before they are stored.
export type OfficeHoursInput = { opensAt: string; closesAt: string; lunchStart: string; lunchEnd: string };
export type OfficeHoursField = keyof OfficeHoursInput;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isHhmm(value: string): boolean {
  return HHMM.test(value);
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

// Problems by field (i18n keys); empty when the day is well formed. A lunch break is optional
// but needs both ends, and must lie strictly inside the opening hours.
export function officeHoursProblems(h: OfficeHoursInput): Partial<Record<OfficeHoursField, string>> {
  const problems: Partial<Record<OfficeHoursField, string>> = {};
  for (const field of ["opensAt", "closesAt", "lunchStart", "lunchEnd"] as const) {
    const optional = field === "lunchStart" || field === "lunchEnd";
    if (h[field] === "" && optional) continue;
    if (!isHhmm(h[field])) problems[field] = "admin:centers.errors.time";
  }
  if (Object.keys(problems).length > 0) return problems;
  const [open, close] = [minutes(h.opensAt), minutes(h.closesAt)];
  if (open >= close) return { closesAt: "admin:centers.errors.closesBeforeOpens" };
  if ((h.lunchStart === "") !== (h.lunchEnd === "")) {
    return h.lunchStart === "" ? { lunchStart: "admin:centers.errors.lunchBothEnds" } : { lunchEnd: "admin:centers.errors.lunchBothEnds" };
  }
  if (h.lunchStart === "") return {};
  const [start, end] = [minutes(h.lunchStart), minutes(h.lunchEnd)];
  if (start <= open || start >= close) return { lunchStart: "admin:centers.errors.lunchOutside" };
  if (end <= start) return { lunchEnd: "admin:centers.errors.lunchEndsBeforeStart" };
  if (end >= close) return { lunchEnd: "admin:centers.errors.lunchOutside" };
  return {};
}
