// R7.4: a diff between any two versions of a manual. Table-driven over small snapshots.
import { describe, expect, it } from "vitest";
import type { Manual } from "~/schemas/open-data";
import { diffManuals, type ManualDiff } from "./diff";
import { lcsPairs } from "./lcs";

const b = (th: string, en: string) => ({ th, en });
type Step = Manual["steps"][number];
type Fee = Manual["fees"][number];

const step = (position: number, th: string, value = 1): Step => ({
  position,
  kind: "review",
  title: b(th, `${th} (en)`),
  description: b("", ""),
  duration: { value, unit: "working_days" },
  responsible: b("กอง", "Division"),
  remark: b("", ""),
});
const fee = (position: number, th: string, amount: number): Fee => ({
  position,
  kind: "fixed",
  description: b(th, `${th} (en)`),
  amount,
  amountMin: null,
  amountMax: null,
  percent: null,
  remark: b("", ""),
});

const base: Manual = {
  slug: "demo",
  name: b("ใบอนุญาต", "Permit"),
  kind: "licence",
  category: "commerce",
  agency: { code: "A", name: b("หน่วย", "Agency"), ministry: { code: "M", name: b("กระทรวง", "Ministry") } },
  serviceCenters: [],
  totalTime: { value: 3, unit: "working_days" },
  online: false,
  version: 1,
  publishedAt: "2026-01-01",
  url: "/permits/demo",
  serviceType: "single_agency",
  impactLevel: "general",
  serviceArea: "local",
  laws: [b("พ.ร.บ. ก", "Act A")],
  timeLaw: b("", ""),
  statutoryTime: { value: 0, unit: "working_days" },
  statistics: { average: 1, highest: 2, lowest: 0 },
  referenceName: "ref",
  channels: [],
  criteria: b("เกณฑ์", "Criteria"),
  steps: [step(1, "รับคำขอ"), step(2, "ตรวจเอกสาร"), step(3, "พิจารณา")],
  streamlined: false,
  documents: [],
  noDocuments: true,
  fees: [fee(1, "ค่าคำขอ", 10), fee(2, "ค่าใบอนุญาต", 100)],
  noFee: false,
  complaintChannels: [],
  forms: [],
  remarks: b("", ""),
  preparedBy: b("", ""),
  approvedBy: b("", ""),
  publishedBy: b("", ""),
};

const renumber = <T extends { position: number }>(rows: T[]) => rows.map((r, i) => ({ ...r, position: i + 1 }));
const summary = (d: ManualDiff) => d.lists.map((l) => `${l.list}: ${l.changes.map((c) => `${c.kind}(${"from" in c ? c.from : ""}→${"to" in c ? c.to : ""} ${c.label.th})`).join(", ")}`);

describe("diffManuals (R7.4)", () => {
  const cases: { name: string; after: Manual; fields: [string, string | null][]; lists: string[] }[] = [
    { name: "identical versions have no changes", after: { ...base, version: 2, publishedAt: "2026-05-01" }, fields: [], lists: [] },
    { name: "a field changed in Thai only", after: { ...base, name: b("ใบอนุญาตใหม่", "Permit") }, fields: [["name", "th"]], lists: [] },
    {
      name: "a step added in the middle",
      after: { ...base, steps: renumber([base.steps[0], step(0, "ตรวจสถานที่"), base.steps[1], base.steps[2]]) },
      fields: [],
      lists: ["steps: added(→2 ตรวจสถานที่)"],
    },
    {
      name: "a step moved from first to last",
      after: { ...base, steps: renumber([base.steps[1], base.steps[2], base.steps[0]]) },
      fields: [],
      lists: ["steps: moved(1→3 รับคำขอ)"],
    },
    {
      name: "a step's title edited in place is a change, not a removal and an addition",
      after: { ...base, steps: renumber([base.steps[0], { ...base.steps[1], title: b("ตรวจสอบเอกสาร", "Check documents") }, base.steps[2]]) },
      fields: [],
      lists: ["steps: changed(2→2 ตรวจสอบเอกสาร)"],
    },
    {
      name: "a step's duration changed (R7.6: a value with a unit)",
      after: { ...base, steps: renumber([base.steps[0], base.steps[1], step(3, "พิจารณา", 5)]), totalTime: { value: 7, unit: "working_days" } },
      fields: [["totalTime", null]],
      lists: ["steps: changed(3→3 พิจารณา)"],
    },
    {
      name: "a fee removed",
      after: { ...base, fees: renumber([base.fees[1]]) },
      fields: [],
      lists: ["fees: removed(1→ ค่าคำขอ)"],
    },
    {
      name: "every fee removed and no fee declared (R7.1)",
      after: { ...base, fees: [], noFee: true },
      fields: [["noFee", null]],
      lists: ["fees: removed(1→ ค่าคำขอ), removed(2→ ค่าใบอนุญาต)"],
    },
    {
      name: "another fee in place of the first, alike only in empty fields, is a removal and an addition",
      after: { ...base, fees: renumber([fee(1, "ค่าตรวจสถานที่", 500), base.fees[1]]) },
      fields: [],
      lists: ["fees: removed(1→ ค่าคำขอ), added(→1 ค่าตรวจสถานที่)"],
    },
    {
      name: "a replaced row unlike the old one is a removal and an addition",
      after: { ...base, laws: [b("พ.ร.บ. ข", "Act B")] },
      fields: [],
      lists: ["laws: removed(1→ พ.ร.บ. ก), added(→1 พ.ร.บ. ข)"],
    },
  ];
  it.each(cases)("$name", ({ after, fields, lists }) => {
    const diff = diffManuals(base, after);
    expect(diff.fields.map((f) => [f.field, f.lang])).toEqual(fields);
    expect(summary(diff)).toEqual(lists);
    expect(diff.identical).toBe(fields.length === 0 && lists.length === 0);
  });

  it("names the changed leaves of a changed row, each language apart", () => {
    const after = { ...base, steps: renumber([base.steps[0], base.steps[1], { ...step(3, "พิจารณา", 5), remark: b("", "New remark") }]) };
    const change = diffManuals(base, after).lists[0].changes[0];
    expect(change.kind).toBe("changed");
    expect(change.kind === "changed" && change.fields).toEqual([
      { field: "duration", lang: null, before: { value: 1, unit: "working_days" }, after: { value: 5, unit: "working_days" } },
      { field: "remark", lang: "en", before: "", after: "New remark" },
    ]);
  });

  it("marks the words that changed in a long text, and only there", () => {
    const criteria = b("", "The premises must meet the hygiene standards of the local by-law.");
    const after = { ...base, criteria: b("", "The premises must meet the hygiene and safety standards of the local by-law.") };
    const [change] = diffManuals({ ...base, criteria }, after).fields;
    expect(change.words).toEqual([
      { kind: "same", text: "The premises must meet the hygiene " },
      { kind: "added", text: "and safety " },
      { kind: "same", text: "standards of the local by-law." },
    ]);
    expect(diffManuals(base, { ...base, name: b("ใบอนุญาตใหม่", "Permit") }).fields[0].words).toBeUndefined();
  });

  it("compares attached files by content, not by their per-version URL", () => {
    const form = (url: string, sha256: string) => ({ code: "ก.1", name: b("แบบคำขอ", "Form"), url: "", file: { url, name: "form.pdf", size: 10, sha256 } });
    const v1 = { ...base, forms: [form("/permits/demo/forms/a", "abc")] };
    expect(diffManuals(v1, { ...base, forms: [form("/permits/demo/forms/b", "abc")] }).identical).toBe(true);
    const replaced = diffManuals(v1, { ...base, forms: [form("/permits/demo/forms/b", "def")] });
    expect(summary(replaced)).toEqual(["forms: changed(1→1 แบบคำขอ)"]);
  });
});

describe("lcsPairs", () => {
  it.each([
    { a: [], b: [], pairs: [] },
    { a: ["x", "y", "z"], b: ["x", "y", "z"], pairs: [[0, 0], [1, 1], [2, 2]] },
    { a: ["x", "y", "z"], b: ["y", "z", "x"], pairs: [[1, 0], [2, 1]] },
    { a: ["x", "z"], b: ["x", "y", "z"], pairs: [[0, 0], [1, 2]] },
  ])("$a vs $b", ({ a, b: other, pairs }) => {
    expect(lcsPairs(a, other)).toEqual(pairs);
  });
});
