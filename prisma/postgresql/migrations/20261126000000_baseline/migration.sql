-- CreateTable
CREATE TABLE "Ministry" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Ministry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "ministryId" TEXT NOT NULL,
    "parentId" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "addressTh" TEXT,
    "addressEn" TEXT,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceCenter" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "addressTh" TEXT NOT NULL,
    "addressEn" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "opensAt" TEXT NOT NULL DEFAULT '08:30',
    "closesAt" TEXT NOT NULL DEFAULT '16:30',
    "lunchStart" TEXT DEFAULT '12:00',
    "lunchEnd" TEXT DEFAULT '13:00',

    CONSTRAINT "ServiceCenter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Permit" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "popularity" INTEGER NOT NULL DEFAULT 0,
    "currentVersionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Permit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PermitServiceCenter" (
    "permitId" TEXT NOT NULL,
    "serviceCenterId" TEXT NOT NULL,

    CONSTRAINT "PermitServiceCenter_pkey" PRIMARY KEY ("permitId","serviceCenterId")
);

-- CreateTable
CREATE TABLE "ManualVersion" (
    "id" TEXT NOT NULL,
    "permitId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "publishedById" TEXT,

    CONSTRAINT "ManualVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManualLaw" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "titleTh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,

    CONSTRAINT "ManualLaw_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManualChannel" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "ManualChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManualStep" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "ManualStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManualDocument" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "ManualDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManualFee" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "descriptionTh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "amount" DOUBLE PRECISION,
    "amountMin" DOUBLE PRECISION,
    "amountMax" DOUBLE PRECISION,
    "percent" DOUBLE PRECISION,
    "remarkTh" TEXT NOT NULL DEFAULT '',
    "remarkEn" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ManualFee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManualComplaintChannel" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "detailTh" TEXT NOT NULL,
    "detailEn" TEXT NOT NULL,

    CONSTRAINT "ManualComplaintChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManualForm" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "ManualForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "agencyId" TEXT,
    "serviceCenterId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMP(3),
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackingSequence" (
    "serviceCenterCode" TEXT NOT NULL,
    "buddhistYear" INTEGER NOT NULL,
    "next" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TrackingSequence_pkey" PRIMARY KEY ("serviceCenterCode","buddhistYear")
);

-- CreateTable
CREATE TABLE "Request" (
    "id" TEXT NOT NULL,
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
    "receivedAt" TIMESTAMP(3) NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "eventSeq" INTEGER NOT NULL DEFAULT 0,
    "eventHash" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestStep" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "titleTh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "unitTh" TEXT NOT NULL DEFAULT '',
    "unitEn" TEXT NOT NULL DEFAULT '',
    "dueDate" TEXT NOT NULL,
    "completedOn" TEXT,
    "completedById" TEXT,

    CONSTRAINT "RequestStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestNote" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "RequestNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestDocument" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "manualDocumentId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "RequestDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeficiencyRecord" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 1,
    "issuedOn" TEXT NOT NULL,
    "cureDeadline" TEXT NOT NULL,
    "officerSignature" TEXT,
    "applicantSignature" TEXT,
    "signedOnPaper" BOOLEAN NOT NULL DEFAULT false,
    "acknowledgedAt" TIMESTAMP(3),
    "exceptionReason" TEXT,
    "exceptionApprovedBy" TEXT,
    "curedOn" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeficiencyRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeficiencyItem" (
    "id" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "manualDocumentId" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "suppliedOn" TEXT,

    CONSTRAINT "DeficiencyItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestEvent" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT,
    "actorRole" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "RequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "period" INTEGER NOT NULL DEFAULT 0,
    "dueOn" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "recipients" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "lastError" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL DEFAULT '',
    "copyTo" TEXT NOT NULL DEFAULT '',
    "releasedById" TEXT,

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "manualDocumentId" TEXT NOT NULL,
    "draftId" TEXT,
    "requestId" TEXT,
    "uploadedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDraft" (
    "id" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "permitId" TEXT NOT NULL,
    "manualVersionId" TEXT NOT NULL,
    "data" TEXT NOT NULL DEFAULT '{}',
    "email" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'th',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "trackingNumber" TEXT,

    CONSTRAINT "ApplicationDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT,
    "actorRole" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "before" TEXT NOT NULL DEFAULT '',
    "after" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
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

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Request_trackingNumber_key" ON "Request"("trackingNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Request_idempotencyKey_key" ON "Request"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Request_status_dueDate_idx" ON "Request"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Request_serviceCenterId_receivedOn_idx" ON "Request"("serviceCenterId", "receivedOn");

-- CreateIndex
CREATE INDEX "Request_agencyId_status_idx" ON "Request"("agencyId", "status");

-- CreateIndex
CREATE INDEX "Request_agencyId_dueDate_idx" ON "Request"("agencyId", "dueDate");

-- CreateIndex
CREATE INDEX "Request_serviceCenterId_status_dueDate_idx" ON "Request"("serviceCenterId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Request_permitId_receivedOn_idx" ON "Request"("permitId", "receivedOn");

-- CreateIndex
CREATE INDEX "Request_status_resultNoticeDueOn_idx" ON "Request"("status", "resultNoticeDueOn");

-- CreateIndex
CREATE UNIQUE INDEX "RequestStep_requestId_position_key" ON "RequestStep"("requestId", "position");

-- CreateIndex
CREATE INDEX "RequestNote_requestId_idx" ON "RequestNote"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "RequestDocument_requestId_manualDocumentId_key" ON "RequestDocument"("requestId", "manualDocumentId");

-- CreateIndex
CREATE INDEX "DeficiencyRecord_cureDeadline_idx" ON "DeficiencyRecord"("cureDeadline");

-- CreateIndex
CREATE UNIQUE INDEX "DeficiencyRecord_requestId_sequence_key" ON "DeficiencyRecord"("requestId", "sequence");

-- CreateIndex
CREATE INDEX "RequestEvent_requestId_at_idx" ON "RequestEvent"("requestId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "RequestEvent_requestId_seq_key" ON "RequestEvent"("requestId", "seq");

-- CreateIndex
CREATE INDEX "Notice_state_nextAttemptAt_idx" ON "Notice"("state", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Notice_kind_state_dueOn_idx" ON "Notice"("kind", "state", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "Notice_requestId_kind_period_key" ON "Notice"("requestId", "kind", "period");

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

-- CreateIndex
CREATE UNIQUE INDEX "AuditEntry_seq_key" ON "AuditEntry"("seq");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_entity_at_idx" ON "AuditEntry"("entity", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_ministryId_fkey" FOREIGN KEY ("ministryId") REFERENCES "Ministry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Permit" ADD CONSTRAINT "Permit_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Permit" ADD CONSTRAINT "Permit_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "ManualVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitServiceCenter" ADD CONSTRAINT "PermitServiceCenter_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitServiceCenter" ADD CONSTRAINT "PermitServiceCenter_serviceCenterId_fkey" FOREIGN KEY ("serviceCenterId") REFERENCES "ServiceCenter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualVersion" ADD CONSTRAINT "ManualVersion_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualLaw" ADD CONSTRAINT "ManualLaw_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualChannel" ADD CONSTRAINT "ManualChannel_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualStep" ADD CONSTRAINT "ManualStep_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualDocument" ADD CONSTRAINT "ManualDocument_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualFee" ADD CONSTRAINT "ManualFee_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualComplaintChannel" ADD CONSTRAINT "ManualComplaintChannel_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualForm" ADD CONSTRAINT "ManualForm_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ManualVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_serviceCenterId_fkey" FOREIGN KEY ("serviceCenterId") REFERENCES "ServiceCenter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_manualVersionId_fkey" FOREIGN KEY ("manualVersionId") REFERENCES "ManualVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_serviceCenterId_fkey" FOREIGN KEY ("serviceCenterId") REFERENCES "ServiceCenter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestStep" ADD CONSTRAINT "RequestStep_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestNote" ADD CONSTRAINT "RequestNote_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestDocument" ADD CONSTRAINT "RequestDocument_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeficiencyRecord" ADD CONSTRAINT "DeficiencyRecord_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeficiencyItem" ADD CONSTRAINT "DeficiencyItem_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "DeficiencyRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "ApplicationDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

