-- Tamper-evident history (decision 0013). Generated with `prisma migrate diff`, then edited by
-- hand in two places:
--  * Request gains its chain head with ALTER TABLE ADD COLUMN instead of a table copy (same
--    resulting schema; a million requests are not rewritten).
--  * Existing events and audit entries get seq by row order (time, then insertion order) and
--    an empty prevHash/hash: SQLite has no SHA-256, so they are sealed once after upgrading
--    with `npm run audit:verify -- --backfill`. Until then the verifier reports them as
--    unsealed.
ALTER TABLE "Request" ADD COLUMN "eventSeq" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Request" ADD COLUMN "eventHash" TEXT NOT NULL DEFAULT '';

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RequestEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    "actorId" TEXT,
    "actorRole" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_RequestEvent" ("actorId", "actorRole", "at", "fromStatus", "id", "note", "requestId", "toStatus", "type", "seq", "prevHash", "hash")
SELECT "actorId", "actorRole", "at", "fromStatus", "id", "note", "requestId", "toStatus", "type",
       ROW_NUMBER() OVER (PARTITION BY "requestId" ORDER BY "at", rowid), '', ''
FROM "RequestEvent";
DROP TABLE "RequestEvent";
ALTER TABLE "new_RequestEvent" RENAME TO "RequestEvent";
CREATE INDEX "RequestEvent_requestId_at_idx" ON "RequestEvent"("requestId", "at");
CREATE UNIQUE INDEX "RequestEvent_requestId_seq_key" ON "RequestEvent"("requestId", "seq");
CREATE TABLE "new_AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seq" INTEGER NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "actorId" TEXT,
    "actorRole" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "before" TEXT NOT NULL DEFAULT '',
    "after" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_AuditEntry" ("action", "actorId", "actorRole", "after", "at", "before", "entity", "entityId", "id", "label", "seq", "prevHash", "hash")
SELECT "action", "actorId", "actorRole", "after", "at", "before", "entity", "entityId", "id", "label",
       ROW_NUMBER() OVER (ORDER BY "at", rowid), '', ''
FROM "AuditEntry";
DROP TABLE "AuditEntry";
ALTER TABLE "new_AuditEntry" RENAME TO "AuditEntry";
CREATE UNIQUE INDEX "AuditEntry_seq_key" ON "AuditEntry"("seq");
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");
CREATE INDEX "AuditEntry_entity_at_idx" ON "AuditEntry"("entity", "at");
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- The head of each request's (unsealed) chain: its last seq; the hash comes with the backfill.
UPDATE "Request" SET "eventSeq" = (SELECT MAX("seq") FROM "RequestEvent" WHERE "requestId" = "Request"."id")
WHERE "id" IN (SELECT "requestId" FROM "RequestEvent");
