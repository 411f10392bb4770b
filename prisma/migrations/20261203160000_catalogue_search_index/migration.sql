-- Indexed substring search of the catalogue (decision 0018). Written by hand: the datamodel
-- did not change (`npm run db:migration` found nothing to diff) and Prisma cannot express an
-- FTS5 table or triggers, so a later datamodel diff never sees, and never drops, them.
--
-- ManualVersionSearch mirrors ManualVersion."searchText" (already NFC, lower-cased, sara am
-- unified; decision 0002) in a trigram index: every 3-character substring is a token, so a
-- phrase query finds any substring of 3 characters or more, Thai included. case_sensitive 1:
-- the text and the queries are lower-cased by the application, so matching is exact code
-- points, as String.includes is. Only versions with a search text (published ones; drafts
-- have '') get a row. It is a regular FTS5 table (it keeps its own copy of the text) keyed
-- by "versionId": an external-content table would be keyed by ManualVersion's rowid, which
-- VACUUM may renumber in a table without an INTEGER PRIMARY KEY.
CREATE VIRTUAL TABLE "ManualVersionSearch" USING fts5("versionId" UNINDEXED, "searchText", tokenize = 'trigram case_sensitive 1');

-- Backfill: every version published before this migration.
INSERT INTO "ManualVersionSearch" ("versionId", "searchText")
SELECT "id", "searchText" FROM "ManualVersion" WHERE "searchText" <> '';

-- Kept in step by the database itself, whoever writes ManualVersion (publication, the seed,
-- tests). A published version never changes (R7.4), so the update trigger fires on a draft
-- becoming published (old text '': no delete) and on the seed refreshing its demo version 1
-- in place; its DELETE scans the FTS table ("versionId" is not indexed), which is rare.
CREATE TRIGGER "ManualVersionSearch_insert" AFTER INSERT ON "ManualVersion"
WHEN new."searchText" <> ''
BEGIN
  INSERT INTO "ManualVersionSearch" ("versionId", "searchText") VALUES (new."id", new."searchText");
END;

CREATE TRIGGER "ManualVersionSearch_update" AFTER UPDATE OF "searchText" ON "ManualVersion"
WHEN old."searchText" IS NOT new."searchText"
BEGIN
  DELETE FROM "ManualVersionSearch" WHERE old."searchText" <> '' AND "versionId" = old."id";
  INSERT INTO "ManualVersionSearch" ("versionId", "searchText") SELECT new."id", new."searchText" WHERE new."searchText" <> '';
END;

CREATE TRIGGER "ManualVersionSearch_delete" AFTER DELETE ON "ManualVersion"
WHEN old."searchText" <> ''
BEGIN
  DELETE FROM "ManualVersionSearch" WHERE "versionId" = old."id";
END;
