-- Full-text search over provisions (issue 6). Two expression indexes, so the Prisma schema
-- and the seed stay unchanged; lib/db/explorer.ts repeats these expressions verbatim so the
-- planner can use them.

-- Ranked text search: citation and title weigh more (A) than the summary (B). The 'english'
-- configuration stems "assessments" to "assess"; it ships with Postgres and with PGlite 0.3.
CREATE INDEX "Provision_search_document_idx" ON "Provision" USING GIN (
  (setweight(to_tsvector('english', "citation" || ' ' || "title"), 'A') || setweight(to_tsvector('english', "summary"), 'B'))
);

-- Citation look-up: "Art. 26(1)" → "art 26 1", "6-1-1703(3)(a)" → "6 1 1703 3 a", so "Art. 26"
-- and "6-1-1703" match exactly or as a prefix at a token boundary (text_pattern_ops serves LIKE 'x%').
CREATE INDEX "Provision_citation_normalised_idx" ON "Provision" (
  (btrim(lower(regexp_replace("citation", '[^A-Za-z0-9]+', ' ', 'g')))) text_pattern_ops
);
