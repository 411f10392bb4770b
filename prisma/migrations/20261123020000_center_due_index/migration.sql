-- CreateIndex
CREATE INDEX "Request_serviceCenterId_status_dueDate_idx" ON "Request"("serviceCenterId", "status", "dueDate");

