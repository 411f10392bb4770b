// Shared helpers for the end-to-end tests: the language of the current project (th / en)
// and the real locale strings, so assertions follow the same texts users read.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, type TestInfo } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

type Json = { [key: string]: string | Json };
const root = path.resolve(import.meta.dirname, "../..");
const cache = new Map<string, Json>();

function load(lng: string, ns: string): Json {
  const key = `${lng}/${ns}`;
  if (!cache.has(key)) cache.set(key, JSON.parse(readFileSync(path.join(root, "locales", lng, `${ns}.json`), "utf8")));
  return cache.get(key)!;
}

export type Lng = "th" | "en";
export function lngOf(info: TestInfo): Lng {
  return info.project.name.endsWith("en") ? "en" : "th";
}

// text(lng, "common:catalogue.heading") → the string in that language, interpolated.
export function text(lng: Lng, key: string, values: Record<string, string | number> = {}): string {
  const [ns, dotted] = key.includes(":") ? key.split(":") : ["common", key];
  let node: string | Json = load(lng, ns);
  for (const part of dotted.split(".")) node = (node as Json)[part];
  if (typeof node !== "string") throw new Error(`No string at ${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name) => String(values[name] ?? ""));
}

// Legacy mode runs axe in the page itself. The default opens a blank page in the context to
// merge the results of every frame, about a second per check on a 2-core machine; no page of
// ours has a frame (asserted, so one that gets a frame is noticed), and on our pages both modes
// give the same violations, incomplete results and passes, node for node (checked on the
// manual, catalogue, guide and sign-in pages).
export async function expectNoSeriousA11yViolations(page: Page) {
  expect(page.frames(), "a page with frames needs axe's default (frame-merging) mode").toHaveLength(1);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).setLegacyMode(true).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`),
  ).toEqual([]);
}

export const FOOD_SLUGS = ["food-premises-licence", "food-premises-notification"];
export const BUILDING_SLUG = "building-construction-permit";
export const COMPLETE_MANUALS = ["building-construction-permit", "food-premises-licence", "commercial-registration"];
