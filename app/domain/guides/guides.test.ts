// Life-event guides (issue 10): the rules as tables — which permits apply, in which order,
// documents once, fees honestly, the expected date of the last decision on the real calendar.
import { describe, expect, it } from "vitest";
import { buildWorkCalendar } from "../calendar";
import { THAI_HOLIDAYS } from "../calendar/fixtures/thai-holidays";
import {
  answersToSearch,
  applicablePermits,
  documentIdentity,
  expectedDecisions,
  findCycle,
  guideResult,
  mergeDocuments,
  orderByPrerequisites,
  parseAnswers,
  totalFees,
  type DocumentFacts,
  type GuideDefinition,
  type PermitFacts,
  type Question,
} from ".";

const calendar = buildWorkCalendar(THAI_HOLIDAYS);
const bi = (th: string, en = th) => ({ th, en });
const q = (key: string, type: Question["type"], options: string[] = []): Question => ({
  key,
  type,
  label: bi(key),
  hint: bi(""),
  options: options.map((v) => ({ value: v, label: bi(v) })),
  unit: bi(""),
});

const RESTAURANT: GuideDefinition = {
  questions: [q("area", "number"), q("liquor", "yes_no"), q("juristic", "yes_no"), q("premises", "choice", ["own", "rent", "build"])],
  permits: [
    { slug: "building", conditions: [{ question: "premises", op: "eq", value: "build" }], requires: [] },
    { slug: "registration", conditions: [{ question: "juristic", op: "eq", value: "no" }], requires: [] },
    { slug: "food-large", conditions: [{ question: "area", op: "gt", value: "200" }], requires: ["building"] },
    { slug: "food-small", conditions: [{ question: "area", op: "lte", value: "200" }], requires: ["building"] },
    { slug: "liquor", conditions: [{ question: "liquor", op: "eq", value: "yes" }], requires: ["registration", "food-large", "food-small"] },
  ],
};

describe("answers from the result link", () => {
  const get = (s: string) => (k: string) => new URLSearchParams(s).get(k);
  it.each([
    ["area=150&liquor=yes&juristic=no&premises=rent", { area: 150, liquor: true, juristic: false, premises: "rent" }, {}],
    // Thai digits and a thousands separator, as typed on a Thai keyboard.
    ["area=๑,๒๐๐&liquor=no&juristic=yes&premises=own", { area: 1200, liquor: false, juristic: true, premises: "own" }, {}],
    ["area=&liquor=maybe&juristic=no&premises=castle", { juristic: false }, { area: "validation:required", liquor: "validation:choose", premises: "validation:choose" }],
    ["area=-5&liquor=yes&juristic=no&premises=rent", { liquor: true, juristic: false, premises: "rent" }, { area: "validation:number" }],
    ["area=1e9&liquor=yes&juristic=no&premises=rent", { liquor: true, juristic: false, premises: "rent" }, { area: "validation:number" }],
  ])("%s", (search, answers, errors) => {
    const parsed = parseAnswers(RESTAURANT.questions, get(search));
    expect(parsed.answers).toEqual(answers);
    expect(parsed.errors).toEqual(errors);
    expect(parsed.complete).toBe(Object.keys(errors).length === 0);
  });

  it("writes the answers back in question order: one stable link per answer set", () => {
    const a = { premises: "rent", juristic: false, area: 150, liquor: true };
    expect(answersToSearch(RESTAURANT.questions, a)).toBe("area=150&liquor=yes&juristic=no&premises=rent");
    expect(parseAnswers(RESTAURANT.questions, (k) => new URLSearchParams(answersToSearch(RESTAURANT.questions, a)).get(k)).answers).toEqual(a);
  });
});

describe("which permits apply", () => {
  it.each([
    [{ area: 150, liquor: false, juristic: false, premises: "rent" }, ["registration", "food-small"]],
    [{ area: 200, liquor: false, juristic: true, premises: "own" }, ["food-small"]],
    [{ area: 201, liquor: true, juristic: true, premises: "build" }, ["building", "food-large", "liquor"]],
    [{ area: 350, liquor: true, juristic: false, premises: "rent" }, ["registration", "food-large", "liquor"]],
    // A condition on an unanswered question does not hold: nothing is assumed.
    [{ liquor: true }, ["liquor"]],
  ])("%o → %o", (answers, slugs) => {
    expect(applicablePermits(RESTAURANT, answers).map((p) => p.slug)).toEqual(slugs);
  });

  it.each([
    ["eq", "200", [200], [199, 201]],
    ["ne", "200", [199, 201], [200]],
    ["gt", "200", [201, 200.5], [200, 0]],
    ["gte", "200", [200, 201], [199.99]],
    ["lt", "200", [0, 199], [200]],
    ["lte", "200", [200, 0], [201]],
  ] as const)("number %s %s", (op, value, yes, no) => {
    const def: GuideDefinition = { questions: [q("area", "number")], permits: [{ slug: "p", conditions: [{ question: "area", op, value }], requires: [] }] };
    for (const area of yes) expect(applicablePermits(def, { area })).toHaveLength(1);
    for (const area of no) expect(applicablePermits(def, { area })).toHaveLength(0);
  });

  it("a permit without conditions always applies; every condition must hold (AND)", () => {
    const def: GuideDefinition = {
      questions: [q("a", "yes_no"), q("b", "yes_no")],
      permits: [
        { slug: "always", conditions: [], requires: [] },
        { slug: "both", conditions: [{ question: "a", op: "eq", value: "yes" }, { question: "b", op: "eq", value: "yes" }], requires: [] },
      ],
    };
    expect(applicablePermits(def, { a: true, b: false }).map((p) => p.slug)).toEqual(["always"]);
    expect(applicablePermits(def, { a: true, b: true }).map((p) => p.slug)).toEqual(["always", "both"]);
  });
});

describe("order by prerequisites", () => {
  const n = (slug: string, ...requires: string[]) => ({ slug, requires });
  it.each([
    [[n("a"), n("b"), n("c")], ["a", "b", "c"]],
    [[n("liquor", "reg"), n("reg")], ["reg", "liquor"]],
    [[n("c", "b"), n("b", "a"), n("a")], ["a", "b", "c"]],
    // A prerequisite that does not apply is not waited for.
    [[n("liquor", "building", "reg"), n("reg")], ["reg", "liquor"]],
    // Free permits keep the guide's order.
    [[n("x"), n("y", "z"), n("z"), n("w")], ["x", "z", "y", "w"]],
  ])("%o", (nodes, order) => {
    expect(orderByPrerequisites(nodes).map((x) => x.slug)).toEqual(order);
  });

  it.each([
    [[n("a", "b"), n("b", "a")], ["a", "b", "a"]],
    [[n("a", "a")], ["a", "a"]],
    [[n("a", "b"), n("b", "c"), n("c", "a"), n("d")], ["a", "b", "c", "a"]],
  ])("refuses the cycle %o", (nodes, cycle) => {
    expect(findCycle(nodes)).toEqual(cycle);
    expect(() => orderByPrerequisites(nodes)).toThrow(/cycle/);
  });

  it("finds no cycle in a diamond", () => {
    expect(findCycle([n("d", "b", "c"), n("b", "a"), n("c", "a"), n("a")])).toBeNull();
  });
});

describe("documents listed once", () => {
  const doc = (id: string, th: string, extra: Partial<DocumentFacts> = {}): DocumentFacts => ({
    id,
    group: "identity",
    name: bi(th, `${th} (en)`),
    issuer: bi("กรมการปกครอง"),
    originals: 1,
    copies: 1,
    unit: "copy",
    condition: null,
    ...extra,
  });

  it("the same Thai name and issuer is one document, whitespace, case and invisible characters aside", () => {
    expect(documentIdentity(doc("1", "บัตรประจำตัวประชาชน"))).toBe(documentIdentity(doc("2", " บัตรประจำตัว\u200bประชาชน ")));
    expect(documentIdentity({ name: bi("Form  A"), issuer: bi("X") })).toBe(documentIdentity({ name: bi("form a"), issuer: bi("x") }));
    expect(documentIdentity(doc("1", "บัตรประจำตัวประชาชน"))).not.toBe(documentIdentity(doc("2", "บัตรประจำตัวประชาชน", { issuer: bi("กรมอื่น") })));
  });

  it("merges: originals are the most asked, copies add up, usedBy names every permit's own document", () => {
    const merged = mergeDocuments([
      { slug: "a", documents: [doc("a1", "บัตร"), doc("a2", "ทะเบียนบ้าน", { originals: 0 })] },
      { slug: "b", documents: [doc("b1", "บัตร", { originals: 2, copies: 2 }), doc("b2", "แบบคำขอ", { group: "other" })] },
      { slug: "c", documents: [doc("c1", "ทะเบียนบ้าน", { originals: 0, copies: 1 })] },
    ]);
    expect(merged.map((d) => [d.name.th, d.originals, d.copies, d.usedBy.map((u) => u.documentId)])).toEqual([
      ["บัตร", 2, 3, ["a1", "b1"]],
      ["ทะเบียนบ้าน", 0, 2, ["a2", "c1"]],
      ["แบบคำขอ", 1, 1, ["b2"]],
    ]);
  });

  it.each([
    [bi("ถ้ามี"), bi("ถ้ามี"), bi("ถ้ามี")],
    [bi("ถ้ามี"), null, null],
    [null, bi("ถ้ามี"), null],
  ])("condition %o + %o → %o (needed outright by one permit = needed)", (c1, c2, out) => {
    const merged = mergeDocuments([
      { slug: "a", documents: [doc("a1", "มอบอำนาจ", { condition: c1 })] },
      { slug: "b", documents: [doc("b1", "มอบอำนาจ", { condition: c2 })] },
    ]);
    expect(merged[0].condition).toEqual(out);
  });
});

describe("fees together, stated honestly", () => {
  const d = bi("ค่าธรรมเนียม");
  it.each([
    [[{ slug: "a", noFee: false, fees: [{ kind: "fixed" as const, description: d, amount: 50 }] }, { slug: "b", noFee: false, fees: [{ kind: "fixed" as const, description: d, amount: 200 }] }], 250, 250, true, 0, []],
    [[{ slug: "a", noFee: false, fees: [{ kind: "fixed" as const, description: d, amount: 50 }] }, { slug: "b", noFee: false, fees: [{ kind: "range" as const, description: d, min: 330, max: 7700 }] }], 380, 7750, false, 0, []],
    [[{ slug: "a", noFee: false, fees: [{ kind: "percentage" as const, description: d, percent: 2 }] }, { slug: "b", noFee: true, fees: [] }], 0, 0, true, 1, ["b"]],
    [[{ slug: "a", noFee: false, fees: [{ kind: "fixed" as const, description: d, amount: 0.1 }, { kind: "fixed" as const, description: d, amount: 0.2 }] }], 0.3, 0.3, true, 0, []],
    // A range whose ends meet is still exact.
    [[{ slug: "a", noFee: false, fees: [{ kind: "range" as const, description: d, min: 100, max: 100 }] }], 100, 100, true, 0, []],
  ])("%#", (permits, min, max, exact, percentages, free) => {
    const total = totalFees(permits);
    expect([total.min, total.max, total.exact, total.percentages.length, total.free]).toEqual([min, max, exact, percentages, free]);
  });

  it("a percentage is never turned into baht", () => {
    const total = totalFees([{ slug: "a", noFee: false, fees: [{ kind: "percentage", description: d, percent: 2 }, { kind: "fixed", description: d, amount: 100 }] }]);
    expect(total).toMatchObject({ min: 100, max: 100, percentages: [{ slug: "a", percent: 2 }] });
  });
});

describe("expected decisions from today (R10.1, T2–T5)", () => {
  const p = (slug: string, total: { value: number; unit: "working_days" | "calendar_days" | "hours" | "minutes" }, ...requires: string[]) => ({ slug, total, requires });

  it("independent permits run in parallel; a dependent one starts at its prerequisite's decision", () => {
    // Thu 9 Apr 2026: 5 working days skip Songkran → Tue 21 Apr; 5 more → Tue 28 Apr;
    // 30 calendar days end Sat 9 May, Mon 11 May is Ploughing Day → Tue 12 May.
    const r = expectedDecisions([p("a", { value: 5, unit: "working_days" }), p("b", { value: 5, unit: "working_days" }, "a"), p("c", { value: 30, unit: "calendar_days" })], "2026-04-09", calendar);
    expect(r.permits.map((s) => [s.slug, s.startsOn, s.expectedOn, s.after])).toEqual([
      ["a", "2026-04-09", "2026-04-21", []],
      ["b", "2026-04-21", "2026-04-28", ["a"]],
      ["c", "2026-04-09", "2026-05-12", []],
    ]);
    expect(r.lastDecisionOn).toBe("2026-05-12");
  });

  it("waits for the latest of several prerequisites", () => {
    const r = expectedDecisions([p("slow", { value: 10, unit: "working_days" }), p("fast", { value: 1, unit: "working_days" }), p("both", { value: 1, unit: "working_days" }, "fast", "slow")], "2026-04-09", calendar);
    const slow = r.permits.find((s) => s.slug === "slow")!.expectedOn;
    expect(r.permits.find((s) => s.slug === "both")).toMatchObject({ startsOn: slow, expectedOn: calendar.addWorkingDays(slow, 1) });
    expect(r.lastDecisionOn).toBe(calendar.addWorkingDays(slow, 1));
  });

  it("an hour limit decides the same day; after a prerequisite it starts the next working day", () => {
    // Fri 10 Apr: 1 working day from Thu 9 Apr. The 60-minute permit after it starts on the
    // next working day after Friday, skipping the weekend and Songkran (13–15 Apr) → Thu 16 Apr.
    const r = expectedDecisions([p("reg", { value: 60, unit: "minutes" }), p("one", { value: 1, unit: "working_days" }), p("after", { value: 60, unit: "minutes" }, "one")], "2026-04-09", calendar);
    expect(r.permits.map((s) => [s.slug, s.expectedOn])).toEqual([
      ["reg", "2026-04-09"],
      ["one", "2026-04-10"],
      ["after", "2026-04-16"],
    ]);
  });

  it("from a weekend 'today' the first counted day is the next working day (T2, T3)", () => {
    expect(expectedDecisions([p("a", { value: 1, unit: "working_days" })], "2026-04-11", calendar).lastDecisionOn).toBe("2026-04-16");
    expect(expectedDecisions([], "2026-04-11", calendar).lastDecisionOn).toBeNull();
  });
});

describe("a whole result", () => {
  const facts = (slug: string, total: PermitFacts["total"], fees: PermitFacts["fees"], documents: DocumentFacts[]): PermitFacts => ({
    slug,
    name: bi(slug),
    agency: bi("agency"),
    total,
    noFee: fees.length === 0,
    fees,
    documents,
  });
  const id = (pid: string): DocumentFacts => ({ id: pid, group: "identity", name: bi("บัตรประจำตัวประชาชน"), issuer: bi("กรมการปกครอง"), originals: 1, copies: 1, unit: "copy", condition: null });
  const FACTS = new Map([
    ["registration", facts("registration", { value: 60, unit: "minutes" }, [{ kind: "fixed", description: bi("fee"), amount: 50 }], [id("r1")])],
    ["food-small", facts("food-small", { value: 7, unit: "working_days" }, [{ kind: "range", description: bi("fee"), min: 100, max: 1000 }], [id("f1")])],
    ["liquor", facts("liquor", { value: 1, unit: "working_days" }, [{ kind: "range", description: bi("fee"), min: 330, max: 7700 }], [id("l1")])],
  ]);

  it("permits in order, the ID card once for three permits, fees as a range, the last decision", () => {
    const r = guideResult(RESTAURANT, { area: 80, liquor: true, juristic: false, premises: "rent" }, FACTS, "2026-04-09", calendar);
    expect(r.permits.map((p) => p.slug)).toEqual(["registration", "food-small", "liquor"]);
    expect(r.permits.find((p) => p.slug === "liquor")!.after).toEqual(["registration", "food-small"]);
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0]).toMatchObject({ originals: 1, copies: 3 });
    expect(r.fees).toMatchObject({ min: 480, max: 8750, exact: false });
    // food-small: 10, 16, 17, 20, 21, 22, 23 Apr (Songkran skipped) → 23 Apr; liquor 1 more → 24 Apr.
    expect(r.permits.find((p) => p.slug === "food-small")!.expectedOn).toBe("2026-04-23");
    expect(r.lastDecisionOn).toBe("2026-04-24");
    expect(r.unavailable).toEqual([]);
  });

  it("a permit with no manual in force is left out and named", () => {
    const r = guideResult(RESTAURANT, { area: 500, liquor: false, juristic: true, premises: "build" }, FACTS, "2026-04-09", calendar);
    expect(r.permits).toEqual([]);
    expect(r.unavailable).toEqual(["building", "food-large"]);
    expect(r.lastDecisionOn).toBeNull();
  });
});
