// Ordering permits by what each needs first (a topological order). Among permits free to go,
// the guide's own order is kept, so the result reads the way the administrator wrote it.
// A cycle (A needs B, B needs A) can never be satisfied: findCycle names it so the
// administrator's save is refused.
export type Node = { slug: string; requires: readonly string[] };

/** A cycle as a path of slugs (first repeated at the end), or null. Unknown slugs are ignored. */
export function findCycle(nodes: readonly Node[]): string[] | null {
  const bySlug = new Map(nodes.map((n) => [n.slug, n]));
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (slug: string): string[] | null => {
    if (state.get(slug) === "done") return null;
    if (state.get(slug) === "open") return [...path.slice(path.indexOf(slug)), slug];
    state.set(slug, "open");
    path.push(slug);
    for (const next of bySlug.get(slug)?.requires ?? []) {
      if (!bySlug.has(next)) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(slug, "done");
    return null;
  };
  for (const n of nodes) {
    const cycle = visit(n.slug);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * The nodes so that each comes after everything it requires (among the given nodes; a
 * requirement outside the set — a permit that does not apply — is not waited for).
 * Throws on a cycle: a saved guide never has one.
 */
export function orderByPrerequisites<T extends Node>(nodes: readonly T[]): T[] {
  const cycle = findCycle(nodes);
  if (cycle) throw new RangeError(`Prerequisite cycle: ${cycle.join(" → ")}`);
  const present = new Set(nodes.map((n) => n.slug));
  const placed = new Set<string>();
  const out: T[] = [];
  while (out.length < nodes.length) {
    const next = nodes.find((n) => !placed.has(n.slug) && n.requires.every((r) => !present.has(r) || placed.has(r)));
    if (!next) throw new RangeError("Duplicate permit in a guide");
    placed.add(next.slug);
    out.push(next);
  }
  return out;
}
