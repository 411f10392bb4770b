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

export const SUPPORTED_LANGUAGES = ["th", "en"] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "th";
export const NAMESPACES = ["common", "manual", "staff", "validation", "apply"] as const;

export const resources = {
  th: { common: thCommon, manual: thManual, staff: thStaff, validation: thValidation, apply: thApply },
  en: { common: enCommon, manual: enManual, staff: enStaff, validation: enValidation, apply: enApply },
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
