// What the fuzz suites need to reach every route: a draft with its cookie, a filed online
// request verified on the tracking page, a counter request, and the ids of real rows.
import { minimalPdf } from "../fixtures/documents";
import { saveApplicant, saveDeclaration, startApplication, requireDraft, submitDraft, uploadToDraft } from "~/services/apply.server";
import { getStaffUser, signIn } from "~/services/auth.server";
import { loadIntakeManual, submitCounterIntake } from "~/services/intake.server";
import { verifyTracking } from "~/services/tracking.server";
import { prisma } from "~/utils/db.server";
import { DEMO_PASSWORD } from "../../prisma/seed/data/staff";
import { cookieFor, staffRequest } from "./staff-session";
import type { Who } from "./fuzz-inventory";

export type Fixtures = {
  onlineSlug: string;
  counterSlug: string;
  editorSlug: string;
  formId: string;
  draftKey: string;
  requestNumber: string;
  fileId: string;
  holidayDate: string;
  agencyId: string;
  centerId: string;
  userId: string;
  cookies: Record<Who, string | null>;
};

const AT = new Date("2026-04-09T10:00:00+07:00");
const firstCookie = (setCookie: string) => setCookie.split(";")[0];
const req = (path: string, cookie = "") => new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} });
const APPLICANT = {
  applicantType: "person" as const, applicantId: "1101700203450", applicantName: "Fuzz Applicant", applicantPhone: "081-234-9876",
  applicantEmail: "", applicantAddress: "5 Fuzz Road", preferredLanguage: "en" as const, noticesByEmail: false,
};

async function onlineRequest(slug: string) {
  const { key, setCookie } = await startApplication(req(`/permits/${slug}/apply`), slug, "en", AT);
  const cookie = firstCookie(setCookie);
  const draft = await requireDraft(req(`/apply/${key}/applicant`, cookie), key, AT);
  await saveApplicant(draft, APPLICANT, AT);
  const docs = draft.manual.documents.filter((d) => !d.conditionTh && !d.conditionEn);
  const bytes = minimalPdf();
  await uploadToDraft(draft, docs.map((d) => ({ field: `file.${d.id}`, name: "scan.pdf", size: bytes.length, bytes })), AT);
  await saveDeclaration(draft, { truthful: true, consent: true }, AT);
  const result = await submitDraft(await requireDraft(req(`/apply/${key}/check`, cookie), key, AT), AT);
  if (!result.ok) throw new Error(`fixture: ${result.error}`);
  return result.trackingNumber;
}

export async function makeFixtures(): Promise<Fixtures> {
  const onlineSlug = "commercial-registration";
  const counterSlug = "food-premises-licence";
  // A fresh draft whose steps the fuzzer posts to.
  const started = await startApplication(req(`/permits/${onlineSlug}/apply`), onlineSlug, "en", AT);
  const tracked = await onlineRequest(onlineSlug);
  const verified = await verifyTracking(tracked, "9876");
  if (!verified) throw new Error("fixture: tracking");

  const counter = (await getStaffUser(staffRequest("/staff", await cookieFor("counter@bkk01.demo"))))!;
  const permit = await loadIntakeManual(counterSlug);
  const intake = await submitCounterIntake(counter, permit, {
    idempotencyKey: "fuzz-fixture-request-0001", ...APPLICANT, cureDeadline: "", signedOnPaper: true,
    documents: permit.manual.documents.map((d) => ({ id: d.id, status: "received", note: "" })),
  });
  if (!intake.ok) throw new Error("fixture: intake");

  const editorPermit = await prisma.permit.findFirstOrThrow({ where: { agency: { code: "PTW-DIST" } }, select: { slug: true, currentVersionId: true } });
  const form = await prisma.manualForm.findFirst({ select: { id: true } });
  const file = await prisma.storedFile.findFirstOrThrow({ where: { request: { trackingNumber: tracked } }, select: { id: true } });
  const holiday = await prisma.holiday.findFirstOrThrow({ where: { date: { gte: "2026-01-01" } }, select: { date: true } });
  const agency = await prisma.agency.findFirstOrThrow({ select: { id: true } });
  const center = await prisma.serviceCenter.findFirstOrThrow({ select: { id: true } });
  const target = await prisma.user.findUniqueOrThrow({ where: { email: "counter@nbi01.demo" }, select: { id: true } });
  // sign-out is fuzzed with its own account's session, so no other cookie is ended.
  const officer = await signIn("officer@dbd.demo", DEMO_PASSWORD);
  if (!officer.ok) throw new Error("fixture: sign-in");

  return {
    onlineSlug, counterSlug, editorSlug: editorPermit.slug, formId: form?.id ?? "none", draftKey: started.key, requestNumber: intake.trackingNumber,
    fileId: file.id, holidayDate: String(holiday.date).slice(0, 10), agencyId: agency.id, centerId: center.id, userId: target.id,
    cookies: {
      anonymous: null,
      applicant: firstCookie(started.setCookie),
      tracked: firstCookie(verified.setCookie),
      counter: await cookieFor("counter@bkk01.demo"),
      officer: firstCookie(officer.setCookie),
      supervisor: await cookieFor("supervisor@bkk01.demo"),
      editor: await cookieFor("editor@ptw.demo"),
      admin: await cookieFor("admin@anuyat.demo"),
    },
  };
}
