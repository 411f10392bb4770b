import { describe, expect, it } from "vitest";
import type { EditorState } from "~/domain/manual/editor-state";
import { ManualDraftSchema, ManualPublishSchema, NewPermitSchema } from "./manual-editor";

// A complete manual, as the form posts it (strings, "on" for ticked boxes).
function posted(): Record<string, unknown> {
  return {
    nameTh: "การขออนุญาตติดตั้งป้าย",
    nameEn: "Signboard permit",
    serviceType: "single_agency",
    impactLevel: "general",
    serviceArea: "local",
    timeLawTh: "พ.ร.บ.การอำนวยความสะดวก พ.ศ. 2558",
    timeLawEn: "Licensing Facilitation Act B.E. 2558",
    statutoryValue: "0",
    statutoryUnit: "working_days",
    statsAvg: "10",
    statsMax: "20",
    statsMin: "1",
    referenceName: "ป้าย 1",
    criteriaTh: "เกณฑ์",
    criteriaEn: "Criteria",
    totalValue: "5",
    totalUnit: "working_days",
    laws: [{ titleTh: "กฎหมาย", titleEn: "Law" }],
    channels: [{ kind: "agency_counter", placeTh: "สำนักงาน", placeEn: "Office", hoursTh: "จ-ศ", hoursEn: "Mon-Fri" }],
    steps: [
      { kind: "review", titleTh: "พิจารณา", titleEn: "Review", durationValue: "3", durationUnit: "working_days", responsibleTh: "ฝ่าย", responsibleEn: "Unit" },
      { kind: "issue", titleTh: "ออกใบอนุญาต", titleEn: "Issue", durationValue: "2", durationUnit: "working_days", responsibleTh: "ฝ่าย", responsibleEn: "Unit" },
    ],
    documents: [{ group: "identity", nameTh: "บัตร", nameEn: "ID card", issuerTh: "กรม", issuerEn: "Dept", originals: "1", copies: "1", unit: "copy" }],
    fees: [{ kind: "fixed", descriptionTh: "ค่าธรรมเนียม", descriptionEn: "Fee", amount: "200" }],
    complaintChannels: [{ nameTh: "สายด่วน", nameEn: "Hotline", detailTh: "1111", detailEn: "1111" }],
  };
}

type Edit = (p: Record<string, any>) => void;
const errorsOf = (edit: Edit) => {
  const p = posted();
  edit(p);
  const result = ManualPublishSchema.safeParse(p);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("ManualPublishSchema (R7.1, R7.5, R7.6)", () => {
  it("accepts a complete manual and reads numbers and boxes", () => {
    const result = ManualPublishSchema.parse(posted());
    expect(result.steps[0].durationValue).toBe(3);
    expect(result.noFee).toBe(false);
    expect(result.forms).toEqual([]);
  });

  it.each<[string, Edit, Record<string, string>]>([
    // R7.1: fees listed, or "no fee" ticked — never neither, never both.
    ["no fees and no 'no fee'", (p) => (p.fees = []), { fees: "editor:errors.noFeeOrFees" }],
    ["no fees with 'no fee' ticked", (p) => ((p.fees = []), (p.noFee = "on")), {}],
    ["fees and 'no fee' both", (p) => (p.noFee = "on"), { noFee: "editor:errors.noFeeWithFees" }],
    // Fees: fixed needs an amount, a range min ≤ max, a percentage in (0, 100].
    ["fixed fee without amount", (p) => (p.fees[0].amount = ""), { "fees.0.amount": "editor:errors.amountRequired" }],
    ["range fee min > max", (p) => (p.fees[0] = { ...p.fees[0], kind: "range", amountMin: "500", amountMax: "100" }), { "fees.0.amountMax": "editor:errors.rangeOrder" }],
    ["range fee min = max", (p) => (p.fees[0] = { ...p.fees[0], kind: "range", amountMin: "100", amountMax: "100" }), {}],
    ["range fee min < max", (p) => (p.fees[0] = { ...p.fees[0], kind: "range", amountMin: "0", amountMax: "100" }), {}],
    ["percentage 0", (p) => (p.fees[0] = { ...p.fees[0], kind: "percentage", percent: "0" }), { "fees.0.percent": "editor:errors.percentRange" }],
    ["percentage 100", (p) => (p.fees[0] = { ...p.fees[0], kind: "percentage", percent: "100" }), {}],
    ["percentage 100.5", (p) => (p.fees[0] = { ...p.fees[0], kind: "percentage", percent: "100.5" }), { "fees.0.percent": "editor:errors.percentRange" }],
    // R7.6: every step has a duration > 0 and a unit; a bare number is not a time limit.
    ["step without unit", (p) => (p.steps[1].durationUnit = ""), { "steps.1.durationUnit": "editor:errors.unitRequired" }],
    ["step duration 0", (p) => (p.steps[0].durationValue = "0"), { "steps.0.durationValue": "editor:errors.durationPositive" }],
    ["step duration empty", (p) => (p.steps[0].durationValue = ""), { "steps.0.durationValue": "editor:errors.durationPositive" }],
    ["step duration not a number", (p) => (p.steps[0].durationValue = "three"), { "steps.0.durationValue": "editor:errors.number" }],
    ["step unit not in the list", (p) => (p.steps[0].durationUnit = "weeks"), { "steps.0.durationUnit": "validation:choose" }],
    ["total without unit", (p) => (p.totalUnit = ""), { totalUnit: "editor:errors.unitRequired" }],
    ["no steps", (p) => (p.steps = []), { steps: "editor:errors.stepRequired" }],
    // Decision 0011: steps longer than the total are refused when the units compare.
    ["steps over the total", (p) => (p.totalValue = "4"), { totalValue: "editor:errors.stepsExceedTotal" }],
    ["steps in working days, total in calendar days: not compared", (p) => ((p.totalValue = "4"), (p.totalUnit = "calendar_days")), {}],
    // Documents: originals and copies ≥ 0, at least one > 0, a unit and an issuer.
    ["document with 0 originals and 0 copies", (p) => ((p.documents[0].originals = "0"), (p.documents[0].copies = "0")), { "documents.0.originals": "editor:errors.originalsOrCopies" }],
    ["document with 0 originals and 1 copy", (p) => (p.documents[0].originals = "0"), {}],
    ["document with negative copies", (p) => (p.documents[0].copies = "-1"), { "documents.0.copies": "editor:errors.notNegative" }],
    ["document without unit", (p) => (p.documents[0].unit = ""), { "documents.0.unit": "validation:choose" }],
    ["document without English issuer", (p) => (p.documents[0].issuerEn = " "), { "documents.0.issuerEn": "validation:required" }],
    ["no documents and 'no documents' not ticked", (p) => (p.documents = []), { documents: "editor:errors.noDocumentsOrDocuments" }],
    ["no documents, ticked", (p) => ((p.documents = []), (p.noDocuments = "on")), {}],
    // Names, criteria and reference name; at least one channel; statutory time with a unit or 0.
    ["no English name", (p) => (p.nameEn = ""), { nameEn: "validation:required" }],
    ["no Thai criteria", (p) => (p.criteriaTh = ""), { criteriaTh: "validation:required" }],
    ["no reference name", (p) => (p.referenceName = ""), { referenceName: "validation:required" }],
    ["no channel", (p) => (p.channels = []), { channels: "editor:errors.channelRequired" }],
    ["statutory time without unit", (p) => ((p.statutoryValue = "30"), (p.statutoryUnit = "")), { statutoryUnit: "editor:errors.unitRequired" }],
    ["statutory time 0 without unit", (p) => (p.statutoryUnit = ""), {}],
  ])("%s", (_name, edit, expected) => expect(errorsOf(edit)).toEqual(expected));
});

describe("ManualDraftSchema", () => {
  it("keeps incomplete work: empty numbers are null, empty choices are ''", () => {
    const draft = ManualDraftSchema.parse({ steps: [{ titleTh: "ร่าง", durationValue: "" }], fees: [] });
    expect(draft.steps[0]).toMatchObject({ titleTh: "ร่าง", durationValue: null, durationUnit: "" });
    expect(draft.nameTh).toBe("");
    expect(ManualPublishSchema.safeParse({}).success).toBe(false);
  });
  it("refuses a value outside a closed list even in a draft", () => {
    expect(ManualDraftSchema.safeParse({ steps: [{ durationUnit: "fortnights" }] }).success).toBe(false);
  });
  it("drops holes of a sparse row list", () => {
    const rows = [] as unknown[];
    rows[2] = { titleTh: "x", titleEn: "y" };
    expect((ManualDraftSchema.parse({ laws: rows }) as EditorState).laws).toEqual([{ titleTh: "x", titleEn: "y" }]);
  });
});

describe("NewPermitSchema", () => {
  const base = { slug: "signboard-permit", kind: "licence", category: "construction", agencyId: "a1", nameTh: "ป้าย", nameEn: "Signboard" };
  it.each([
    ["signboard-permit", true],
    ["Signboard-Permit", true],
    ["a1", true],
    ["-lead", false],
    ["double--hyphen", false],
    ["ป้าย", false],
    ["with space", false],
    ["../etc", false],
  ])("slug %s", (slug, ok) => expect(NewPermitSchema.safeParse({ ...base, slug }).success).toBe(ok));
  it("reads one ticked center as a list and none as an empty list", () => {
    expect(NewPermitSchema.parse({ ...base, serviceCenterIds: "c1" }).serviceCenterIds).toEqual(["c1"]);
    expect(NewPermitSchema.parse({ ...base, serviceCenterIds: false }).serviceCenterIds).toEqual([]);
    expect(NewPermitSchema.parse({ ...base, slug: "Upper-Case" }).slug).toBe("upper-case");
  });
});
