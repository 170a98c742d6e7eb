-- A concept can record that no provision covers it yet (an interoperability gap).
ALTER TABLE "Concept" ADD COLUMN "uncoveredNote" TEXT;
