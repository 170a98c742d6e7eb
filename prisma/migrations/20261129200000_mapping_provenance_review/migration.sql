-- Who or what made a mapping and when: { kind, createdOn?, evidence: [{ source, version?, locator?, licence, url? }] }.
ALTER TABLE "Mapping" ADD COLUMN "origin" JSONB;
-- Whether a reviewer confirmed it: { status, by?, on?, note? }; the status is also a column for the review queue.
ALTER TABLE "Mapping" ADD COLUMN "review" JSONB;
ALTER TABLE "Mapping" ADD COLUMN "reviewStatus" TEXT NOT NULL DEFAULT 'unreviewed';
-- Two provisions that conflict rather than nest: { description }.
ALTER TABLE "Mapping" ADD COLUMN "conflict" JSONB;
CREATE INDEX "Mapping_reviewStatus_confidence_idx" ON "Mapping"("reviewStatus", "confidence");
