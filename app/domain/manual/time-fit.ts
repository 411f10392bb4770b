// R7.6 / R10.1: the steps of a manual must fit in its total time. Units are compared only when
// they measure the same thing: minutes with hours (office time, 60 minutes to the hour), working
// days with working days, calendar days with calendar days. Working and calendar days are not
// converted (how many calendar days N working days take depends on the holidays), nor are days
// and office hours; such a manual is not checked.
import type { TimeUnit } from "./vocabulary";

type Limit = { value: number; unit: TimeUnit };

function family(unit: TimeUnit): string {
  return unit === "minutes" || unit === "hours" ? "office" : unit;
}
const inBase = (l: Limit) => (l.unit === "hours" ? l.value * 60 : l.value);

// null when the units are not comparable; otherwise whether the sum of the steps fits.
export function stepsFitTotal(steps: readonly Limit[], total: Limit): { fits: boolean; sum: number; total: number } | null {
  if (steps.length === 0 || steps.some((s) => family(s.unit) !== family(total.unit))) return null;
  const sum = steps.reduce((acc, s) => acc + inBase(s), 0);
  return { fits: sum <= inBase(total), sum, total: inBase(total) };
}
