// i18next settings shared by the server (per request) and the browser. Locale files are small,
// so both languages are bundled statically: no backend, no flash of untranslated text.
import type { InitOptions } from "i18next";
import thCommon from "../../locales/th/common.json";
import enCommon from "../../locales/en/common.json";
import thManual from "../../locales/th/manual.json";
import enManual from "../../locales/en/manual.json";
import thStaff from "../../locales/th/staff.json";
import enStaff from "../../locales/en/staff.json";
import thValidation from "../../locales/th/validation.json";
import thApply from "../../locales/th/apply.json";
import enApply from "../../locales/en/apply.json";
import enValidation from "../../locales/en/validation.json";
import thAdmin from "../../locales/th/admin.json";
import enAdmin from "../../locales/en/admin.json";
import thHolidays from "../../locales/th/holidays.json";
import enHolidays from "../../locales/en/holidays.json";
import thEditor from "../../locales/th/editor.json";
import enEditor from "../../locales/en/editor.json";
import thGuides from "../../locales/th/guides.json";
import enGuides from "../../locales/en/guides.json";

export const SUPPORTED_LANGUAGES = ["th", "en"] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "th";
// admin: the administration area, organisation, users and audit log; holidays: the holiday
// calendar editor; editor: the manual editor (issue 7); guides: life-event guides and
// bundles of permits filed together (issue 10).
export const NAMESPACES = ["common", "manual", "staff", "validation", "apply", "admin", "holidays", "editor", "guides"] as const;

export const resources = {
  th: { common: thCommon, manual: thManual, staff: thStaff, validation: thValidation, apply: thApply, admin: thAdmin, holidays: thHolidays, editor: thEditor, guides: thGuides },
  en: { common: enCommon, manual: enManual, staff: enStaff, validation: enValidation, apply: enApply, admin: enAdmin, holidays: enHolidays, editor: enEditor, guides: enGuides },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

export function i18nOptions(lng: Language): InitOptions {
  return {
    lng,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    fallbackLng: DEFAULT_LANGUAGE,
    defaultNS: "common",
    ns: [...NAMESPACES],
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}
