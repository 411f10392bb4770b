import { describe, expect, it } from "vitest";
import { loader as manualLoader } from "~/routes/permits.$slug";
import { loader as apiManualLoader } from "~/routes/api.v1.permits.$slug";
import { loader as printLoader } from "~/routes/permits.$slug_.print";
import { ManualSchema } from "~/schemas/open-data";
import { args } from "./request";

const COMPLETE = ["building-construction-permit", "food-premises-licence", "commercial-registration"];

describe("manual loaders (real SQLite)", () => {
  it.each(COMPLETE)("%s: every template field is filled in both languages (R7.5)", async (slug) => {
    const response = await apiManualLoader(args(`/api/v1/permits/${slug}`, { slug }));
    expect(response.status).toBe(200);
    const m = ManualSchema.parse(await response.json());
    const bilingual = [m.name, m.criteria, m.timeLaw, m.remarks, m.preparedBy, m.approvedBy, m.publishedBy, m.agency.name, m.agency.ministry.name];
    for (const b of bilingual) {
      expect(b.th.trim()).not.toBe("");
      expect(b.en.trim()).not.toBe("");
    }
    expect(m.laws.length).toBeGreaterThan(0);
    expect(m.channels.length).toBeGreaterThan(0);
    expect(m.steps.length).toBeGreaterThanOrEqual(4);
    expect(m.documents.some((d) => d.group === "identity")).toBe(true);
    expect(m.documents.some((d) => d.group === "other")).toBe(true);
    expect(m.fees.length).toBeGreaterThan(0);
    expect(m.noFee).toBe(false);
    expect(m.forms.length).toBeGreaterThan(0);
    expect(m.complaintChannels.map((c) => c.detail.en).join(" ")).toMatch(/1111[\s\S]*1206|1206[\s\S]*1111/);
    expect(m.referenceName).not.toBe("");
    expect(m.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("every seeded manual states its time limits as a value with a unit (R7.6) and fees or 'no fee' (R7.1)", async () => {
    const list = (await (await (await import("~/routes/api.v1.permits._index")).loader(args("/api/v1/permits"))).json()) as { slug: string }[];
    for (const { slug } of list) {
      const m = ManualSchema.parse(await (await apiManualLoader(args(`/api/v1/permits/${slug}`, { slug }))).json());
      expect(m.totalTime.value, slug).toBeGreaterThan(0);
      for (const s of m.steps) expect(s.duration.value, `${slug} step ${s.position}`).toBeGreaterThan(0);
      expect(m.fees.length > 0 || m.noFee, slug).toBe(true);
      expect(m.fees.length > 0 && m.noFee, slug).toBe(false);
      expect(m.documents.length > 0 || m.noDocuments, slug).toBe(true);
    }
  });

  it("the page loader returns one language", async () => {
    const th = await manualLoader(args("/permits/commercial-registration", { slug: "commercial-registration" }));
    const en = await manualLoader(args("/permits/commercial-registration?lng=en", { slug: "commercial-registration" }));
    expect(typeof th.manual.name).toBe("string");
    expect(th.manual.name).toContain("พาณิชย์");
    expect(en.manual.name.toLowerCase()).toContain("commercial");
  });

  it("an unknown slug is a 404 Response, for the page and the API", async () => {
    await expect(manualLoader(args("/permits/nope", { slug: "nope" }))).rejects.toMatchObject({ status: 404 });
    const api = await apiManualLoader(args("/api/v1/permits/nope", { slug: "nope" }));
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { status: 404 } });
  });

  it("the print view carries a QR code that links to the online manual (R7.2)", async () => {
    const data = await printLoader(args("/permits/building-construction-permit/print", { slug: "building-construction-permit" }));
    expect(data.qr).toContain("<svg");
    expect(data.onlineUrl).toMatch(/\/permits\/building-construction-permit\?lng=th$/);
  });
});
