-- Optimistic concurrency on checklist items: each write carries the version it read.
ALTER TABLE "ChecklistItem" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- Soft delete: a deleted system stays restorable for 30 days, then it is purged.
ALTER TABLE "SystemProfile" ADD COLUMN "deletedAt" TIMESTAMP(3);
CREATE INDEX "SystemProfile_deletedAt_idx" ON "SystemProfile"("deletedAt");

-- Audit trail: who changed what and when, written in the same transaction as the change.
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "actor" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "AuditEvent_systemId_at_idx" ON "AuditEvent"("systemId", "at");
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "SystemProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
