// Display formatting. Dates are calendar dates (YYYY-MM-DD, Asia/Bangkok sense, T1); they are
// formatted at UTC noon of that day so no time zone can shift them. Thai shows the Buddhist era.
import { bangkokMinutesOfDay } from "~/domain/calendar/bangkok-date";
import type { Language } from "~/i18n/config";

const dateFormats = {
  th: new Intl.DateTimeFormat("th-TH-u-ca-buddhist", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};
const weekdayDateFormats = {
  th: new Intl.DateTimeFormat("th-TH-u-ca-buddhist", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};

function atNoon(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

export function formatDate(date: string, lng: Language): string {
  return dateFormats[lng].format(atNoon(date));
}

export function formatDateWithWeekday(date: string, lng: Language): string {
  return weekdayDateFormats[lng].format(atNoon(date));
}

const numberFormats = {
  th: new Intl.NumberFormat("th-TH", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};
export function formatNumber(n: number, lng: Language): string {
  return numberFormats[lng].format(n);
}

// HH:MM of an instant on the Bangkok wall clock (T1), whatever the process time zone.
export function bangkokTime(iso: string): string {
  const minutes = bangkokMinutesOfDay(new Date(iso));
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

// File sizes as people read them: "850 kB", "2.4 MB" (decimal units, as file managers show).
export function formatBytes(bytes: number, lng: Language): string {
  const [value, unit] = bytes < 1000 ? [bytes, "B"] : bytes < 1_000_000 ? [bytes / 1000, "kB"] : [bytes / 1_000_000, "MB"];
  return `${new Intl.NumberFormat(lng === "th" ? "th-TH" : "en-GB", { maximumFractionDigits: unit === "B" ? 0 : 1 }).format(value)} ${unit}`;
}
