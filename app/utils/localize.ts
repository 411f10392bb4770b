// Turns the bilingual shapes of the model ({ th, en } everywhere) into one language for a
// page, so components receive plain strings and the page payload carries one language only.
import type { Language } from "~/i18n/config";

export type Localized<T> = T extends { th: string; en: string }
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

function isBilingual(value: object): value is { th: string; en: string } {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { th?: unknown }).th === "string" && typeof (value as { en?: unknown }).en === "string";
}

export function localize<T>(value: T, lng: Language): Localized<T> {
  if (Array.isArray(value)) return value.map((v) => localize(v, lng)) as Localized<T>;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    if (isBilingual(value)) return (value[lng] || value.th) as Localized<T>;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, lng)])) as Localized<T>;
  }
  return value as Localized<T>;
}
