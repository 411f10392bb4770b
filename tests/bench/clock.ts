// Clock benchmark (npm run bench:clock): how fast the working-day calendar is built and how many
// due dates it computes per second on one core. T7 recomputes every open request's due dates
// when a holiday changes, so both numbers matter. Bench code may read the clock; the domain may not.
import { buildWorkCalendar, fromDayNumber, toDayNumber, type Holiday, type WorkCalendar } from "../../app/domain/calendar";
import { THAI_HOLIDAYS_2026 } from "../../app/domain/calendar/fixtures/thai-holidays";

// 2026 is the published list; 2027–2030 reuse its month-days (a realistic ~20 rows a year).
function holidays2026to2030(): Holiday[] {
  const out: Holiday[] = [];
  for (let year = 2026; year <= 2030; year++) {
    for (const h of THAI_HOLIDAYS_2026) out.push({ ...h, date: `${year}${h.date.slice(4)}` });
  }
  return out;
}

// Deterministic inputs (xorshift32), so runs are comparable.
let seed = 0x2558;
function random(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 0x1_0000_0000;
}

const nowMs = () => performance.now();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

const holidays = holidays2026to2030();
const buildTimes: number[] = [];
let calendar: WorkCalendar = buildWorkCalendar(holidays); // warm-up build
for (let i = 0; i < 21; i++) {
  const t0 = nowMs();
  calendar = buildWorkCalendar(holidays);
  buildTimes.push(nowMs() - t0);
}

const SAMPLES = 1 << 16;
const first = toDayNumber("2026-01-01");
const span = toDayNumber("2030-12-31") - first + 1;
const starts = Array.from({ length: SAMPLES }, () => fromDayNumber(first + Math.floor(random() * span)));
const limits = Array.from({ length: SAMPLES }, () => 1 + Math.floor(random() * 90));

let checksum = 0;
// Runs `op` over the sample inputs `iterations` times; returns operations per second (median of rounds).
function measure(op: (i: number) => number, iterations = 2_000_000, rounds = 7): number {
  for (let i = 0; i < 300_000; i++) checksum = (checksum + op(i & (SAMPLES - 1))) | 0; // warm-up (JIT)
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    let sum = 0;
    for (let i = 0; i < iterations; i++) sum = (sum + op(i & (SAMPLES - 1))) | 0;
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    checksum = (checksum + sum) | 0;
    rates.push(iterations / seconds);
  }
  return median(rates);
}

// Each op folds a character of its result into the checksum so nothing can be optimised away.
const workingDays = measure((i) => calendar.addWorkingDays(starts[i], limits[i]).charCodeAt(9));
const calendarDays = measure((i) => calendar.addCalendarDays(starts[i], limits[i]).charCodeAt(9));
const counts = measure((i) => calendar.countWorkingDays(starts[i], starts[(i + 1) & (SAMPLES - 1)]));

console.log(`holidays: ${holidays.length} rows over 2026–2030 (2027–2030 reuse 2026's month-days)`);
console.log(`build calendar:              ${median(buildTimes).toFixed(3)} ms (median of ${buildTimes.length} builds)`);
console.log(`addWorkingDays (1..90):      ${fmt(workingDays)} ops/s${workingDays >= 1_000_000 ? "" : "  (below the 1,000,000 target)"}`);
console.log(`addCalendarDays (1..90, T4): ${fmt(calendarDays)} ops/s`);
console.log(`countWorkingDays:            ${fmt(counts)} ops/s`);
console.log(`checksum: ${checksum}`);
