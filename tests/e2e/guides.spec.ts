// Life-event guides and bundles (issue 10), in Thai and in English. The server stands on
// Thursday 9 April 2026 (APP_NOW). Names are unique per project: both projects share one
// database.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { minimalPdf } from "../fixtures/documents";
import { expectNoSeriousA11yViolations, lngOf, text, type Lng } from "./support";

const PASSWORD = "anuyat-demo-2569";
const RESTAURANT = "/guides/open-a-restaurant";

async function signIn(browser: Browser, lng: Lng, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: lng === "th" ? "th-TH" : "en-GB" })).newPage();
  await page.goto("/sign-in");
  await page.getByLabel(text(lng, "auth.email")).fill(email);
  await page.getByLabel(text(lng, "auth.password")).fill(PASSWORD);
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  return page;
}

async function answerRestaurant(page: Page, lng: Lng, liquor: boolean) {
  await page.getByLabel(lng === "th" ? /พื้นที่ร้าน/ : /Floor area/).fill("80");
  await page.getByRole("group", { name: lng === "th" ? "สถานที่ของร้าน" : "The premises" }).getByLabel(lng === "th" ? "เช่าอาคาร" : "A rented building").check();
  await page.getByRole("group", { name: lng === "th" ? /นิติบุคคล/ : /juristic person/ }).getByLabel(text(lng, "guides:questionnaire.no"), { exact: true }).check();
  await page.getByRole("group", { name: lng === "th" ? /ขายสุรา/ : /sell liquor/ }).getByLabel(text(lng, liquor ? "guides:questionnaire.yes" : "guides:questionnaire.no"), { exact: true }).check();
}

test("answering a guide's questions gives the right permits, in order, with the totals, on a stable link", async ({ page }) => {
  const lng = lngOf(test.info());
  await page.goto("/");
  await page.getByRole("link", { name: lng === "th" ? "เปิดร้านอาหาร" : "Open a restaurant" }).first().click();
  await expect(page).toHaveURL(/\/guides\/open-a-restaurant$/);
  await answerRestaurant(page, lng, true);
  await page.getByRole("button", { name: text(lng, "guides:questionnaire.submit") }).click();
  // The result's link encodes the answers (a GET form).
  await expect(page).toHaveURL(/area=80&premises=rent&juristic=no&liquor=yes/);
  const permits = page.getByTestId("guide-permits").locator("> li");
  await expect(permits).toHaveCount(3);
  expect(await permits.evaluateAll((items) => items.map((i) => i.getAttribute("data-slug")))).toEqual(["commercial-registration", "food-premises-notification", "liquor-retail-licence"]);
  // The liquor licence says it needs the other two first.
  await expect(permits.nth(2).locator(".guide-after")).toBeVisible();
  // Registration today; notification 7 working days (Songkran skipped) → 23 April; liquor one
  // working day after → 24 April, the last decision.
  await expect(page.getByTestId("expected-food-premises-notification")).toHaveAttribute("data-date", "2026-04-23");
  await expect(page.getByTestId("last-decision")).toHaveAttribute("data-date", "2026-04-24");
  // 50 + 100–1,000 + 330–7,700 baht: a range, never one false number.
  await expect(page.getByTestId("fee-total")).toHaveText(text(lng, "guides:result.feeRange", { min: "480", max: "8,750" }));
  // The ID card, needed by all three, is listed once.
  const idCard = lng === "th" ? "บัตรประจำตัวประชาชน" : "National ID card";
  await expect(page.getByTestId("guide-documents").getByRole("rowheader").filter({ hasText: new RegExp(`^${idCard}`) })).toHaveCount(1);
  // The same link later gives the same result.
  const url = page.url();
  await page.goto(url);
  await expect(page.getByTestId("last-decision")).toHaveAttribute("data-date", "2026-04-24");
  // Changing one answer changes the permits: no liquor, no liquor licence.
  await page.getByRole("group", { name: lng === "th" ? /ขายสุรา/ : /sell liquor/ }).getByLabel(text(lng, "guides:questionnaire.no"), { exact: true }).check();
  await page.getByRole("button", { name: text(lng, "guides:questionnaire.update") }).click();
  await expect(page.getByTestId("guide-permits").locator("> li")).toHaveCount(2);
});

test.describe.configure({ mode: "serial" });

test("a bundle filed at the counter: each agency's officer sees only its own request; one decided, the others in progress on the bundle page", async ({ browser }) => {
  test.setTimeout(120_000);
  const lng = lngOf(test.info());
  const name = `Bundle ${lng} ${Date.now()}`;
  const counter = await signIn(browser, lng, "counter@bkk01.demo");
  await counter.goto("/staff/intake/new");
  await counter.getByRole("link", { name: lng === "th" ? "เปิดร้านอาหาร" : "Open a restaurant" }).click();
  await answerRestaurant(counter, lng, true);
  await counter.getByRole("button", { name: text(lng, "guides:intake.showPermits") }).click();
  await expect(counter.getByRole("heading", { name: text(lng, "guides:intake.fileHeading_other", { count: 3 }) })).toBeVisible();
  await counter.getByLabel(text(lng, "staff:intake.applicantId")).fill("1101700203450");
  await counter.getByLabel(text(lng, "staff:intake.applicantName")).fill(name);
  await counter.getByLabel(text(lng, "staff:intake.applicantPhone")).fill("081 234 5678");
  await counter.getByLabel(text(lng, "staff:intake.applicantAddress")).fill("99 ถนนพระราม 1 ปทุมวัน กรุงเทพฯ");
  const items = counter.locator(".checklist__item");
  const n = await items.count();
  for (let i = 0; i < n; i++) await items.nth(i).getByLabel(text(lng, "staff:checkStatuses.received"), { exact: true }).check();
  await counter.getByRole("button", { name: text(lng, "guides:intake.submit_other", { count: 3 }) }).click();
  await expect(counter).toHaveURL(/\/staff\/bundles\/BKK01-2569-\d{6}-[0-9A-Z]$/);
  const bundle = (await counter.getByTestId("bundle-number").textContent())!.trim();
  const rows = counter.getByTestId("bundle-request");
  await expect(rows).toHaveCount(3);
  const numbers = (await rows.locator(".tracking").allTextContents()).map((s) => s.trim());
  const [registration, food, liquor] = numbers;

  // The excise officer's queue has the liquor request and neither of the others.
  const excise = await signIn(browser, lng, "officer@excise.demo");
  await excise.goto("/staff/requests?filter=all");
  await expect(excise.getByText(liquor)).toBeVisible();
  await expect(excise.getByText(registration)).toHaveCount(0);
  await expect(excise.getByText(food)).toHaveCount(0);
  await excise.goto(`/staff/bundles/${bundle}`);
  await expect(excise.getByTestId("bundle-request")).toHaveCount(1);

  // The commercial registrar decides its request.
  const dbd = await signIn(browser, lng, "officer@dbd.demo");
  await dbd.goto("/staff/requests?filter=all");
  await expect(dbd.getByText(registration)).toBeVisible();
  await expect(dbd.getByText(liquor)).toHaveCount(0);
  await dbd.goto(`/staff/requests/${registration}`);
  await dbd.getByRole("radio", { name: text(lng, "staff:statuses.approved"), exact: true }).check();
  await dbd.getByRole("button", { name: text(lng, "staff:work.decideSubmit") }).click();
  await expect(dbd.getByTestId("decision")).toContainText(text(lng, "staff:statuses.approved"));

  // The bundle page: one decided, the others in progress, each with its own due date.
  const citizen = await (await browser.newContext({ locale: lng === "th" ? "th-TH" : "en-GB" })).newPage();
  await citizen.goto(`/track?number=${bundle}`);
  await citizen.getByLabel(text(lng, "track.verifier")).fill("5678");
  await citizen.getByRole("button", { name: text(lng, "track.submit") }).click();
  await expect(citizen.getByTestId("bundle-number")).toHaveText(bundle);
  const states = citizen.getByTestId("bundle-request");
  await expect(states).toHaveCount(3);
  await expect(states.nth(0)).toHaveAttribute("data-status", "approved");
  await expect(states.nth(1)).toHaveAttribute("data-status", "accepted");
  await expect(states.nth(2)).toHaveAttribute("data-status", "accepted");
  await expect(states.nth(1).locator("td").last()).toHaveAttribute("data-date", "2026-04-23");
  // One verification opens each permit of the bundle.
  await states.nth(2).getByRole("link", { name: liquor }).click();
  await expect(citizen.getByTestId("track-status")).toHaveText(text(lng, "staff:statuses.accepted"));
});

// Online, several permits on one form (E1, decision 0021): a post that comes back with an error
// keeps the files it carried; only the refused one is chosen again. Without JavaScript the
// server finds the missing name; with it the browser does, and "Remove" works even while a
// field is still wrong.
const ONLINE = `${RESTAURANT}/apply?area=80&premises=rent&juristic=no&liquor=no`;
const pdfFile = (name: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.from(minimalPdf()) });
const textFile = { name: "letter.pdf", mimeType: "application/pdf", buffer: Buffer.from("Dear Sir, this is only text.\n") };

async function fillOnlineForm(page: Page, lng: Lng, name: string) {
  await page.getByLabel(text(lng, "staff:intake.applicantId")).fill("1101700203450");
  await page.getByLabel(text(lng, "staff:intake.applicantName")).fill(name);
  await page.getByLabel(text(lng, "staff:intake.applicantPhone")).fill("081 234 5678");
  await page.getByLabel(text(lng, "staff:intake.applicantAddress"), { exact: true }).fill("99 ถนนพระราม 1 ปทุมวัน กรุงเทพฯ");
  await page.getByLabel(text(lng, "apply:declaration.truthful")).check();
  await page.getByLabel(text(lng, "apply:declaration.consent")).check();
}

// Chooses a PDF for every document the manuals always require (the first: a text file named
// .pdf); returns the inputs' ids in the order chosen.
async function chooseFiles(page: Page): Promise<string[]> {
  await page.waitForLoadState("load"); // every document's input, not the part streamed so far
  const required = page.locator('input[type="file"]');
  const ids: string[] = [];
  for (let i = 0; i < (await required.count()); i++) {
    const input = required.nth(i);
    const id = (await input.getAttribute("id"))!;
    // A conditional document says so beside its name ("if it applies: …").
    if (await page.locator(`label[for="${id}"] .muted`).count()) continue;
    ids.push(id);
    await input.setInputFiles(ids.length === 1 ? textFile : pdfFile(`document-${ids.length}.pdf`));
  }
  return ids;
}

async function expectFiledOnline(page: Page, permits: number) {
  await expect(page).toHaveURL(/\/track\?number=ONLINE-2569-/);
  await expect(page.getByTestId("bundle-number")).toHaveText(/^ONLINE-2569-\d{6}-[0-9A-Z]$/);
  const states = page.getByTestId("bundle-request");
  await expect(states).toHaveCount(permits);
  for (let i = 0; i < permits; i++) await expect(states.nth(i)).toHaveAttribute("data-status", "submitted");
}

test.describe("online: a form that comes back keeps its files", () => {
  test("without JavaScript: the missing name and the bad file are named; the good files stay; only the bad one is chosen again", async ({ browser }) => {
    const lng = lngOf(test.info());
    const page = await (await browser.newContext({ locale: lng === "th" ? "th-TH" : "en-GB", javaScriptEnabled: false })).newPage();
    await page.goto(ONLINE);
    await fillOnlineForm(page, lng, "");
    const [refused, ...kept] = await chooseFiles(page);
    expect(kept.length).toBeGreaterThanOrEqual(2);
    await page.getByRole("button", { name: text(lng, "guides:apply.submit_other", { count: 2 }) }).click();
    await expect(page.getByRole("alert").filter({ hasText: text(lng, "guides:apply.filesKept") })).toBeVisible();
    await expect(page.locator(`#${refused.replace(".", "\\.")}-error`)).toHaveText(text(lng, "validation:upload.type"));
    await expect(page.locator(".field-error").filter({ hasText: text(lng, "validation:required") }).first()).toBeVisible();
    for (const [i, id] of kept.entries()) await expect(page.locator(".form-field").filter({ has: page.locator(`[id="${id}"]`) }).locator(".file-list li")).toContainText(`document-${i + 2}.pdf`);
    // What was typed is still there; the name and the refused document are all that is given again.
    await expect(page.getByLabel(text(lng, "staff:intake.applicantPhone"))).toHaveValue("081 234 5678");
    await page.getByLabel(text(lng, "staff:intake.applicantName")).fill(`Online ${lng} ${Date.now()}`);
    await page.locator(`[id="${refused}"]`).setInputFiles(pdfFile("document-1.pdf"));
    await page.getByRole("button", { name: text(lng, "guides:apply.submit_other", { count: 2 }) }).click();
    await expectFiledOnline(page, 2);
  });

  test("with JavaScript: a refused file comes back from the server, the kept ones are listed, Remove works while a field is wrong", async ({ page }) => {
    const lng = lngOf(test.info());
    await page.goto(ONLINE);
    await page.waitForLoadState("networkidle"); // hydrated: the browser checks the form
    await fillOnlineForm(page, lng, `Online JS ${lng} ${Date.now()}`);
    const [refused, second, ...rest] = await chooseFiles(page);
    const submit = page.getByRole("button", { name: text(lng, "guides:apply.submit_other", { count: 2 }) });
    await submit.click();
    await expect(page.locator(`#${refused.replace(".", "\\.")}-error`)).toHaveText(text(lng, "validation:upload.type"));
    const keptOf = (id: string) => page.locator(".form-field").filter({ has: page.locator(`[id="${id}"]`) }).locator(".file-list li");
    await expect(keptOf(second)).toHaveText(new RegExp("document-2\\.pdf"));
    await expectNoSeriousA11yViolations(page);
    // The inputs were renewed: nothing is still chosen, so nothing goes twice.
    expect(await page.locator(`[id="${second}"]`).evaluate((i: HTMLInputElement) => i.files?.length ?? 0)).toBe(0);
    // With the name emptied (the browser would refuse to send), Remove still goes.
    await page.getByLabel(text(lng, "staff:intake.applicantName")).fill("");
    await keptOf(second).getByRole("button", { name: new RegExp(text(lng, "apply:documents.remove")) }).click();
    await expect(keptOf(second)).toHaveCount(0);
    await expect(keptOf(rest[0])).toHaveCount(1);
    // Give the name, the refused document and the removed one again, and send.
    await page.getByLabel(text(lng, "staff:intake.applicantName")).fill(`Online JS ${lng} ${Date.now()}`);
    await page.locator(`[id="${refused}"]`).setInputFiles(pdfFile("document-1.pdf"));
    await page.locator(`[id="${second}"]`).setInputFiles(pdfFile("document-2.pdf"));
    await submit.click();
    await expectFiledOnline(page, 2);
  });
});
