-- CreateTable
CREATE TABLE "Guide" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "titleTh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "summaryTh" TEXT NOT NULL DEFAULT '',
    "summaryEn" TEXT NOT NULL DEFAULT '',
    "definition" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Bundle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trackingNumber" TEXT NOT NULL,
    "guideSlug" TEXT NOT NULL,
    "guideTitleTh" TEXT NOT NULL,
    "guideTitleEn" TEXT NOT NULL,
    "answers" TEXT NOT NULL DEFAULT '',
    "channel" TEXT NOT NULL,
    "serviceCenterId" TEXT,
    "applicantType" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantPhone" TEXT NOT NULL,
    "applicantEmail" TEXT NOT NULL DEFAULT '',
    "applicantAddress" TEXT NOT NULL,
    "preferredLanguage" TEXT NOT NULL DEFAULT 'th',
    "noticesByEmail" BOOLEAN NOT NULL DEFAULT false,
    "receivedAt" DATETIME NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Bundle_serviceCenterId_fkey" FOREIGN KEY ("serviceCenterId") REFERENCES "ServiceCenter" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Request" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trackingNumber" TEXT NOT NULL,
    "permitId" TEXT NOT NULL,
    "manualVersionId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "serviceCenterId" TEXT,
    "applicantType" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantPhone" TEXT NOT NULL,
    "applicantEmail" TEXT NOT NULL DEFAULT '',
    "applicantAddress" TEXT NOT NULL,
    "preferredLanguage" TEXT NOT NULL DEFAULT 'th',
    "noticesByEmail" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "completeOn" TEXT,
    "dueDate" TEXT,
    "currentStep" INTEGER,
    "decidedOn" TEXT,
    "decision" TEXT,
    "decisionReasons" TEXT NOT NULL DEFAULT '',
    "appealInfo" TEXT NOT NULL DEFAULT '',
    "resultNoticeDueOn" TEXT,
    "resultNotifiedOn" TEXT,
    "abandonedOn" TEXT,
    "withdrawnOn" TEXT,
    "idempotencyKey" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "eventSeq" INTEGER NOT NULL DEFAULT 0,
    "eventHash" TEXT NOT NULL DEFAULT '',
    "bundleId" TEXT,
    CONSTRAINT "Request_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Request_manualVersionId_fkey" FOREIGN KEY ("manualVersionId") REFERENCES "ManualVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Request_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Request_serviceCenterId_fkey" FOREIGN KEY ("serviceCenterId") REFERENCES "ServiceCenter" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Request_bundleId_fkey" FOREIGN KEY ("bundleId") REFERENCES "Bundle" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Request" ("abandonedOn", "agencyId", "appealInfo", "applicantAddress", "applicantEmail", "applicantId", "applicantName", "applicantPhone", "applicantType", "channel", "completeOn", "createdAt", "createdById", "currentStep", "decidedOn", "decision", "decisionReasons", "dueDate", "eventHash", "eventSeq", "id", "idempotencyKey", "manualVersionId", "noticesByEmail", "permitId", "preferredLanguage", "receivedAt", "receivedOn", "resultNoticeDueOn", "resultNotifiedOn", "serviceCenterId", "status", "trackingNumber", "withdrawnOn") SELECT "abandonedOn", "agencyId", "appealInfo", "applicantAddress", "applicantEmail", "applicantId", "applicantName", "applicantPhone", "applicantType", "channel", "completeOn", "createdAt", "createdById", "currentStep", "decidedOn", "decision", "decisionReasons", "dueDate", "eventHash", "eventSeq", "id", "idempotencyKey", "manualVersionId", "noticesByEmail", "permitId", "preferredLanguage", "receivedAt", "receivedOn", "resultNoticeDueOn", "resultNotifiedOn", "serviceCenterId", "status", "trackingNumber", "withdrawnOn" FROM "Request";
DROP TABLE "Request";
ALTER TABLE "new_Request" RENAME TO "Request";
CREATE UNIQUE INDEX "Request_trackingNumber_key" ON "Request"("trackingNumber");
CREATE UNIQUE INDEX "Request_idempotencyKey_key" ON "Request"("idempotencyKey");
CREATE INDEX "Request_status_dueDate_idx" ON "Request"("status", "dueDate");
CREATE INDEX "Request_serviceCenterId_receivedOn_idx" ON "Request"("serviceCenterId", "receivedOn");
CREATE INDEX "Request_agencyId_status_idx" ON "Request"("agencyId", "status");
CREATE INDEX "Request_agencyId_dueDate_idx" ON "Request"("agencyId", "dueDate");
CREATE INDEX "Request_serviceCenterId_status_dueDate_idx" ON "Request"("serviceCenterId", "status", "dueDate");
CREATE INDEX "Request_permitId_receivedOn_idx" ON "Request"("permitId", "receivedOn");
CREATE INDEX "Request_status_resultNoticeDueOn_idx" ON "Request"("status", "resultNoticeDueOn");
CREATE INDEX "Request_bundleId_idx" ON "Request"("bundleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Guide_slug_key" ON "Guide"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Bundle_trackingNumber_key" ON "Bundle"("trackingNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Bundle_idempotencyKey_key" ON "Bundle"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Bundle_serviceCenterId_receivedOn_idx" ON "Bundle"("serviceCenterId", "receivedOn");

