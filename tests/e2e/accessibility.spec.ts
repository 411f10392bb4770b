import { expect, test } from "@playwright/test";
import { COMPLETE_MANUALS, expectNoSeriousA11yViolations } from "./support";

// WCAG 2.2 AA: axe finds no serious or critical violation on any public page.
const PAGES = [
  "/",
  "/permits",
  "/permits?q=food",
  "/permits?q=zzzzzz-nothing",
  "/permits?category=food_health&center=BKK01",
  ...COMPLETE_MANUALS.map((s) => `/permits/${s}`),
  "/permits/direct-sales-registration",
  "/permits/commercial-registration/print",
  "/open-data",
  "/holidays",
  "/track",
  "/guides",
  "/guides/open-a-restaurant",
  "/guides/open-a-restaurant?area=abc&liquor=yes",
  "/guides/open-a-restaurant?area=80&premises=rent&juristic=no&liquor=yes",
  "/guides/build-a-house?home_business=yes",
  "/guides/open-a-restaurant/apply?area=80&premises=rent&juristic=no&liquor=no",
  "/sign-in",
  "/permits/no-such-permit",
];

for (const path of PAGES) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  });
}

// The check itself can fail: a page given an unlabelled field and pale text is refused, in the
// mode the checks above run in.
test("axe: the check refuses a page with an unlabelled field and text without contrast", async ({ page }) => {
  await page.goto("/");
  // After hydration: React would otherwise drop the added nodes as a mismatch.
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => {
    const main = document.querySelector("main")!;
    main.insertAdjacentHTML("beforeend", '<input type="text" id="axe-probe"><p style="color:#eee;background:#fff">pale</p>');
  });
  const failure = await expectNoSeriousA11yViolations(page).then(
    () => "",
    (error: Error) => error.message,
  );
  expect(failure).toContain("label");
  expect(failure).toContain("color-contrast");
});
