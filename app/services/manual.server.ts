// Reading one manual for a page: the published version in force (R7.4), in one language.
import type { Language } from "~/i18n/config";
import { getPublishedManual } from "~/models/permit.server";
import { localize } from "~/utils/localize";

export async function requirePublishedManual(slug: string | undefined) {
  const manual = slug ? await getPublishedManual(slug) : null;
  if (!manual) throw new Response("Not found", { status: 404 });
  return manual;
}

export async function requireManualView(slug: string | undefined, lng: Language) {
  return localize(await requirePublishedManual(slug), lng);
}
