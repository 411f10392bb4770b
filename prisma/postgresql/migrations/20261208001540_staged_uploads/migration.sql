-- CreateTable
CREATE TABLE "StagedUpload" (
    "id" TEXT NOT NULL,
    "formKeyHash" TEXT NOT NULL,
    "lineId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StagedUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StagedUpload_storageKey_key" ON "StagedUpload"("storageKey");

-- CreateIndex
CREATE INDEX "StagedUpload_createdAt_idx" ON "StagedUpload"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StagedUpload_formKeyHash_lineId_sha256_key" ON "StagedUpload"("formKeyHash", "lineId", "sha256");

