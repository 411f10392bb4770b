// Language detection: ?lng= → cookie → Accept-Language → Thai.
import { createCookie } from "@remix-run/node";
import { RemixI18Next } from "remix-i18next/server";
import { cookieSecure } from "~/utils/session.server";
import { DEFAULT_LANGUAGE, i18nOptions, isLanguage, NAMESPACES, SUPPORTED_LANGUAGES, type Language } from "./config";

// Every page reads it, hence Path "/". Not signed: a forged value can only pick th or en.
export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: cookieSecure(),
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

type Namespace = (typeof NAMESPACES)[number];
// The resources are static, so a fixed t() per language and namespace can be made once and
// shared (remix-i18next builds a fresh i18next instance on every getFixedT call).
const fixed = new Map<string, ReturnType<typeof i18nServer.getFixedT>>();
export function fixedT(lng: Language, ns: Namespace = "common") {
  const key = `${lng}:${ns}`;
  if (!fixed.has(key)) fixed.set(key, i18nServer.getFixedT(lng, ns));
  return fixed.get(key)!;
}

export async function getT(request: Request, ns: Namespace = "common") {
  return fixedT(await getLanguage(request), ns);
}

// When the user picked a language explicitly (?lng=), remember it.
export async function languageCookieHeader(request: Request, language: Language): Promise<HeadersInit> {
  const explicit = new URL(request.url).searchParams.get("lng");
  return isLanguage(explicit) ? { "Set-Cookie": await localeCookie.serialize(language) } : {};
}
