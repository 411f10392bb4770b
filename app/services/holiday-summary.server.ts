// After a holiday change the list page says what it did (how many requests moved, a few of
// them): the summary rides in a short-lived signed cookie from the action's redirect to the
// next page load, which clears it, so it works the same with or without JavaScript.
import { signedCookie } from "~/utils/session.server";
import type { ChangeSummary } from "./holiday-admin.server";

// Path /staff/admin so the single-fetch data request (…/holidays.data) carries it too.
let cookie: ReturnType<typeof signedCookie> | undefined;
const summaryCookie = () => (cookie ??= signedCookie("anuyat_holiday_change", { path: "/staff/admin", maxAge: 300 }));

export async function summaryHeaders(summary: ChangeSummary): Promise<HeadersInit> {
  return { "Set-Cookie": await summaryCookie().serialize(summary) };
}

export async function takeSummary(request: Request): Promise<{ summary: ChangeSummary | null; headers?: HeadersInit }> {
  const value = (await summaryCookie().parse(request.headers.get("Cookie"))) as ChangeSummary | null;
  if (!value || typeof value !== "object") return { summary: null };
  return { summary: value, headers: { "Set-Cookie": await summaryCookie().serialize("", { maxAge: 0 }) } };
}
