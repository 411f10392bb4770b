// What "whole" means after a crash (decision 0015), as SQL: each query returns the rows that
// break one rule, so an empty result is a pass and a non-empty one names the culprits.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { formatTrackingNumber } from "~/domain/requests/tracking-number";
import type { sql } from "./support";

type Db = ReturnType<typeof sql>;

export const WHOLENESS_RULES: Record<string, string> = {
  // Children without their request (the foreign keys should make these impossible).
  "documents without a request": `SELECT d."id" FROM "RequestDocument" d LEFT JOIN "Request" r ON r."id" = d."requestId" WHERE r."id" IS NULL`,
  "events without a request": `SELECT e."id" FROM "RequestEvent" e LEFT JOIN "Request" r ON r."id" = e."requestId" WHERE r."id" IS NULL`,
  "notices without a request": `SELECT n."id" FROM "Notice" n LEFT JOIN "Request" r ON r."id" = n."requestId" WHERE r."id" IS NULL`,
  "files without a request or draft": `SELECT f."id" FROM "StoredFile" f LEFT JOIN "Request" r ON r."id" = f."requestId" LEFT JOIN "ApplicationDraft" a ON a."id" = f."draftId" WHERE r."id" IS NULL AND a."id" IS NULL`,
  "deficiency records without a request": `SELECT d."id" FROM "DeficiencyRecord" d LEFT JOIN "Request" r ON r."id" = d."requestId" WHERE r."id" IS NULL`,
  // Every request carries what its filing transaction wrote.
  "requests without exactly one submitted event": `SELECT r."trackingNumber" FROM "Request" r WHERE (SELECT count(*) FROM "RequestEvent" e WHERE e."requestId" = r."id" AND e."type" = 'submitted') <> 1`,
  "counter requests without their accepted or deficiency event": `SELECT r."trackingNumber" FROM "Request" r WHERE r."channel" = 'counter' AND NOT EXISTS (SELECT 1 FROM "RequestEvent" e WHERE e."requestId" = r."id" AND e."type" IN ('accepted','deficiency_recorded') AND e."toStatus" = r."status")`,
  "requests without exactly one receipt notice": `SELECT r."trackingNumber" FROM "Request" r WHERE (SELECT count(*) FROM "Notice" n WHERE n."requestId" = r."id" AND n."kind" = 'receipt') <> 1`,
  "counter requests whose checklist is not the manual's": `SELECT r."trackingNumber" FROM "Request" r WHERE r."channel" = 'counter' AND (SELECT count(*) FROM "RequestDocument" d WHERE d."requestId" = r."id") <> (SELECT count(*) FROM "ManualDocument" m WHERE m."versionId" = r."manualVersionId")`,
  "incomplete requests without their deficiency record and notice": `SELECT r."trackingNumber" FROM "Request" r WHERE r."status" = 'incomplete' AND (NOT EXISTS (SELECT 1 FROM "DeficiencyRecord" d WHERE d."requestId" = r."id" AND d."sequence" = 1) OR NOT EXISTS (SELECT 1 FROM "Notice" n WHERE n."requestId" = r."id" AND n."kind" = 'deficiency'))`,
  "accepted requests without a due date": `SELECT r."trackingNumber" FROM "Request" r WHERE r."status" = 'accepted' AND (r."dueDate" IS NULL OR r."completeOn" IS NULL)`,
  "online requests whose draft does not point back": `SELECT r."trackingNumber" FROM "Request" r WHERE r."channel" = 'online' AND NOT EXISTS (SELECT 1 FROM "ApplicationDraft" a WHERE 'online-' || a."id" = r."idempotencyKey" AND a."trackingNumber" = r."trackingNumber")`,
  "submitted drafts without their request": `SELECT a."id" FROM "ApplicationDraft" a WHERE a."trackingNumber" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Request" r WHERE r."trackingNumber" = a."trackingNumber")`,
  "requests committed under a provisional number": `SELECT r."trackingNumber" FROM "Request" r WHERE r."trackingNumber" LIKE 'PROVISIONAL-%'`,
  "submitted drafts that still hold files": `SELECT a."id" FROM "ApplicationDraft" a JOIN "StoredFile" f ON f."draftId" = a."id" WHERE a."trackingNumber" IS NOT NULL`,
};

/** Every rule's offending rows, plus SQLite's own checks, sequence gaps and file presence. */
export async function wholenessProblems(db: Db, uploadDir: string): Promise<Record<string, unknown[]>> {
  const problems: Record<string, unknown[]> = {};
  for (const [rule, query] of Object.entries(WHOLENESS_RULES)) {
    const rows = await db.rows(query);
    if (rows.length) problems[rule] = rows;
  }
  // SQLite's own checks (PostgreSQL enforces foreign keys on every statement and has no cheap
  // whole-file check: a crash of the app cannot corrupt its files).
  if (db.provider === "sqlite") {
    const integrity = await db.rows<{ integrity_check: string }>("PRAGMA integrity_check");
    if (integrity.map((r) => r.integrity_check).join() !== "ok") problems["integrity_check"] = integrity;
    const fk = await db.rows("PRAGMA foreign_key_check");
    if (fk.length) problems["foreign_key_check"] = fk;
  }

  // Tracking numbers: the issued numbers of each series are exactly 1 … next-1 (minus the
  // sequences MOD 37-2 skips), each used once — the counter and the request commit together;
  // no provisional number (decision 0016) is ever committed.
  for (const s of await db.rows<{ serviceCenterCode: string; buddhistYear: number; next: number }>(`SELECT "serviceCenterCode", "buddhistYear", "next" FROM "TrackingSequence"`)) {
    const expected = new Set<string>();
    for (let i = 1; i < Number(s.next); i++) {
      const n = formatTrackingNumber({ center: s.serviceCenterCode, buddhistYear: Number(s.buddhistYear), sequence: i });
      if (n) expected.add(n);
    }
    // A bundle of several permits takes its own number from the same series (decision 0017).
    const actual = (
      await db.rows<{ trackingNumber: string }>(`SELECT "trackingNumber" FROM "Request" WHERE "trackingNumber" LIKE ? UNION ALL SELECT "trackingNumber" FROM "Bundle" WHERE "trackingNumber" LIKE ?`, [
        `${s.serviceCenterCode}-${s.buddhistYear}-%`,
        `${s.serviceCenterCode}-${s.buddhistYear}-%`,
      ])
    ).map((r) => r.trackingNumber);
    const missing = [...expected].filter((n) => !actual.includes(n));
    const extra = actual.filter((n) => !expected.has(n));
    if (missing.length || extra.length || new Set(actual).size !== actual.length) problems[`tracking series ${s.serviceCenterCode}-${s.buddhistYear}`] = [{ missing, extra }];
  }

  // Files: every stored file's bytes are on disk, and no bytes lie there without a row.
  const keys = (await db.rows<{ storageKey: string }>(`SELECT "storageKey" FROM "StoredFile"`)).map((r) => r.storageKey);
  const absent = keys.filter((k) => !existsSync(path.join(uploadDir, k)));
  if (absent.length) problems["stored files missing on disk"] = absent;
  const onDisk = existsSync(uploadDir) ? readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : [];
  const known = new Set(keys.map((k) => path.join(uploadDir, k)));
  const stray = onDisk.map((e) => path.join(e.parentPath, e.name)).filter((p) => !known.has(p));
  if (stray.length) problems["files on disk without a row"] = stray;
  return problems;
}
