-- CreateTable
CREATE TABLE "RequestStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "titleTh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "unitTh" TEXT NOT NULL DEFAULT '',
    "unitEn" TEXT NOT NULL DEFAULT '',
    "dueDate" TEXT NOT NULL,
    "completedOn" TEXT,
    "completedById" TEXT,
    CONSTRAINT "RequestStep_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RequestNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "body" TEXT NOT NULL,
    CONSTRAINT "RequestNote_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    CONSTRAINT "Request_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Request_manualVersionId_fkey" FOREIGN KEY ("manualVersionId") REFERENCES "ManualVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Request_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Request_serviceCenterId_fkey" FOREIGN KEY ("serviceCenterId") REFERENCES "ServiceCenter" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Request" ("abandonedOn", "agencyId", "applicantAddress", "applicantEmail", "applicantId", "applicantName", "applicantPhone", "applicantType", "channel", "completeOn", "createdAt", "createdById", "currentStep", "decidedOn", "dueDate", "id", "idempotencyKey", "manualVersionId", "noticesByEmail", "permitId", "preferredLanguage", "receivedAt", "receivedOn", "serviceCenterId", "status", "trackingNumber", "withdrawnOn") SELECT "abandonedOn", "agencyId", "applicantAddress", "applicantEmail", "applicantId", "applicantName", "applicantPhone", "applicantType", "channel", "completeOn", "createdAt", "createdById", "currentStep", "decidedOn", "dueDate", "id", "idempotencyKey", "manualVersionId", "noticesByEmail", "permitId", "preferredLanguage", "receivedAt", "receivedOn", "serviceCenterId", "status", "trackingNumber", "withdrawnOn" FROM "Request";
DROP TABLE "Request";
ALTER TABLE "new_Request" RENAME TO "Request";
CREATE UNIQUE INDEX "Request_trackingNumber_key" ON "Request"("trackingNumber");
CREATE UNIQUE INDEX "Request_idempotencyKey_key" ON "Request"("idempotencyKey");
CREATE INDEX "Request_status_dueDate_idx" ON "Request"("status", "dueDate");
CREATE INDEX "Request_serviceCenterId_receivedOn_idx" ON "Request"("serviceCenterId", "receivedOn");
CREATE INDEX "Request_agencyId_status_idx" ON "Request"("agencyId", "status");
CREATE INDEX "Request_agencyId_dueDate_idx" ON "Request"("agencyId", "dueDate");
CREATE INDEX "Request_permitId_receivedOn_idx" ON "Request"("permitId", "receivedOn");
CREATE INDEX "Request_status_resultNoticeDueOn_idx" ON "Request"("status", "resultNoticeDueOn");
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
    "reason" TEXT NOT NULL DEFAULT '',
    "copyTo" TEXT NOT NULL DEFAULT '',
    "releasedById" TEXT,
    CONSTRAINT "Notice_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Notice" ("attempts", "body", "createdAt", "dueOn", "id", "kind", "language", "lastError", "nextAttemptAt", "period", "recipients", "requestId", "sentAt", "state", "subject") SELECT "attempts", "body", "createdAt", "dueOn", "id", "kind", "language", "lastError", "nextAttemptAt", "period", "recipients", "requestId", "sentAt", "state", "subject" FROM "Notice";
DROP TABLE "Notice";
ALTER TABLE "new_Notice" RENAME TO "Notice";
CREATE INDEX "Notice_state_nextAttemptAt_idx" ON "Notice"("state", "nextAttemptAt");
CREATE INDEX "Notice_kind_state_dueOn_idx" ON "Notice"("kind", "state", "dueOn");
CREATE UNIQUE INDEX "Notice_requestId_kind_period_key" ON "Notice"("requestId", "kind", "period");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "RequestStep_requestId_position_key" ON "RequestStep"("requestId", "position");

-- CreateIndex
CREATE INDEX "RequestNote_requestId_idx" ON "RequestNote"("requestId");

