// A bundle filed at BKK01 for the restaurant guide (registration, food notification, liquor),
// for tests that need one (access, scope).
import { lineId } from "~/domain/guides";
import { submitCounterBundle } from "~/services/bundle.server";
import { bundlePlan, requirePublishedGuide } from "~/services/guides.server";
import { getStaffUser } from "~/services/auth.server";
import type { IntakeInput } from "~/schemas/intake";
import { now } from "~/utils/clock.server";
import { cookieFor, staffRequest } from "./staff-session";

export async function loadGuideBundleFixture(): Promise<string> {
  const counter = (await getStaffUser(staffRequest("/staff", await cookieFor("counter@bkk01.demo"))))!;
  const plan = (await bundlePlan(await requirePublishedGuide("open-a-restaurant"), new URLSearchParams("area=80&premises=rent&juristic=no&liquor=yes"), "2026-04-09"))!;
  const input = {
    idempotencyKey: `guide-fixture-${Date.now()}-abcdef`,
    applicantType: "person",
    applicantId: "1101700203450",
    applicantName: "Fixture Bundle",
    applicantPhone: "0812345678",
    applicantEmail: "",
    applicantAddress: "1 Test Road",
    preferredLanguage: "en",
    noticesByEmail: false,
    cureDeadline: "",
    signedOnPaper: true,
    documents: plan.documents.map((d) => ({ id: lineId(d), status: "received", note: "" })),
  } as IntakeInput;
  const filed = await submitCounterBundle(counter, plan, input, now());
  if (!filed.ok) throw new Error("bundle fixture failed");
  return filed.trackingNumber;
}
