// Decision 0018: the catalogue search runs in the database on a trigram index — FTS5 on
// SQLite, pg_trgm on PostgreSQL — with decision 0002's semantics unchanged. This file runs on
// whichever database VITEST_DATABASE_URL names; the same expectations hold on both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "~/generated/prisma/client";
import { buildSearchText, matchesAllTerms, searchTerms } from "~/domain/catalogue/search-text";
import { findPublishedPermitIds, searchQuery } from "~/models/permit-search.server";
import { loader as apiListLoader } from "~/routes/api.v1.permits._index";
import { loader as catalogueLoader } from "~/routes/permits._index";
import { PermitListSchema } from "~/schemas/open-data";
import { searchCatalogue } from "~/services/catalogue.server";
import { prisma, provider } from "~/utils/db.server";
import { args } from "./request";

const PREFIX = "zz-search-";
const NIKHAHIT_AA = "\u0E4D\u0E32"; // sara am typed as two characters; looks like ำ

// Permits whose texts tell the cases apart. [slug, kind, popularity, texts of each published
// version (the last one in force)].
const FIXTURES: [string, string, number, string[][]][] = [
  ["food-stall", "licence", 5, [[`ใบอนุญาตจ${NIKHAHIT_AA}หน่ายอาหารริมทาง`, "Street Food Stall Licence"]]],
  ["food-cart", "notification", 5, [["หนังสือแจ้งรถเข็นขายอาหาร", "Food Cart Notification"]]],
  ["construction", "certification", 9, [["ใบรับรองการก่อสร้างรั้ว", "Fence Construction Certificate"]]],
  ["clump", "registration", 1, [["ทะเบียนกอไผ่", "Bamboo Clump Register"]]],
  ["fees", "approval", 3, [["ค่าธรรมเนียม 50% ของราคา", "Fee: 50% of the price", "file_name.pdf", "C:\\forms\\a.pdf"]]],
  ["decoy", "approval", 2, [["ค่าธรรมเนียม 500 บาท", "Fee 500 baht", "filexname.pdf", "C:/forms/a.pdf"]]],
  ["quote", "licence", 2, [['แบบคำขอ "ก"', 'Form "A" request']]],
  // R7.4: a new publication replaces the text that is searched; the old version is kept.
  ["replaced", "licence", 4, [["zzfirstedition ป้ายโฆษณา", "Billboard"], ["zzsecondedition ป้ายโฆษณา", "Billboard"]]],
];

// q → the fixtures it finds, in catalogue order (most used first, then slug).
const CASES: [string, string[]][] = [
  ["อาหาร", ["food-cart", "food-stall"]],
  ["จำหน่าย", ["food-stall"]],
  [`จ${NIKHAHIT_AA}หน่าย`, ["food-stall"]],
  ["ก่อสร้าง", ["construction"]],
  ["กอสราง", []], // without the tone marks: a different text
  ["ก่อ", ["construction"]],
  ["กอ", ["clump"]], // short; ก่อ (with mai ek) does not contain กอ
  ["FOOD", ["food-cart", "food-stall"]],
  ["Street FOOD", ["food-stall"]],
  ["food licence", ["food-stall"]],
  ["ใบ", ["construction", "food-stall"]], // every term short: still exact
  ["ใบ อาหาร", ["food-stall"]], // a short term narrows what the long one found
  ["50%", ["fees"]],
  ["50", ["fees", "decoy"]],
  ["%", ["fees"]],
  ["%%", []],
  ["_", ["fees"]],
  ["file_name", ["fees"]],
  ["5_0", []],
  ["\\", ["fees"]],
  ["c:\\forms", ["fees"]],
  ["fee baht 500", ["decoy"]],
  ['"a"', ["quote"]],
  ['"ก"', ["quote"]],
  ['a" OR "b', []],
  ["NEAR(food", []],
  ["food*", []],
  ["zzfirstedition", []],
  ["zzsecondedition", ["replaced"]],
  ["zznothing", []],
  ["อาหาร building", []],
];

const slugOf = new Map<string, string>();
const versionIds: string[] = [];

async function createFixtures() {
  const agency = await prisma.agency.findFirstOrThrow({ select: { id: true, nameTh: true, nameEn: true }, orderBy: { code: "asc" } });
  for (const [name, kind, popularity, versions] of FIXTURES) {
    const slug = PREFIX + name;
    const permit = await prisma.permit.create({ data: { slug, kind, category: "commerce", agencyId: agency.id, popularity }, select: { id: true } });
    slugOf.set(permit.id, slug);
    for (const [i, texts] of versions.entries()) {
      const version = await prisma.manualVersion.create({
        data: {
          permitId: permit.id,
          version: i + 1,
          status: "published",
          publishedAt: new Date("2026-04-01T09:00:00+07:00"),
          nameTh: texts[0],
          nameEn: texts[1],
          serviceType: "single_agency",
          impactLevel: "general",
          serviceArea: "local",
          timeLawTh: "",
          timeLawEn: "",
          referenceName: slug,
          criteriaTh: "",
          criteriaEn: "",
          totalValue: 1,
          totalUnit: "working_days",
          searchText: buildSearchText([...texts, agency.nameTh, agency.nameEn]),
        },
        select: { id: true },
      });
      versionIds.push(version.id);
      await prisma.permit.update({ where: { id: permit.id }, data: { currentVersionId: version.id } });
    }
  }
}

async function removeFixtures() {
  const permits = { slug: { startsWith: PREFIX } };
  await prisma.permit.updateMany({ where: permits, data: { currentVersionId: null } });
  await prisma.manualVersion.deleteMany({ where: { permit: permits } });
  await prisma.permit.deleteMany({ where: permits });
}

// Decision 0002's semantics, computed without the database's help: every published version in
// force, the JS substring test, most used first, then slug.
async function expected(q: string): Promise<string[]> {
  const terms = searchTerms(q);
  const rows = await prisma.permit.findMany({
    where: { currentVersion: { is: { status: "published" } } },
    select: { slug: true, popularity: true, currentVersion: { select: { searchText: true } } },
  });
  return rows
    .filter((r) => matchesAllTerms(r.currentVersion!.searchText, terms))
    .sort((a, b) => b.popularity - a.popularity || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map((r) => r.slug);
}

async function slugsOfIds(ids: string[]): Promise<string[]> {
  const rows = await prisma.permit.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } });
  const slug = new Map(rows.map((r) => [r.id, r.slug]));
  return ids.map((id) => slug.get(id)!);
}

const fixturesIn = (slugs: string[]) => slugs.filter((s) => s.startsWith(PREFIX)).map((s) => s.slice(PREFIX.length));

beforeAll(async () => {
  await removeFixtures();
  await createFixtures();
});
afterAll(removeFixtures);

describe(`indexed catalogue search on ${provider} (decision 0018)`, () => {
  it.each(CASES)("%j finds %j, exactly as the substring test does", async (q, fixtures) => {
    const terms = searchTerms(q);
    // The database alone (no JS re-check) gives the answer…
    const fromDatabase = await slugsOfIds(await findPublishedPermitIds(terms));
    expect(fixturesIn(fromDatabase)).toEqual(fixtures);
    expect(fromDatabase).toEqual(await expected(q));
    // …and the page's use case returns the same list.
    expect((await searchCatalogue({ q })).results.map((p) => p.slug)).toEqual(fromDatabase);
  });

  it("the page and the JSON API agree, and the filters still apply to what the search found", async () => {
    for (const q of ["อาหาร", "50", "ใบ", "%"]) {
      const page = await catalogueLoader(args(`/permits?q=${encodeURIComponent(q)}`));
      const api = PermitListSchema.parse(await (await apiListLoader(args(`/api/v1/permits?q=${encodeURIComponent(q)}`))).json());
      expect(api.map((p) => p.slug)).toEqual(page.results.map((p) => p.slug));
      expect(page.results.map((p) => p.slug)).toEqual(await expected(q));
    }
    const filtered = await catalogueLoader(args(`/permits?q=${encodeURIComponent("อาหาร")}&kind=notification`));
    expect(fixturesIn(filtered.results.map((p) => p.slug))).toEqual(["food-cart"]);
    expect(filtered.counts.kind.licence).toBeGreaterThanOrEqual(1); // food-stall, had it been chosen
  });

  it("follows publication: a new version in force replaces the searched text, an edit in place and a deletion are seen (R7.4)", async () => {
    const permit = await prisma.permit.findUniqueOrThrow({ where: { slug: `${PREFIX}replaced` }, select: { id: true, currentVersionId: true } });
    const [first] = await prisma.manualVersion.findMany({ where: { permitId: permit.id, version: 1 }, select: { id: true } });
    const found = async (q: string) => fixturesIn(await slugsOfIds(await findPublishedPermitIds(searchTerms(q))));
    // Back to version 1 in force, as if it were published again.
    await prisma.permit.update({ where: { id: permit.id }, data: { currentVersionId: first.id } });
    expect(await found("zzfirstedition")).toEqual(["replaced"]);
    expect(await found("zzsecondedition")).toEqual([]);
    // The seed refreshes its demo version in place: the index follows the new text.
    await prisma.manualVersion.update({ where: { id: first.id }, data: { searchText: buildSearchText(["zzthirdtext"]) } });
    expect(await found("zzfirstedition")).toEqual([]);
    expect(await found("zzthirdtext")).toEqual(["replaced"]);
    // A draft (no search text) in force is not searchable; deleting a version removes it.
    await prisma.permit.update({ where: { id: permit.id }, data: { currentVersionId: permit.currentVersionId } });
    await prisma.manualVersion.update({ where: { id: permit.currentVersionId! }, data: { status: "draft" } });
    expect(await found("zzsecondedition")).toEqual([]);
    await prisma.manualVersion.update({ where: { id: permit.currentVersionId! }, data: { status: "published" } });
    await prisma.permit.update({ where: { id: permit.id }, data: { currentVersionId: null } });
    await prisma.manualVersion.delete({ where: { id: permit.currentVersionId! } });
    await prisma.permit.update({ where: { id: permit.id }, data: { currentVersionId: first.id } });
    expect(await found("zzsecondedition")).toEqual([]);
    expect(await found("zzthirdtext")).toEqual(["replaced"]);
    if (provider === "sqlite") {
      // The FTS table holds exactly the versions that have a search text.
      const [{ mirrored, versions }] = await prisma.$queryRaw<{ mirrored: number | bigint; versions: number | bigint }[]>`
        SELECT (SELECT count(*) FROM "ManualVersionSearch") AS "mirrored", (SELECT count(*) FROM "ManualVersion" WHERE "searchText" <> '') AS "versions"`;
      expect(Number(mirrored)).toBe(Number(versions));
    }
  });
});

// The plan: the index does the narrowing. SQLite's planner always answers an FTS5 MATCH from
// the index. PostgreSQL's planner rightly reads a table of a few dozen rows whole (or walks its
// primary key) rather than a GIN index, so seq scans and plain index scans are turned off, for
// this transaction only, to see the plan it takes once the table is large (the benchmark,
// tests/bench/search.ts, shows it choosing the index by itself at 10,000 manuals).
async function plan(terms: string[], analyze = false): Promise<string> {
  if (provider === "sqlite") {
    const rows = await prisma.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${searchQuery(terms)}`);
    return rows.map((r) => r.detail).join("\n");
  }
  const explain = analyze ? Prisma.sql`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ` : Prisma.sql`EXPLAIN (COSTS OFF) `;
  const rows = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    await tx.$executeRaw`SET LOCAL enable_indexscan = off`;
    return tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`${explain}${searchQuery(terms)}`);
  });
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

// PostgreSQL: how many candidate rows the trigram index handed over.
async function candidatesFromIndex(terms: string[]): Promise<number> {
  const match = /Bitmap Index Scan on "ManualVersion_searchText_trgm_idx" \(actual rows=(\d+)/.exec(await plan(terms, true));
  if (!match) throw new Error("the trigram index was not used");
  return Number(match[1]);
}

describe(`the search plan on ${provider} uses the trigram index`, () => {
  it.each([[["อาหาร"]], [["ก่อสร้าง", "food"]], [["50%"]], [["ใบ", "อาหาร"]]])("for %j", async (terms) => {
    const text = await plan(terms);
    if (provider === "sqlite") {
      expect(text).toMatch(/^SCAN ManualVersionSearch VIRTUAL TABLE INDEX 0:M/m); // the MATCH is answered by the index
      expect(text).toMatch(/^SEARCH v USING INDEX sqlite_autoindex_ManualVersion_1 \(id=\?\)/m); // …and each version found looked up by key
      expect(text).toMatch(/^SEARCH p USING INDEX Permit_currentVersionId_key \(currentVersionId=\?\)/m);
    } else {
      expect(text).toMatch(/Bitmap Index Scan on "ManualVersion_searchText_trgm_idx"\n\s+Index Cond: .*"searchText" ~~/);
      expect(text).not.toMatch(/Seq Scan on "ManualVersion"/);
    }
  });

  if (provider === "sqlite") {
    it("every term shorter than three characters: every version in force is read (still exact, see the cases above)", async () => {
      const text = await plan(["ใบ"]);
      expect(text).not.toMatch(/ManualVersionSearch|VIRTUAL TABLE/); // nothing for the index to look up
      expect(text).toMatch(/^SCAN (p|v)\b/m); // one table read whole, the other looked up by key
      expect(text).toMatch(/^SEARCH (v|p) USING INDEX/m);
    });
  } else {
    it("Thai trigrams narrow; every term shorter than three characters reads the whole index (still exact, see the cases above)", async () => {
      const versions = await prisma.manualVersion.count();
      const containing = (await prisma.manualVersion.findMany({ select: { searchText: true } })).filter((v) => v.searchText.includes("อาหาร")).length;
      const thai = await candidatesFromIndex(["อาหาร"]);
      expect(thai).toBeGreaterThanOrEqual(containing);
      expect(thai).toBeLessThan(versions / 2);
      // No trigram to look up: every row is a candidate (dead row versions not yet vacuumed too).
      expect(await candidatesFromIndex(["ใบ"])).toBeGreaterThanOrEqual(versions);
    });
  }
});
