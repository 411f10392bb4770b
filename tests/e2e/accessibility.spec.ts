import { test } from "@playwright/test";
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
