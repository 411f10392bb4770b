import { expect, test } from "@playwright/test";
import { COMPLETE_MANUALS, lngOf, text } from "./support";

const SECTIONS = ["facts", "channels", "criteria", "steps", "documents", "fees", "complaints", "forms", "remarks", "publication"];

for (const slug of COMPLETE_MANUALS) {
  test(`the ${slug} manual shows every template field (R7.1, R7.5)`, async ({ page }) => {
    const lng = lngOf(test.info());
    const response = await page.goto(`/permits/${slug}`);
    expect(response?.status()).toBe(200);
    for (const s of SECTIONS) {
      await expect(page.getByRole("heading", { level: 2, name: text(lng, `manual:sections.${s}`) })).toBeVisible();
    }
    // Steps as an ordered timeline with per-step and total time (R7.6).
    const steps = page.locator("ol.timeline > li");
    expect(await steps.count()).toBeGreaterThanOrEqual(4);
    await expect(steps.first()).toContainText(text(lng, "manual:steps.duration"));
    await expect(page.locator(".total-time")).toContainText(text(lng, "manual:steps.total"));
    // Both document groups, with originals and copies.
    await expect(page.getByRole("heading", { level: 3, name: text(lng, "manual:documents.identity") })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: text(lng, "manual:documents.other") })).toBeVisible();
    // Complaint channels include the PM's Office hotline and the anti-corruption centre.
    const complaints = page.locator("section", { has: page.getByRole("heading", { name: text(lng, "manual:sections.complaints") }) });
    await expect(complaints).toContainText("1111");
    await expect(complaints).toContainText("1206");
    // The standard notes of the Act.
    for (const note of ["clock", "deficiency", "abandonment", "result"]) {
      await expect(page.getByText(text(lng, `manual:actNotes.${note}`))).toBeVisible();
    }
  });
}

test("dates in Thai show the Buddhist era, in English the Common Era", async ({ page }) => {
  const lng = lngOf(test.info());
  await page.goto("/permits/commercial-registration");
  const updated = page.locator(".manual__summary time");
  const datetime = await updated.getAttribute("datetime");
  const year = Number(datetime!.slice(0, 4));
  await expect(updated).toContainText(String(lng === "th" ? year + 543 : year));
});

test("an unknown permit gets the translated 404 page", async ({ page }) => {
  const lng = lngOf(test.info());
  const response = await page.goto("/permits/no-such-permit");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lng, "errors.notFound.title"));
});

test("any unknown path gets the translated 404 page", async ({ page }) => {
  const lng = lngOf(test.info());
  const response = await page.goto("/this/does/not/exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lng, "errors.notFound.title"));
  await expect(page.locator("html")).toHaveAttribute("lang", lng);
});

test("the print view is A4, black on white, without navigation, with a QR code (R7.2)", async ({ page }) => {
  const lng = lngOf(test.info());
  await page.goto("/permits/building-construction-permit");
  await page.getByRole("link", { name: text(lng, "manual:page.print") }).click();
  await expect(page).toHaveURL(/\/permits\/building-construction-permit\/print$/);
  await expect(page.locator("header.site-header")).toHaveCount(0);
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.locator(".print-qr svg")).toBeVisible();
  await expect(page.locator(".print-qr")).toContainText("/permits/building-construction-permit");
  for (const s of ["steps", "documents", "fees", "complaints"]) {
    await expect(page.getByRole("heading", { level: 2, name: text(lng, `manual:sections.${s}`) })).toBeVisible();
  }
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".screen-note")).toBeHidden();
  const colors = await page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return { color: s.color, background: s.backgroundColor };
  });
  expect(colors.color).toBe("rgb(0, 0, 0)");
  expect(["rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"]).toContain(colors.background);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
});
