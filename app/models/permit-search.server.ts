// The catalogue's substring search, in the database on a trigram index (decision 0018; the
// semantics are decision 0002's: every term a substring of the version's searchText).
// - SQLite: the FTS5 table "ManualVersionSearch" (tokenizer trigram, case-sensitive; kept in
//   step with ManualVersion by triggers). Terms of 3+ characters become quoted MATCH phrases,
//   which use the index. Not LIKE: SQLite hands LIKE to a virtual table only without an ESCAPE
//   clause, so an escaped LIKE would read every row. Shorter terms are tested with instr()
//   (exact, no wildcards) on the versions the phrases found; when every term is shorter, on
//   every version in force (a scan: nothing for the index to look up).
// - PostgreSQL: a GIN pg_trgm index on "searchText"; every term is `LIKE '%term%' ESCAPE '\'`
//   with the visitor's % _ \ escaped; terms of 3+ characters give the index its trigrams, and
//   every candidate is rechecked exactly.
// Both: only a permit's version in force, only when published; most used first, then slug.
import { Prisma } from "~/generated/prisma/client";
import { containsPattern, ftsPhrases, isTrigramIndexable } from "~/domain/catalogue/search-text";
import { prisma, provider } from "~/utils/db.server";

/** Ids of the permits whose published version in force contains every (normalised) term. */
export async function findPublishedPermitIds(terms: readonly string[]): Promise<string[]> {
  if (terms.length === 0) throw new Error("findPublishedPermitIds: no terms (the whole catalogue is listPublishedPermits())");
  const rows = await prisma.$queryRaw<{ id: string }[]>(searchQuery(terms));
  return rows.map((row) => row.id);
}

/** The statement, for EXPLAIN in the tests. */
export function searchQuery(terms: readonly string[]): Prisma.Sql {
  return provider === "postgresql" ? postgresQuery(terms) : sqliteQuery(terms);
}

// The versions in force, published, meeting every condition; most used first, then slug.
function inForce(conditions: Prisma.Sql[]): Prisma.Sql {
  return Prisma.sql`SELECT p."id" FROM "Permit" p
    JOIN "ManualVersion" v ON v."id" = p."currentVersionId"
    WHERE ${Prisma.join(conditions, " AND ")} AND v."status" = 'published'
    ORDER BY p."popularity" DESC, p."slug" ASC`;
}

function sqliteQuery(terms: readonly string[]): Prisma.Sql {
  const phrases = terms.filter(isTrigramIndexable);
  return inForce([
    // The versions the index finds, as a list (looked up in key order: about 3x faster than
    // joining the FTS table row by row when a term is common).
    ...(phrases.length ? [Prisma.sql`v."id" IN (SELECT "versionId" FROM "ManualVersionSearch" WHERE "searchText" MATCH ${ftsPhrases(phrases)})`] : []),
    ...terms.filter((t) => !isTrigramIndexable(t)).map((t) => Prisma.sql`instr(v."searchText", ${t}) > 0`),
  ]);
}

function postgresQuery(terms: readonly string[]): Prisma.Sql {
  return inForce(terms.map((t) => Prisma.sql`v."searchText" LIKE ${containsPattern(t)} ESCAPE '\\'`));
}
