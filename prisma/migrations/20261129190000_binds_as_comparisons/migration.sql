-- Who a provision binds in the instrument's own words ("large frontier developer", "business").
ALTER TABLE "Provision" ADD COLUMN "bindsAs" TEXT;
-- Where two mapped duties differ in strength: [{ parameter, source, target, stricter, note? }].
ALTER TABLE "Mapping" ADD COLUMN "comparisons" JSONB;
