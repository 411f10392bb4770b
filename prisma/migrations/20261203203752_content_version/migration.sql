-- CreateTable
CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0
);


-- Written by hand below (decision 0019): the one row, and the triggers that raise it whenever a
-- table the public pages show is written, whoever writes it (the admin screens, the seed, a
-- script). Drafts of manuals are not public: ManualVersion counts only rows that are or were
-- published; their child rows belong to a draft until it is published, and publishing updates
-- ManualVersion and Permit.
INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 0);

CREATE TRIGGER "ContentVersion_Ministry_insert" AFTER INSERT ON "Ministry"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Ministry_update" AFTER UPDATE ON "Ministry"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Ministry_delete" AFTER DELETE ON "Ministry"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Agency_insert" AFTER INSERT ON "Agency"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Agency_update" AFTER UPDATE ON "Agency"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Agency_delete" AFTER DELETE ON "Agency"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_ServiceCenter_insert" AFTER INSERT ON "ServiceCenter"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_ServiceCenter_update" AFTER UPDATE ON "ServiceCenter"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_ServiceCenter_delete" AFTER DELETE ON "ServiceCenter"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Permit_insert" AFTER INSERT ON "Permit"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Permit_update" AFTER UPDATE ON "Permit"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Permit_delete" AFTER DELETE ON "Permit"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_PermitServiceCenter_insert" AFTER INSERT ON "PermitServiceCenter"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_PermitServiceCenter_update" AFTER UPDATE ON "PermitServiceCenter"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_PermitServiceCenter_delete" AFTER DELETE ON "PermitServiceCenter"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Holiday_insert" AFTER INSERT ON "Holiday"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Holiday_update" AFTER UPDATE ON "Holiday"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Holiday_delete" AFTER DELETE ON "Holiday"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Guide_insert" AFTER INSERT ON "Guide"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Guide_update" AFTER UPDATE ON "Guide"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_Guide_delete" AFTER DELETE ON "Guide"
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_ManualVersion_insert" AFTER INSERT ON "ManualVersion"
WHEN new."status" = 'published'
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_ManualVersion_update" AFTER UPDATE ON "ManualVersion"
WHEN new."status" = 'published' OR old."status" = 'published'
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ContentVersion_ManualVersion_delete" AFTER DELETE ON "ManualVersion"
WHEN old."status" = 'published'
BEGIN
  INSERT OR IGNORE INTO "ContentVersion" ("id", "version") VALUES (1, 0);
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
