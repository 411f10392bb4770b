// A small in-process cache with a time limit and a size bound. Used for data that changes
// rarely and is read on every page (published manuals, the catalogue, the holiday list).
// Each entry also carries a key that the caller derives from the data's version, so a change
// shows at once in this process and within `ttlMs` in any other.
// Every caller waiting on one failed load gets the failure; a thrown Response (the 503 of an
// unavailable database) is read by each request's error handling, and a body can be read once,
// so each caller gets a copy of its own.
function ownCopy(error: unknown): never {
  throw error instanceof Response ? error.clone() : error;
}

export function memo<V>(ttlMs: number, maxEntries = 500) {
  const entries = new Map<string, { at: number; value: Promise<V> }>();
  return {
    get(key: string, load: () => Promise<V>): Promise<V> {
      const now = performance.now();
      const hit = entries.get(key);
      if (hit && now - hit.at < ttlMs) return hit.value.catch(ownCopy);
      const value = load().catch((error) => {
        entries.delete(key);
        throw error;
      });
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { at: now, value });
      return value.catch(ownCopy);
    },
    delete(key: string) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
  };
}
