import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  auditPayload,
  checkHead,
  checkLink,
  describeFault,
  eventPayload,
  firstFault,
  GENESIS,
  seal,
  type AuditFields,
  type EventFields,
} from "./chain";

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

const event: EventFields = {
  requestId: "req1",
  at: new Date("2026-04-09T03:00:00.000Z"),
  actorId: "user1",
  actorRole: "counter",
  type: "received",
  fromStatus: null,
  toStatus: "received",
  note: "ยื่นที่เคาน์เตอร์",
};
const hashOf = (e: EventFields, seq = 1, prev = "") => sha256(eventPayload(e, seq, prev));

const audit: AuditFields = {
  at: new Date("2026-04-09T03:00:00.000Z"),
  actorId: "admin1",
  actorRole: "admin",
  entity: "holiday",
  entityId: "h1",
  action: "update",
  label: "2026-06-10",
  before: '{"nameTh":"วันหยุด"}',
  after: '{"nameTh":"วันหยุดชดเชย"}',
};

// O1: who, when, from, to, why — every one of them is covered by the hash.
describe("event hash (decision 0013)", () => {
  it("is SHA-256 hex of a fixed, versioned payload (stored hashes depend on it: change only with a new version tag)", () => {
    expect(eventPayload(event, 1, "")).toBe('["event/1","req1",1,"2026-04-09T03:00:00.000Z","user1","counter","received",null,"received","ยื่นที่เคาน์เตอร์",""]');
    expect(hashOf(event)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOf(event)).toBe(hashOf({ ...event }));
  });

  it.each<[string, Partial<EventFields>]>([
    ["requestId", { requestId: "req2" }],
    ["at (one millisecond)", { at: new Date("2026-04-09T03:00:00.001Z") }],
    ["actorId", { actorId: "user2" }],
    ["actorId → none", { actorId: null }],
    ["actorRole", { actorRole: "supervisor" }],
    ["type", { type: "accepted" }],
    ["fromStatus", { fromStatus: "received" }],
    ["toStatus", { toStatus: "accepted" }],
    ["toStatus → none", { toStatus: null }],
    ["note", { note: "ยื่นที่เคาน์เตอร์ " }],
    ["note: a zero-width space", { note: "ยื่นที่\u200bเคาน์เตอร์" }],
    ["note: empty", { note: "" }],
  ])("changes when %s changes", (_, change) => {
    expect(hashOf({ ...event, ...change })).not.toBe(hashOf(event));
  });

  it("changes with seq and with the previous hash", () => {
    expect(hashOf(event, 2)).not.toBe(hashOf(event, 1));
    expect(hashOf(event, 1, "a".repeat(64))).not.toBe(hashOf(event, 1, ""));
  });

  it("cannot be matched by moving text between fields (JSON quoting keeps the boundaries)", () => {
    const a = { ...event, actorRole: 'counter","received', type: "" };
    const b = { ...event, actorRole: "counter", type: 'received","' };
    expect(new Set([hashOf(event), hashOf(a), hashOf(b)]).size).toBe(3);
    expect(hashOf({ ...event, fromStatus: "null" })).not.toBe(hashOf({ ...event, fromStatus: null }));
  });

  it.each([
    ["Latin é composed vs decomposed (canonically equivalent)", "caf\u00e9", "cafe\u0301"],
    ["Thai น้ำ typed as nikhahit + sara aa vs sara am", "\u0e19\u0e49\u0e33", "\u0e19\u0e4d\u0e49\u0e32"],
    ["Thai tone mark before vs after the vowel", "\u0e01\u0e48\u0e35", "\u0e01\u0e35\u0e48"],
  ])("hashes the exact stored string, without normalising: %s differ", (_, x, y) => {
    expect(x).not.toBe(y);
    expect(hashOf({ ...event, note: x })).not.toBe(hashOf({ ...event, note: y }));
    expect(hashOf({ ...event, note: x })).toBe(hashOf({ ...event, note: `${x}` }));
  });
});

describe("audit entry hash", () => {
  it.each<[string, Partial<AuditFields>]>([
    ["at", { at: new Date("2026-04-10T03:00:00.000Z") }],
    ["actorId", { actorId: null }],
    ["actorRole", { actorRole: "editor" }],
    ["entity", { entity: "user" }],
    ["entityId", { entityId: "h2" }],
    ["action", { action: "delete" }],
    ["label", { label: "2026-06-11" }],
    ["before", { before: '{"nameTh":"วันหยุด "}' }],
    ["after", { after: "" }],
  ])("changes when %s changes", (_, change) => {
    expect(sha256(auditPayload({ ...audit, ...change }, 7, "p"))).not.toBe(sha256(auditPayload(audit, 7, "p")));
  });

  it("differs from an event's payload even with equal strings (tagged)", () => {
    expect(auditPayload(audit, 1, "").startsWith('["audit/1",1,')).toBe(true);
  });
});

describe("sealing and checking a chain", () => {
  const second = { ...event, type: "accepted", fromStatus: "received", toStatus: "accepted", note: "due 2026-05-07" };
  const third = { ...event, type: "decided", fromStatus: "in_review", toStatus: "approved", note: "" };
  const payload = (e: EventFields, seq: number, prev: string) => eventPayload(e, seq, prev);
  const chain = () => seal(GENESIS, [event, second, third], payload, sha256);
  const stored = (links: ReturnType<typeof chain>["sealed"]) => links.map((l) => ({ ...l, payload: eventPayload(l, l.seq, l.prevHash) }));

  it("numbers links from 1 and links each to the one before", () => {
    const { sealed, head } = chain();
    expect(sealed.map((l) => l.seq)).toEqual([1, 2, 3]);
    expect(sealed[0].prevHash).toBe("");
    expect(sealed[1].prevHash).toBe(sealed[0].hash);
    expect(head).toEqual({ seq: 3, hash: sealed[2].hash });
    expect(firstFault(stored(sealed), head, sha256)).toBeNull();
  });

  it("continues from a head: appending in two batches gives the same chain as one", () => {
    const one = seal(GENESIS, [event], payload, sha256);
    const two = seal(one.head, [second, third], payload, sha256);
    expect(two.head).toEqual(chain().head);
  });

  it("order matters: the same events in another order end at another head", () => {
    expect(seal(GENESIS, [second, event, third], payload, sha256).head.hash).not.toBe(chain().head.hash);
  });

  it.each<[string, (l: ReturnType<typeof stored>) => ReturnType<typeof stored>, { seq: number; reason: string } | null]>([
    ["untouched", (l) => l, null],
    ["a note changed", (l) => l.map((x) => (x.seq === 2 ? { ...x, payload: eventPayload({ ...x, note: "due 2026-06-07" }, 2, x.prevHash) } : x)), { seq: 2, reason: "hash_mismatch" }],
    ["the middle link deleted", (l) => l.filter((x) => x.seq !== 2), { seq: 2, reason: "gap" }],
    ["two links swapped (seq renumbered)", (l) => [l[0], { ...l[2], seq: 2 }, { ...l[1], seq: 3 }].map((x) => ({ ...x, payload: eventPayload(x, x.seq, x.prevHash) })), { seq: 2, reason: "hash_mismatch" }],
    [
      "a link changed and re-sealed (its own hash is right, the next link's prevHash is not)",
      (l) => {
        const changed = { ...l[1], note: "forged" };
        const hash = sha256(eventPayload(changed, 2, changed.prevHash));
        return [l[0], { ...changed, hash, payload: eventPayload(changed, 2, changed.prevHash) }, l[2]];
      },
      { seq: 3, reason: "prev_mismatch" },
    ],
    ["the first link deleted", (l) => l.slice(1), { seq: 1, reason: "gap" }],
    ["an unsealed legacy row", (l) => [{ ...l[0], hash: "", prevHash: "" }, ...l.slice(1)], { seq: 1, reason: "unsealed" }],
    ["the tail deleted", (l) => l.slice(0, 2), { seq: 3, reason: "head_mismatch" }],
    ["every link deleted", () => [], { seq: 1, reason: "head_mismatch" }],
  ])("%s → %o", (_, tamper, expected) => {
    const { sealed, head } = chain();
    const fault = firstFault(tamper(stored(sealed)), head, sha256);
    expect(fault && { seq: fault.seq, reason: fault.reason }).toEqual(expected);
    if (fault) expect(describeFault(fault)).toMatch(new RegExp(`^seq ${fault.seq}: `));
  });

  it("a link appended behind the head's back, or a re-sealed last link, fails the head", () => {
    const { head } = chain();
    expect(checkHead({ seq: 4, hash: "x" }, head)).toMatchObject({ seq: 4, reason: "head_mismatch" });
    expect(checkHead({ seq: 3, hash: "x" }, head)).toMatchObject({ seq: 3, reason: "head_mismatch" });
    expect(checkHead(GENESIS, GENESIS)).toBeNull();
    expect(describeFault(checkHead({ seq: 4, hash: "x" }, head)!)).toContain("beyond the request's head");
  });

  it("checkLink names the first missing seq of a gap", () => {
    expect(checkLink({ seq: 4, hash: "h" }, { seq: 7, prevHash: "h", hash: "x" }, "", sha256)).toEqual({ seq: 5, reason: "gap" });
  });
});
