// The fees of several permits together, stated honestly: fixed amounts and ranges add up to a
// range (lowest to highest possible), a percentage is of a sum only the office knows, so it is
// never turned into baht and is listed on its own beside the range.
import type { Bilingual, Fee } from "./types";

export type FeeTotal = {
  /** Sum of the fixed amounts and the lowest end of every range. */
  min: number;
  /** Sum of the fixed amounts and the highest end of every range. */
  max: number;
  /** True when min and max are one amount (fixed fees, or ranges whose ends meet). */
  exact: boolean;
  /** Percentages, each with the permit it belongs to; not included in min/max. */
  percentages: { slug: string; percent: number; description: Bilingual }[];
  /** Permits whose manual says explicitly that there is no fee (R7.1). */
  free: string[];
};

// Baht are summed in satang so 0.1 + 0.2 stays 0.30.
const satang = (baht: number) => Math.round(baht * 100);

export function totalFees(permits: readonly { slug: string; noFee: boolean; fees: readonly Fee[] }[]): FeeTotal {
  let min = 0;
  let max = 0;
  const percentages: FeeTotal["percentages"] = [];
  const free: string[] = [];
  for (const p of permits) {
    if (p.noFee || p.fees.length === 0) free.push(p.slug);
    for (const f of p.fees) {
      if (f.kind === "fixed") {
        min += satang(f.amount);
        max += satang(f.amount);
      } else if (f.kind === "range") {
        min += satang(f.min);
        max += satang(f.max);
      } else {
        percentages.push({ slug: p.slug, percent: f.percent, description: f.description });
      }
    }
  }
  return { min: min / 100, max: max / 100, exact: min === max, percentages, free };
}
