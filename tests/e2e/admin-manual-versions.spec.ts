// R7.4 in the browser, in Thai and in English: an administrator opens a draft of a manual,
// attaches a PDF to one of its forms (a text file renamed .pdf is refused), publishes it with
// the manual editor, and then the earlier version stays readable in public with a banner, the
// diff shows the change with words beside <del>/<ins>, and anyone downloads the new PDF.
// Each language works on its own permit and reads version numbers from the pages, so other
// admin specs publishing versions at the same time do not disturb it.
import { expect, request, test, type Page } from "@playwright/test";
import { minimalPdf } from "../fixtures/documents";
import { expectNoSeriousA11yViolations, lngOf, text, type Lng } from "./support";

const PASSWORD = "anuyat-demo-2569";
// Permits with at least one form; one per language because both runs share the database.
const SLUGS: Record<Lng, string> = { th: "food-premises-notification", en: "commercial-registration" };
// The second test opens a new draft of the same permit after the first has published.
test.describe.configure({ mode: "serial" });

async function signIn(page: Page, lng: Lng, to: string) {
  await page.goto(`/sign-in?redirectTo=${encodeURIComponent(to)}`);
  await page.getByLabel(text(lng, "auth.email")).fill("admin@anuyat.demo");
  await page.getByLabel(text(lng, "auth.password")).fill(PASSWORD);
  await page.getByRole("button", { name: text(lng, "auth.submit") }).click();
  await expect(page).toHaveURL(new RegExp(`${to}$`));
}

test("a new version is published; the earlier one stays readable, the diff shows the change, the attached PDF downloads (R7.4)", async ({ page, baseURL }, info) => {
  test.setTimeout(90_000);
  const lng = lngOf(info);
  const slug = SLUGS[lng];
  const admin = `/staff/admin/manuals/${slug}`;
  await signIn(page, lng, admin);

  // A draft: a copy of the version in force (or the draft already open).
  // Wait for the page to show one or the other: count() alone does not wait, and under load the
  // page may still be streaming when it is asked.
  const edit = page.locator('button[name="intent"][value="edit"]');
  const open = page.locator(`a[href="${admin}/draft"]`).first();
  await expect(edit.or(open).first()).toBeVisible();
  if (await edit.count()) await edit.click();
  else await open.click();
  await expect(page).toHaveURL(new RegExp(`${admin}/draft$`));

  // The comparison page picks the newest version (the draft) and the one before it.
  await page.goto(`${admin}/diff`);
  const draft = Number(await page.locator("#compare-to").inputValue());
  const previous = Number(await page.locator("#compare-from").inputValue());
  expect(draft).toBeGreaterThan(previous);

  await page.goto(`${admin}/versions/${draft}`);
  await expect(page.getByTestId("version-banner")).toContainText(text(lng, "manual:versions.banner.draft", { version: draft }));
  await expectNoSeriousA11yViolations(page);

  // Attach a PDF to the draft's first form; a text file named .pdf is refused by its bytes.
  await page.getByRole("link", { name: text(lng, "editor:attachments.manage") }).first().click();
  await expect(page).toHaveURL(new RegExp(`${admin}/draft/forms/[^/]+/file$`));
  await page.locator("#file").setInputFiles({ name: "not-a-form.pdf", mimeType: "application/pdf", buffer: Buffer.from("Just text, not a PDF.\n") });
  await page.getByRole("button", { name: text(lng, "editor:attachments.upload"), exact: true }).click();
  await expect(page.getByRole("alert")).toContainText(text(lng, "editor:attachments.errors.notPdf"));
  await expectNoSeriousA11yViolations(page);
  const fileName = `แบบฟอร์ม ${info.project.name}.pdf`;
  await page.locator("#file").setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: Buffer.from(minimalPdf()) });
  await page.getByRole("button", { name: text(lng, "editor:attachments.upload"), exact: true }).click();
  await expect(page.locator(".attachment-notice")).toHaveText(text(lng, "editor:attachments.attached"));
  await expect(page.getByText(fileName)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Publish the draft with a changed remark, through the manual editor.
  const remark = `Remark of ${info.project.name}, version ${draft}`;
  await page.goto(`${admin}/draft`);
  await page.locator('[name="remarksEn"]').fill(remark);
  await page.locator('button[name="intent"][value="publish"]').click();
  await expect(page).toHaveURL(new RegExp(`${admin}\\?published=${draft}$`));

  // Staff diff: the remark, with its language named and <ins> beside a text header.
  await page.goto(`${admin}/diff?from=${previous}&to=${draft}`);
  await expect(page.getByRole("heading", { name: text(lng, "manual:versions.diff.heading", { from: previous, to: draft }) })).toBeVisible();
  await expect(page.locator(".manual-diff ins", { hasText: remark })).toBeVisible();
  await expect(page.locator(".manual-diff th", { hasText: text(lng, "manual:versions.diff.lang.en") }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The public: the earlier version is readable and says it is no longer in force.
  await page.goto(`/permits/${slug}/versions/${previous}`);
  const banner = page.getByTestId("version-banner");
  await expect(banner).toContainText(text(lng, "manual:versions.banner.notInForce"));
  // "… and replaced by version <draft>." (the part after the date)
  await expect(banner).toContainText(text(lng, "manual:versions.banner.superseded", { version: previous, date: "\u0000", by: draft }).split("\u0000")[1]);
  await expect(banner.getByRole("link", { name: text(lng, "manual:versions.banner.seeCurrent") })).toHaveAttribute("href", `/permits/${slug}`);
  await expect(page.getByRole("heading", { name: text(lng, "manual:versions.history.title") })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The public comparison, chosen with the GET form.
  await page.getByRole("link", { name: text(lng, "manual:versions.compare.heading") }).click();
  await page.getByLabel(text(lng, "manual:versions.compare.from")).selectOption(String(previous));
  await page.getByLabel(text(lng, "manual:versions.compare.to")).selectOption(String(draft));
  await page.getByRole("button", { name: text(lng, "manual:versions.compare.submit") }).click();
  await expect(page).toHaveURL(new RegExp(`/permits/${slug}/versions\\?from=${previous}&to=${draft}$`));
  await expect(page.locator(".manual-diff ins", { hasText: remark })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The manual in force offers the PDF and the earlier versions.
  await page.goto(`/permits/${slug}`);
  await expect(page.getByRole("link", { name: text(lng, "manual:versions.earlier") })).toBeVisible();
  const download = page.locator("a.form-download").first();
  const href = await download.getAttribute("href");
  expect(href).toMatch(new RegExp(`^/permits/${slug}/forms/`));
  // Without any session, as a citizen would.
  const anonymous = await request.newContext({ baseURL });
  const response = await anonymous.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  expect(Buffer.from(await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await anonymous.dispose();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("attach and remove a draft form's PDF, and pick two versions to compare, with plain form posts", async ({ page }, info) => {
    const lng = lngOf(info);
    const slug = SLUGS[lng];
    const admin = `/staff/admin/manuals/${slug}`;
    await signIn(page, lng, admin);
    // As above: wait for the page to offer one or the other before counting (count() does not
    // wait, and the URL matches before a loaded machine has sent the whole page).
    const edit = page.locator('button[name="intent"][value="edit"]');
    const open = page.locator(`a[href="${admin}/draft"]`).first();
    await expect(edit.or(open).first()).toBeVisible();
    if (await edit.count()) await edit.click();
    else await open.click();
    await expect(page).toHaveURL(new RegExp(`${admin}/draft$`));

    await page.goto(`${admin}/diff`);
    const draft = Number(await page.locator("#compare-to").inputValue());
    await page.getByLabel(text(lng, "manual:versions.compare.from")).selectOption("1");
    await page.getByRole("button", { name: text(lng, "manual:versions.compare.submit") }).click();
    await expect(page).toHaveURL(new RegExp(`${admin}/diff\\?from=1&to=${draft}$`));
    await expect(page.getByRole("heading", { name: text(lng, "manual:versions.diff.heading", { from: 1, to: draft }) })).toBeVisible();

    await page.goto(`${admin}/versions/${draft}`);
    await page.getByRole("link", { name: text(lng, "editor:attachments.manage") }).first().click();
    const fileName = `no-js ${info.project.name}.pdf`;
    await page.locator("#file").setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: Buffer.from(minimalPdf()) });
    await page.getByRole("button", { name: text(lng, "editor:attachments.upload"), exact: true }).click();
    await expect(page.locator(".attachment-notice")).toHaveText(text(lng, "editor:attachments.attached"));
    await expect(page.getByText(fileName)).toBeVisible();
    await page.getByRole("button", { name: text(lng, "editor:attachments.remove") }).click();
    await expect(page.locator(".attachment-notice")).toHaveText(text(lng, "editor:attachments.detached"));
    await expect(page.getByText(text(lng, "editor:attachments.none"))).toBeVisible();
  });
});
