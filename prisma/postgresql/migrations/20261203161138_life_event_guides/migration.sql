-- AlterTable
ALTER TABLE "Request" ADD COLUMN     "bundleId" TEXT;

-- CreateTable
CREATE TABLE "Guide" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleTh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "summaryTh" TEXT NOT NULL DEFAULT '',
    "summaryEn" TEXT NOT NULL DEFAULT '',
    "definition" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Guide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bundle" (
    "id" TEXT NOT NULL,
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
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bundle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Guide_slug_key" ON "Guide"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Bundle_trackingNumber_key" ON "Bundle"("trackingNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Bundle_idempotencyKey_key" ON "Bundle"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Bundle_serviceCenterId_receivedOn_idx" ON "Bundle"("serviceCenterId", "receivedOn");

-- CreateIndex
CREATE INDEX "Request_bundleId_idx" ON "Request"("bundleId");

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_bundleId_fkey" FOREIGN KEY ("bundleId") REFERENCES "Bundle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bundle" ADD CONSTRAINT "Bundle_serviceCenterId_fkey" FOREIGN KEY ("serviceCenterId") REFERENCES "ServiceCenter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

