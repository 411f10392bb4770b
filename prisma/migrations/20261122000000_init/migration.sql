-- CreateTable
CREATE TABLE "Ministry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "ministryId" TEXT NOT NULL,
    "parentId" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "addressTh" TEXT,
    "addressEn" TEXT,
    CONSTRAINT "Agency_ministryId_fkey" FOREIGN KEY ("ministryId") REFERENCES "Ministry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceCenter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "addressTh" TEXT NOT NULL,
    "addressEn" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "opensAt" TEXT NOT NULL DEFAULT '08:30',
    "closesAt" TEXT NOT NULL DEFAULT '16:30',
    "lunchStart" TEXT DEFAULT '12:00',
    "lunchEnd" TEXT DEFAULT '13:00'
);

-- CreateTable
CREATE TABLE "Permit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "popularity" INTEGER NOT NULL DEFAULT 0,
    "currentVersionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Permit_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Permit_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "ManualVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PermitServiceCenter" (
    "permitId" TEXT NOT NULL,
    "serviceCenterId" TEXT NOT NULL,

    PRIMARY KEY ("permitId", "serviceCenterId"),
    CONSTRAINT "PermitServiceCenter_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PermitServiceCenter_serviceCenterId_fkey" FOREIGN KEY ("serviceCenterId") REFERENCES "ServiceCenter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ManualVersion" (
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
    CONSTRAINT "ManualVersion_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ManualLaw" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "titleTh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    CONSTRAINT "ManualLaw_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ManualChannel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "serviceCenterId" TEXT,
    "placeTh" TEXT NOT NULL,
    "placeEn" TEXT NOT NULL,
    "hoursTh" TEXT NOT NULL,
    "hoursEn" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "url" TEXT NOT NULL DEFAULT '',
    "remarkTh" TEXT NOT NULL DEFAULT '',
    "remarkEn" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ManualChannel_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ManualStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "titleTh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionTh" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "durationValue" INTEGER NOT NULL,
    "durationUnit" TEXT NOT NULL,
    "responsibleTh" TEXT NOT NULL,
    "responsibleEn" TEXT NOT NULL,
    "remarkTh" TEXT NOT NULL DEFAULT '',
    "remarkEn" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ManualStep_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ManualDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "group" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "issuerTh" TEXT NOT NULL,
    "issuerEn" TEXT NOT NULL,
    "originals" INTEGER NOT NULL,
    "copies" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "conditionTh" TEXT NOT NULL DEFAULT '',
    "conditionEn" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ManualDocument_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ManualFee" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "descriptionTh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "amount" REAL,
    "amountMin" REAL,
    "amountMax" REAL,
    "percent" REAL,
    "remarkTh" TEXT NOT NULL DEFAULT '',
    "remarkEn" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ManualFee_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ManualComplaintChannel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "detailTh" TEXT NOT NULL,
    "detailEn" TEXT NOT NULL,
    CONSTRAINT "ManualComplaintChannel_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ManualForm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL DEFAULT '',
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "url" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ManualForm_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "date" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Ministry_code_key" ON "Ministry"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- CreateIndex
CREATE INDEX "Agency_ministryId_idx" ON "Agency"("ministryId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceCenter_code_key" ON "ServiceCenter"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Permit_slug_key" ON "Permit"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Permit_currentVersionId_key" ON "Permit"("currentVersionId");

-- CreateIndex
CREATE INDEX "Permit_agencyId_idx" ON "Permit"("agencyId");

-- CreateIndex
CREATE INDEX "Permit_category_idx" ON "Permit"("category");

-- CreateIndex
CREATE INDEX "Permit_kind_idx" ON "Permit"("kind");

-- CreateIndex
CREATE INDEX "PermitServiceCenter_serviceCenterId_idx" ON "PermitServiceCenter"("serviceCenterId");

-- CreateIndex
CREATE UNIQUE INDEX "ManualVersion_permitId_version_key" ON "ManualVersion"("permitId", "version");

-- CreateIndex
CREATE INDEX "ManualLaw_versionId_idx" ON "ManualLaw"("versionId");

-- CreateIndex
CREATE INDEX "ManualChannel_versionId_idx" ON "ManualChannel"("versionId");

-- CreateIndex
CREATE INDEX "ManualStep_versionId_idx" ON "ManualStep"("versionId");

-- CreateIndex
CREATE INDEX "ManualDocument_versionId_idx" ON "ManualDocument"("versionId");

-- CreateIndex
CREATE INDEX "ManualFee_versionId_idx" ON "ManualFee"("versionId");

-- CreateIndex
CREATE INDEX "ManualComplaintChannel_versionId_idx" ON "ManualComplaintChannel"("versionId");

-- CreateIndex
CREATE INDEX "ManualForm_versionId_idx" ON "ManualForm"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_date_key" ON "Holiday"("date");

