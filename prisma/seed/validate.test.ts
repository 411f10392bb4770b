import { describe, expect, it } from "vitest";
import { commercialRegistration } from "./data/permits/commercial-registration";
import { permits } from "./data/permits";
import type { PermitSeed } from "./types";
import { validatePermitSeed } from "./validate";

const known = { agencies: ["DBD", "PTW-DIST", "NBI-MUNI", "EXCISE", "DCP", "DOA", "FDA", "OCPB", "MPB"], serviceCenters: ["BKK01", "NBI01"] };
const broken = (change: (p: PermitSeed) => void) => {
  const copy = structuredClone(commercialRegistration);
  change(copy);
  return validatePermitSeed(copy, known);
};

describe("demo manual validation", () => {
  it("every seeded manual is valid", () => {
    for (const p of permits) expect(validatePermitSeed(p, known), p.slug).toEqual([]);
  });
  it.each([
    ["fees empty but noFee false (R7.1)", (p: PermitSeed) => void (p.manual.fees = []), /noFee/],
    ["noFee true with fees listed (R7.1)", (p: PermitSeed) => void (p.manual.noFee = true), /noFee/],
    ["no documents (R7.1)", (p: PermitSeed) => void (p.manual.documents = []), /document/],
    ["a step without a valid unit (R7.6)", (p: PermitSeed) => void (p.manual.steps[0].duration.unit = "weeks" as never), /unit/],
    ["a zero total (R7.6)", (p: PermitSeed) => void (p.manual.total.value = 0), /total/],
    ["empty English text", (p: PermitSeed) => void (p.manual.criteria.en = " "), /criteria: English/],
    ["empty Thai text", (p: PermitSeed) => void (p.manual.name.th = ""), /name: Thai/],
    ["a bad slug", (p: PermitSeed) => void (p.slug = "Commercial Registration"), /slug/],
    ["an unknown agency", (p: PermitSeed) => void (p.agency = "NOPE"), /agency/],
  ])("%s is reported", (_name, change, message) => {
    expect(broken(change).join("\n")).toMatch(message);
  });
});
