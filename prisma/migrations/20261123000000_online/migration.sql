-- AlterTable
ALTER TABLE "DeficiencyRecord" ADD COLUMN "acknowledgedAt" DATETIME;

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "manualDocumentId" TEXT NOT NULL,
    "draftId" TEXT,
    "requestId" TEXT,
    "uploadedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "StoredFile_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "ApplicationDraft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StoredFile_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "keyHash" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "permitId" TEXT NOT NULL,
    "manualVersionId" TEXT NOT NULL,
    "data" TEXT NOT NULL DEFAULT '{}',
    "email" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'th',
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "trackingNumber" TEXT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Notice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "period" INTEGER NOT NULL DEFAULT 0,
    "dueOn" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "recipients" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "lastError" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Notice_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Notice" ("body", "createdAt", "dueOn", "id", "kind", "language", "period", "recipients", "requestId", "sentAt", "state", "subject") SELECT "body", "createdAt", "dueOn", "id", "kind", "language", "period", "recipients", "requestId", "sentAt", "state", "subject" FROM "Notice";
DROP TABLE "Notice";
ALTER TABLE "new_Notice" RENAME TO "Notice";
CREATE INDEX "Notice_state_nextAttemptAt_idx" ON "Notice"("state", "nextAttemptAt");
CREATE UNIQUE INDEX "Notice_requestId_kind_period_key" ON "Notice"("requestId", "kind", "period");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_draftId_idx" ON "StoredFile"("draftId");

-- CreateIndex
CREATE INDEX "StoredFile_requestId_idx" ON "StoredFile"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationDraft_keyHash_key" ON "ApplicationDraft"("keyHash");

-- CreateIndex
CREATE INDEX "ApplicationDraft_expiresAt_idx" ON "ApplicationDraft"("expiresAt");

