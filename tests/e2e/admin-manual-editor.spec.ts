// The manual editor in the browser, in Thai and in English (issue 7). First the issue's own
// test (R7.4): a counter officer files a complete request; the agency's editor changes a step
// and the total time and publishes; the request keeps its version, time limit and steps, and
// the public page shows the new version. Then the lists without JavaScript, the translated
// errors of a publication that breaks R7.1/R7.6, and axe on the list, editor and preview.
// Each language uses its own permit (other admin specs use others) and reads version numbers
// from the pages, so both runs and the other admin specs can share the database.
import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { expectNoSeriousA11yViolations, lngOf, text, type Lng } from "./support";

const PASSWORD = "anuyat-demo-2569";
// PTW-DIST permits offered at BKK01: the PTW editor may edit them, the BKK01 counter file them.
const SLUGS: Record<Lng, string> = { th: "building-construction-permit", en: "food-premises-licence" };
test.describe.configure({ mode: "serial" });

async function signIn(page: Page, lng: Lng, email: string, to: string) {
  await page.context().clearCookies();
  await page.goto(`/sign-in?redirectTo=${encodeURIComponent(to)}`);
  await page.getByLabel(text(lng, "auth.email")).fill(email);
  await page.getByLabel(text(lng, "auth.password")).fill(PASSWORD);
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).toHaveURL(new RegExp(`${to.replace(/[?]/g, "\\?")}$`));
}

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const row = (lng: Lng, n: number) => text(lng, "editor:lists.steps.row", { n });

async function fileCompleteRequest(page: Page, lng: Lng, slug: string, name: string) {
  await signIn(page, lng, "counter@bkk01.demo", `/staff/intake/new/${slug}`);
  await page.getByLabel(text(lng, "staff:intake.applicantId")).fill("1101700203450");
  await page.getByLabel(text(lng, "staff:intake.applicantName")).fill(name);
  await page.getByLabel(text(lng, "staff:intake.applicantPhone")).fill("081 234 5678");
  await page.getByLabel(text(lng, "staff:intake.applicantAddress")).fill("99 ถนนพระราม 1 ปทุมวัน กรุงเทพฯ");
  const items = page.locator(".checklist__item");
  await page.waitForLoadState("load"); // the whole checklist, not the part streamed so far
  for (let i = 0; i < (await items.count()); i++) await items.nth(i).getByLabel(text(lng, "staff:checkStatuses.received"), { exact: true }).check();
  await page.getByRole("button", { name: text(lng, "staff:intake.submit") }).click();
  await expect(page).toHaveURL(/\/staff\/requests\/BKK01-2569-\d{6}-[0-9A-Z]$/);
  return new URL(page.url()).pathname;
}

async function createPermit(page: Page, lng: Lng, slug: string) {
  await page.goto("/staff/admin/manuals");
  await page.getByRole("link", { name: text(lng, "editor:list.new") }).click();
  await page.getByLabel(text(lng, "editor:new.slug")).fill(slug);
  await page.getByLabel(text(lng, "editor:new.nameTh")).fill(`ป้ายทดสอบ ${slug}`);
  await page.getByLabel(text(lng, "editor:new.nameEn")).fill(`Test signboard ${slug}`);
  await page.getByLabel(text(lng, "editor:new.kind")).selectOption("licence");
  await page.getByLabel(text(lng, "editor:new.category")).selectOption("construction");
  await page.getByRole("checkbox", { name: /BKK01/ }).check();
  await page.getByRole("button", { name: text(lng, "editor:new.submit") }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/admin/manuals/${slug}/draft$`));
}

test("a new version binds new requests only: the open request keeps its version, steps and time limit; the public page shows the new version (R7.4)", async ({ page }, info) => {
  test.setTimeout(120_000);
  const lng = lngOf(info);
  const slug = SLUGS[lng];
  const admin = `/staff/admin/manuals/${slug}`;

  // 1. A complete walk-in request at BKK01 under the version in force.
  const requestPath = await fileCompleteRequest(page, lng, slug, `Editor test ${info.project.name}`);
  const versionLink = page.locator(`a[href^="/permits/${slug}/versions/"]`).first();
  const filedUnder = Number((await versionLink.getAttribute("href"))!.split("/").pop());
  const factsBefore = await page.locator("dl.facts").first().innerText();

  // 2. The agency's editor opens a draft, changes step 1 and the total time, and publishes.
  await signIn(page, lng, "editor@ptw.demo", admin);
  // Wait for one or the other: count() alone does not wait for a page still streaming.
  const edit = page.locator('button[name="intent"][value="edit"]');
  const open = page.locator(`a[href="${admin}/draft"]`).first();
  await expect(edit.or(open).first()).toBeVisible();
  if (await edit.count()) await edit.click();
  else await open.click();
  await expect(page).toHaveURL(new RegExp(`${admin}/draft$`));
  const oldTitle = await field(page, `steps.0.title${lng === "th" ? "Th" : "En"}`).inputValue();
  const oldTotal = Number(await field(page, "totalValue").inputValue());
  const marker = `${lng === "th" ? "ขั้นตอนใหม่" : "New step"} ${info.project.name}`;
  await field(page, "steps.0.titleTh").fill(marker);
  await field(page, "steps.0.titleEn").fill(marker);
  await field(page, "totalValue").fill(String(oldTotal + 2));
  // The live preview follows the typing.
  await expect(page.locator(".editor-preview .timeline")).toContainText(marker);
  await page.getByRole("button", { name: text(lng, "editor:actions.publish") }).click();
  await expect(page).toHaveURL(new RegExp(`${admin}\\?published=\\d+$`));
  const published = Number(new URL(page.url()).searchParams.get("published"));
  expect(published).toBeGreaterThan(filedUnder);
  await expect(page.getByRole("status")).toHaveText(text(lng, "editor:permit.published", { version: published }));

  // 3. The request keeps the version it was filed under, and its time limit.
  await signIn(page, lng, "counter@bkk01.demo", requestPath);
  await expect(page.locator(`a[href="/permits/${slug}/versions/${filedUnder}"]`)).toBeVisible();
  expect(await page.locator("dl.facts").first().innerText()).toBe(factsBefore);
  // …and its steps: the request's version link leads to the steps it is judged against.
  await page.locator(`a[href="/permits/${slug}/versions/${filedUnder}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/permits/${slug}/versions/${filedUnder}$`));
  await expect(page.locator(".timeline")).toContainText(oldTitle);
  await expect(page.locator(".timeline")).not.toContainText(marker);

  // 4. The public page shows the new version with the new step.
  await page.context().clearCookies();
  await page.goto(`/permits/${slug}`);
  await expect(page.getByText(text(lng, "manual:page.version", { version: published }))).toBeVisible();
  await expect(page.locator(".timeline")).toContainText(marker);
});

async function noJsPage(browser: Browser, info: TestInfo, baseURL: string | undefined) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, locale: info.project.use.locale });
  return context.newPage();
}

test("steps are added, reordered and removed without JavaScript, and nothing typed is lost", async ({ browser, baseURL }, info) => {
  test.setTimeout(90_000);
  const lng = lngOf(info);
  const page = await noJsPage(browser, info, baseURL);
  const slug = `c1-e2e-nojs-${info.project.name}`;
  await signIn(page, lng, "editor@ptw.demo", "/staff/admin/manuals");
  await createPermit(page, lng, slug);

  await field(page, "steps.0.titleEn").fill("First typed");
  await field(page, "nameEn").fill("Typed name, not saved yet");
  await page.getByRole("button", { name: text(lng, "editor:lists.steps.add") }).click();
  await expect(field(page, "steps.1.titleEn")).toHaveValue("");
  await expect(field(page, "steps.0.titleEn")).toHaveValue("First typed");
  await expect(field(page, "nameEn")).toHaveValue("Typed name, not saved yet");
  await field(page, "steps.1.titleEn").fill("Second typed");
  await field(page, "steps.1.durationValue").fill("2");
  await page.getByRole("button", { name: text(lng, "editor:controls.up", { row: row(lng, 2) }) }).click();
  await expect(field(page, "steps.0.titleEn")).toHaveValue("Second typed");
  await expect(field(page, "steps.0.durationValue")).toHaveValue("2");
  await expect(field(page, "steps.1.titleEn")).toHaveValue("First typed");
  // The first row has no "move up", the last no "move down".
  await expect(page.getByRole("button", { name: text(lng, "editor:controls.up", { row: row(lng, 1) }) })).toHaveCount(0);
  await expect(page.getByRole("button", { name: text(lng, "editor:controls.down", { row: row(lng, 2) }) })).toHaveCount(0);
  await page.getByRole("button", { name: text(lng, "editor:controls.remove", { row: row(lng, 2) }) }).click();
  await expect(field(page, "steps.0.titleEn")).toHaveValue("Second typed");
  await expect(field(page, "steps.1.titleEn")).toHaveCount(0);

  // Publishing with a step without a unit and neither fees nor "no fee": the server's
  // translated errors, next to the fields and in the summary; nothing is lost.
  await page.getByRole("button", { name: text(lng, "editor:actions.publish") }).click();
  const summary = page.locator("#error-summary");
  await expect(summary).toContainText(text(lng, "editor:errors.unitRequired"));
  await expect(summary).toContainText(text(lng, "editor:errors.noFeeOrFees"));
  await expect(page.locator("#steps\\.0\\.durationUnit-error")).toContainText(text(lng, "editor:errors.unitRequired"));
  await expect(page.locator("#fees-error")).toContainText(text(lng, "editor:errors.noFeeOrFees"));
  await expect(field(page, "steps.0.titleEn")).toHaveValue("Second typed");

  // "Save and preview" keeps the work and shows the draft as the public page would.
  await page.getByRole("button", { name: text(lng, "editor:actions.preview") }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/admin/manuals/${slug}/draft/preview$`));
  await expect(page.getByRole("heading", { name: text(lng, "editor:preview.title", { version: 1 }) })).toBeVisible();
  if (lng === "en") await expect(page.locator(".timeline")).toContainText("Second typed");
  await page.context().close();
});

test("publishing checks every rule in the browser with translated errors; axe on the list, the editor and the preview", async ({ page }, info) => {
  test.setTimeout(90_000);
  const lng = lngOf(info);
  const slug = `c1-e2e-js-${info.project.name}`;
  await signIn(page, lng, "editor@ptw.demo", "/staff/admin/manuals");
  await expect(page.getByRole("heading", { level: 1, name: text(lng, "editor:list.title") })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await createPermit(page, lng, slug);
  await expectNoSeriousA11yViolations(page);

  await field(page, "steps.0.durationValue").fill("3");
  // With JavaScript the list buttons work the same way, and keep what was typed.
  await page.getByRole("button", { name: text(lng, "editor:lists.steps.add") }).click();
  await expect(field(page, "steps.1.titleEn")).toBeVisible();
  await expect(field(page, "steps.0.durationValue")).toHaveValue("3");
  await page.getByRole("button", { name: text(lng, "editor:controls.remove", { row: row(lng, 2) }) }).click();
  await expect(field(page, "steps.1.titleEn")).toHaveCount(0);
  await expect(field(page, "steps.0.durationValue")).toHaveValue("3");
  let posted = false;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/draft")) posted = true;
  });
  await page.getByRole("button", { name: text(lng, "editor:actions.publish") }).click();
  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(text(lng, "editor:errors.unitRequired"));
  await expect(summary).toContainText(text(lng, "editor:errors.noFeeOrFees"));
  await expect(page.locator("#steps\\.0\\.durationUnit-error")).toContainText(text(lng, "editor:errors.unitRequired"));
  await expect(summary.getByRole("link", { name: new RegExp(text(lng, "editor:lists.fees.legend").replace(/[()]/g, "\\$&")) })).toBeVisible();
  expect(posted).toBe(false);
  await expectNoSeriousA11yViolations(page);

  // Ticking "no fee" and choosing the unit clears those two; the rest still stop publication.
  await field(page, "steps.0.durationUnit").selectOption("working_days");
  await field(page, "noFee").check();
  await page.getByRole("button", { name: text(lng, "editor:actions.publish") }).click();
  await expect(summary).not.toContainText(text(lng, "editor:errors.noFeeOrFees"));
  await expect(page.locator("#steps\\.0\\.durationUnit-error")).toHaveCount(0);
  await expect(page.locator("#fees-error")).toHaveCount(0);
  await expect(summary).toContainText(text(lng, "editor:errors.channelRequired"));

  await page.getByRole("button", { name: text(lng, "editor:actions.preview") }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/admin/manuals/${slug}/draft/preview$`));
  await expect(page.locator(".no-fee")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
