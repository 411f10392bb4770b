-- Indexed substring search of the catalogue (decision 0018). Written by hand: the datamodel
-- did not change and Prisma cannot express an operator class, so a later datamodel diff
-- never sees, and never drops, this index.
--
-- A GIN trigram index on ManualVersion."searchText" (NFC, lower-cased, sara am unified;
-- decision 0002) serves `"searchText" LIKE '%term%' ESCAPE '\'` for terms of 3 characters or
-- more, with an exact recheck of each candidate row. Thai is indexed only when the database's
-- LC_CTYPE is a UTF-8 locale (C.UTF-8, th_TH.UTF-8, …): there Thai letters, vowels and tone
-- marks are word characters to pg_trgm; under LC_CTYPE=C they are not, no Thai trigram is
-- extracted, and a Thai search is still correct but falls back to a scan. pg_trgm is a
-- trusted extension: the database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Existing rows are indexed as the index is built; new ones by PostgreSQL itself.
CREATE INDEX "ManualVersion_searchText_trgm_idx" ON "ManualVersion" USING GIN ("searchText" gin_trgm_ops);
