-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
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

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ManualVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "permitId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "serviceType" TEXT NOT NULL,
    "impactLevel" TEXT NOT NULL,
    "serviceArea" TEXT NOT NULL,
    "timeLawTh" TEXT NOT NULL,
    "timeLawEn" TEXT NOT NULL,
    "statutoryValue" INTEGER NOT NULL DEFAULT 0,
    "statutoryUnit" TEXT NOT NULL DEFAULT 'working_days',
    "statsAvg" INTEGER NOT NULL DEFAULT 0,
    "statsMax" INTEGER NOT NULL DEFAULT 0,
    "statsMin" INTEGER NOT NULL DEFAULT 0,
    "referenceName" TEXT NOT NULL,
    "criteriaTh" TEXT NOT NULL,
    "criteriaEn" TEXT NOT NULL,
    "totalValue" INTEGER NOT NULL,
    "totalUnit" TEXT NOT NULL,
    "streamlined" BOOLEAN NOT NULL DEFAULT false,
    "noFee" BOOLEAN NOT NULL DEFAULT false,
    "remarksTh" TEXT NOT NULL DEFAULT '',
    "remarksEn" TEXT NOT NULL DEFAULT '',
    "preparedByTh" TEXT NOT NULL DEFAULT '',
    "preparedByEn" TEXT NOT NULL DEFAULT '',
    "approvedByTh" TEXT NOT NULL DEFAULT '',
    "approvedByEn" TEXT NOT NULL DEFAULT '',
    "publishedByTh" TEXT NOT NULL DEFAULT '',
    "publishedByEn" TEXT NOT NULL DEFAULT '',
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "publishedById" TEXT,
    CONSTRAINT "ManualVersion_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ManualVersion" ("approvedByEn", "approvedByTh", "createdAt", "criteriaEn", "criteriaTh", "id", "impactLevel", "nameEn", "nameTh", "noFee", "permitId", "preparedByEn", "preparedByTh", "publishedAt", "publishedByEn", "publishedByTh", "referenceName", "remarksEn", "remarksTh", "searchText", "serviceArea", "serviceType", "statsAvg", "statsMax", "statsMin", "status", "statutoryUnit", "statutoryValue", "streamlined", "timeLawEn", "timeLawTh", "totalUnit", "totalValue", "version") SELECT "approvedByEn", "approvedByTh", "createdAt", "criteriaEn", "criteriaTh", "id", "impactLevel", "nameEn", "nameTh", "noFee", "permitId", "preparedByEn", "preparedByTh", "publishedAt", "publishedByEn", "publishedByTh", "referenceName", "remarksEn", "remarksTh", "searchText", "serviceArea", "serviceType", "statsAvg", "statsMax", "statsMin", "status", "statutoryUnit", "statutoryValue", "streamlined", "timeLawEn", "timeLawTh", "totalUnit", "totalValue", "version" FROM "ManualVersion";
DROP TABLE "ManualVersion";
ALTER TABLE "new_ManualVersion" RENAME TO "ManualVersion";
CREATE UNIQUE INDEX "ManualVersion_permitId_version_key" ON "ManualVersion"("permitId", "version");
CREATE TABLE "new_ManualForm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL DEFAULT '',
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "url" TEXT NOT NULL DEFAULT '',
    "fileKey" TEXT NOT NULL DEFAULT '',
    "fileName" TEXT NOT NULL DEFAULT '',
    "fileSize" INTEGER NOT NULL DEFAULT 0,
    "fileSha256" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ManualForm_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ManualForm" ("code", "id", "nameEn", "nameTh", "position", "url", "versionId") SELECT "code", "id", "nameEn", "nameTh", "position", "url", "versionId" FROM "ManualForm";
DROP TABLE "ManualForm";
ALTER TABLE "new_ManualForm" RENAME TO "ManualForm";
CREATE INDEX "ManualForm_versionId_idx" ON "ManualForm"("versionId");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "agencyId" TEXT,
    "serviceCenterId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" DATETIME,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "User_serviceCenterId_fkey" FOREIGN KEY ("serviceCenterId") REFERENCES "ServiceCenter" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("active", "agencyId", "createdAt", "email", "failedLogins", "id", "lockedUntil", "name", "passwordHash", "role", "serviceCenterId") SELECT "active", "agencyId", "createdAt", "email", "failedLogins", "id", "lockedUntil", "name", "passwordHash", "role", "serviceCenterId" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_entity_at_idx" ON "AuditEntry"("entity", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

