// Language detection: ?lng= → cookie → Accept-Language → Thai.
import { createCookie } from "@remix-run/node";
import { RemixI18Next } from "remix-i18next/server";
import { DEFAULT_LANGUAGE, i18nOptions, isLanguage, SUPPORTED_LANGUAGES, type Language } from "./config";

export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...SUPPORTED_LANGUAGES],
    fallbackLanguage: DEFAULT_LANGUAGE,
    cookie: localeCookie,
    order: ["searchParams", "cookie", "header"],
  },
  i18next: i18nOptions(DEFAULT_LANGUAGE),
});

export async function getLanguage(request: Request): Promise<Language> {
  const detected = await i18nServer.getLocale(request);
  return isLanguage(detected) ? detected : DEFAULT_LANGUAGE;
}

export async function getT(request: Request, ns: "common" | "manual" | "staff" | "validation" = "common") {
  return i18nServer.getFixedT(await getLanguage(request), ns);
}

// When the user picked a language explicitly (?lng=), remember it.
export async function languageCookieHeader(request: Request, language: Language): Promise<HeadersInit> {
  const explicit = new URL(request.url).searchParams.get("lng");
  return isLanguage(explicit) ? { "Set-Cookie": await localeCookie.serialize(language) } : {};
}
