-- CreateTable
CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ContentVersion_pkey" PRIMARY KEY ("id")
);


-- Written by hand below (decision 0019): the one row, and the triggers that raise it whenever a
-- table the public pages show is written, whoever writes it (the admin screens, the seed, a
-- script). Drafts of manuals are not public: ManualVersion counts only rows that are or were
-- published; their child rows belong to a draft until it is published, and publishing updates
-- ManualVersion and Permit. The row's lock is held to the writer's commit, so content writers
-- queue on it; they are administrators, and rare.
INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "anuyat_bump_content_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 1)
  ON CONFLICT ("id") DO UPDATE SET "version" = "ContentVersion"."version" + 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ContentVersion_Ministry" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Ministry"
FOR EACH STATEMENT EXECUTE FUNCTION "anuyat_bump_content_version"();

CREATE TRIGGER "ContentVersion_Agency" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Agency"
FOR EACH STATEMENT EXECUTE FUNCTION "anuyat_bump_content_version"();

CREATE TRIGGER "ContentVersion_ServiceCenter" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ServiceCenter"
FOR EACH STATEMENT EXECUTE FUNCTION "anuyat_bump_content_version"();

CREATE TRIGGER "ContentVersion_Permit" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Permit"
FOR EACH STATEMENT EXECUTE FUNCTION "anuyat_bump_content_version"();

CREATE TRIGGER "ContentVersion_PermitServiceCenter" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PermitServiceCenter"
FOR EACH STATEMENT EXECUTE FUNCTION "anuyat_bump_content_version"();

CREATE TRIGGER "ContentVersion_Holiday" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Holiday"
FOR EACH STATEMENT EXECUTE FUNCTION "anuyat_bump_content_version"();

CREATE TRIGGER "ContentVersion_Guide" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Guide"
FOR EACH STATEMENT EXECUTE FUNCTION "anuyat_bump_content_version"();

CREATE TRIGGER "ContentVersion_ManualVersion_insert" AFTER INSERT ON "ManualVersion"
FOR EACH ROW WHEN (NEW."status" = 'published') EXECUTE FUNCTION "anuyat_bump_content_version"();

CREATE TRIGGER "ContentVersion_ManualVersion_update" AFTER UPDATE ON "ManualVersion"
FOR EACH ROW WHEN (NEW."status" = 'published' OR OLD."status" = 'published') EXECUTE FUNCTION "anuyat_bump_content_version"();

CREATE TRIGGER "ContentVersion_ManualVersion_delete" AFTER DELETE ON "ManualVersion"
FOR EACH ROW WHEN (OLD."status" = 'published') EXECUTE FUNCTION "anuyat_bump_content_version"();
