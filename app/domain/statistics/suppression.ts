// Small-cell suppression for open statistics (O3, O4). Only aggregates are ever published, but a
// count of one or two requests for a permit in a month can point at a person in a small place,
// so any count below the threshold is withheld, and so is any share, average or median
// computed from fewer requests than the threshold. A withheld value is null and its field is
// named in `suppressed`, so a reader never mistakes it for a zero.
export const SMALL_CELL_THRESHOLD = 5;

/** A count, or a value computed from `basis` requests. */
export type Cell = { count: number } | { value: number | null; basis: number };

/** A count as published: null when it is below the threshold. */
export function publishCount(n: number, threshold = SMALL_CELL_THRESHOLD): number | null {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a count: ${n}`);
  return n < threshold ? null : n;
}

/** A value computed from `basis` requests, as published: null when the basis is too small. */
export function publishComputed(value: number | null, basis: number, threshold = SMALL_CELL_THRESHOLD): number | null {
  if (!Number.isSafeInteger(basis) || basis < 0) throw new RangeError(`Not a count: ${basis}`);
  return basis < threshold ? null : value;
}

/** A share (0..1) rounded to four decimals (a percentage with two); null for 0 of 0. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

export type Published<K extends string> = Record<K, number | null> & { suppressed: K[] };

/** Publishes a record of cells: each is kept or withheld, and the withheld ones are listed. */
export function publish<K extends string>(cells: Record<K, Cell>, threshold = SMALL_CELL_THRESHOLD): Published<K> {
  const values = {} as Record<K, number | null>;
  const suppressed: K[] = [];
  for (const key of Object.keys(cells) as K[]) {
    const cell: Cell = cells[key];
    const basis = "count" in cell ? cell.count : cell.basis;
    values[key] = "count" in cell ? publishCount(cell.count, threshold) : publishComputed(cell.value, cell.basis, threshold);
    if (basis < threshold) suppressed.push(key);
  }
  return Object.assign(values, { suppressed });
}
