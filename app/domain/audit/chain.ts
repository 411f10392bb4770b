// Hash chains for the request history (O1) and the administrative audit log (decision 0013).
// Each link's hash covers its own fields and the previous link's hash, so changing, removing or
// reordering a stored link breaks every check after it. Pure: the digest (SHA-256 hex in the
// app, app/utils/digest.server.ts) is passed in, and dates arrive as values.

export type Digest = (text: string) => string;

// Where a chain stands: the last link's seq and hash. An empty chain is { seq: 0, hash: "" }.
export type ChainHead = { seq: number; hash: string };
export const GENESIS: ChainHead = { seq: 0, hash: "" };

export type EventFields = {
  requestId: string;
  at: Date;
  actorId: string | null;
  actorRole: string;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string;
};

export type AuditFields = {
  at: Date;
  actorId: string | null;
  actorRole: string;
  entity: string;
  entityId: string;
  action: string;
  label: string;
  before: string;
  after: string;
};

export type Sealed = { seq: number; prevHash: string; hash: string };

// Canonical text: a JSON array in a fixed order, tagged with a version so a later change of the
// covered fields can be told apart. Strings are hashed exactly as stored (no Unicode
// normalisation: NFC and NFD spellings of the same Thai word are different records).
export function eventPayload(e: EventFields, seq: number, prevHash: string): string {
  return JSON.stringify(["event/1", e.requestId, seq, e.at.toISOString(), e.actorId, e.actorRole, e.type, e.fromStatus, e.toStatus, e.note, prevHash]);
}

export function auditPayload(e: AuditFields, seq: number, prevHash: string): string {
  return JSON.stringify(["audit/1", seq, e.at.toISOString(), e.actorId, e.actorRole, e.entity, e.entityId, e.action, e.label, e.before, e.after, prevHash]);
}

// Links `items` after `head`, in order: seq head.seq+1, +2, …; returns them sealed and the new head.
export function seal<T>(head: ChainHead, items: readonly T[], payload: (item: T, seq: number, prevHash: string) => string, digest: Digest) {
  let at = head;
  const sealed = items.map((item) => {
    const seq = at.seq + 1;
    const link = { ...item, seq, prevHash: at.hash, hash: digest(payload(item, seq, at.hash)) };
    at = { seq, hash: link.hash };
    return link;
  });
  return { sealed, head: at };
}

// Why a link is bad. "unsealed": a row from before the chain existed (backfill pending).
export type ChainFault =
  | { seq: number; reason: "gap" }
  | { seq: number; reason: "unsealed" }
  | { seq: number; reason: "hash_mismatch" }
  | { seq: number; reason: "prev_mismatch" }
  | { seq: number; reason: "head_mismatch"; expected: ChainHead; found: ChainHead };

// Checks one stored link against the one before it (GENESIS for the first). A gap names the
// first missing seq; a link whose content changed fails its own hash; a link re-sealed after a
// change shows at the next link, whose prevHash no longer matches.
export function checkLink(prev: ChainHead, link: Sealed, payload: string, digest: Digest): ChainFault | null {
  if (link.seq !== prev.seq + 1) return { seq: prev.seq + 1, reason: "gap" };
  if (link.hash === "") return { seq: link.seq, reason: "unsealed" };
  if (digest(payload) !== link.hash) return { seq: link.seq, reason: "hash_mismatch" };
  if (link.prevHash !== prev.hash) return { seq: link.seq, reason: "prev_mismatch" };
  return null;
}

// The recorded head (on the request) must be the last link: a deleted tail, or a link appended
// around the model, shows here. `last` is GENESIS for a chain with no links.
export function checkHead(last: ChainHead, recorded: ChainHead): ChainFault | null {
  if (last.seq === recorded.seq && last.hash === recorded.hash) return null;
  const seq = last.seq === recorded.seq ? last.seq : Math.min(last.seq, recorded.seq) + 1;
  return { seq, reason: "head_mismatch", expected: recorded, found: last };
}

// The first fault of a whole chain (links in seq order), or null.
export function firstFault(links: readonly (Sealed & { payload: string })[], recorded: ChainHead | null, digest: Digest): ChainFault | null {
  let prev = GENESIS;
  for (const link of links) {
    const fault = checkLink(prev, link, link.payload, digest);
    if (fault) return fault;
    prev = { seq: link.seq, hash: link.hash };
  }
  return recorded ? checkHead(prev, recorded) : null;
}

export function describeFault(f: ChainFault): string {
  switch (f.reason) {
    case "gap":
      return `seq ${f.seq}: missing (gap in seq; a link was deleted or renumbered)`;
    case "unsealed":
      return `seq ${f.seq}: unsealed (a row from before the chain; run the backfill once after upgrading)`;
    case "hash_mismatch":
      return `seq ${f.seq}: hash mismatch (the stored fields are not those that were sealed)`;
    case "prev_mismatch":
      return `seq ${f.seq}: prevHash mismatch (seq ${f.seq - 1} was replaced or re-sealed)`;
    case "head_mismatch":
      if (f.found.seq < f.expected.seq) return `seq ${f.seq}: missing (the request's head says ${f.expected.seq} event(s), ${f.found.seq} found; the tail was deleted)`;
      if (f.found.seq > f.expected.seq) return `seq ${f.seq}: beyond the request's head (seq ${f.expected.seq}; added outside the application)`;
      return `seq ${f.seq}: head mismatch (the last event is not the one the request's head recorded; it was replaced or re-sealed)`;
  }
}

// Every fault of one link in a chain that is read through to the end (the audit log): after a
// gap the link is still checked on its own (its prevHash cannot match what is missing).
export function linkFaults(prev: ChainHead, link: Sealed, payload: string, digest: Digest): ChainFault[] {
  const fault = checkLink(prev, link, payload, digest);
  if (fault?.reason !== "gap") return fault ? [fault] : [];
  const own = checkLink({ seq: link.seq - 1, hash: link.prevHash }, link, payload, digest);
  return own && own.reason !== "prev_mismatch" ? [fault, own] : [fault];
}

// The one-off sealing of rows from before the chain existed (decision 0013). They form a prefix
// (seq 1..k, hash ""); links appended after the upgrade (k+1.., sealed on the empty head) must
// still be intact. Then the whole chain is sealed again from the start. Anything else — an
// unsealed link after a sealed one, a gap, a broken sealed link — is refused, so the backfill
// never launders a change. Returns null when there is nothing to seal.
export function planBackfill<T extends Sealed>(
  links: readonly T[],
  payload: (item: T, seq: number, prevHash: string) => string,
  digest: Digest,
): { ok: true; sealed: (T & Sealed)[]; head: ChainHead } | { ok: false; fault: ChainFault } | null {
  const legacy = links.findLastIndex((l) => l.hash === "") + 1;
  if (legacy === 0) return null;
  let prev = GENESIS;
  for (const [i, link] of links.entries()) {
    if (link.seq !== prev.seq + 1) return { ok: false, fault: { seq: prev.seq + 1, reason: "gap" } };
    if (i >= legacy) {
      const fault = checkLink(prev, link, payload(link, link.seq, link.prevHash), digest);
      if (fault) return { ok: false, fault };
    } else if (link.hash !== "" || link.prevHash !== "") {
      return { ok: false, fault: { seq: link.seq, reason: "unsealed" } };
    }
    prev = { seq: link.seq, hash: link.hash };
  }
  const { sealed, head } = seal(GENESIS, links, payload, digest);
  return { ok: true, sealed, head };
}
