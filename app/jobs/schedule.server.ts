// Runs the sweep inside the server on a schedule (and once shortly after start-up).
import { now } from "~/utils/clock.server";
import { env } from "~/utils/env.server";
import { runSweep } from "./sweep.server";

let timer: NodeJS.Timeout | undefined;

export function startSweepSchedule() {
  const minutes = env().SWEEP_INTERVAL_MINUTES;
  if (timer || minutes === 0) return;
  const tick = () =>
    runSweep(now())
      .then((r) => r.abandoned.length && console.info(`[sweep] ${r.today}: ${r.abandoned.length} request(s) abandoned (R8.4)`))
      .catch((error) => console.error("[sweep] failed", error));
  setTimeout(tick, 5_000).unref();
  timer = setInterval(tick, minutes * 60_000);
  timer.unref();
}
