// Runs the background jobs inside the server: the deadline sweep every SWEEP_INTERVAL_MINUTES
// (and once shortly after start-up), and the notices outbox every OUTBOX_INTERVAL_SECONDS.
// entry.server calls startSweepSchedule once; it starts both.
import { deliverOutbox } from "~/services/outbox.server";
import { now } from "~/utils/clock.server";
import { env } from "~/utils/env.server";
import { runSweep } from "./sweep.server";

let timer: NodeJS.Timeout | undefined;
let outboxStarted = false;

export function startSweepSchedule() {
  startOutboxSchedule();
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

// The next run is scheduled only when the previous one has finished, so a slow SMTP server
// never makes runs pile up. Each run reads the clock afresh.
export function startOutboxSchedule() {
  const seconds = env().OUTBOX_INTERVAL_SECONDS;
  if (outboxStarted || seconds === 0) return;
  outboxStarted = true;
  const tick = async () => {
    try {
      const r = await deliverOutbox(now());
      if (r.sent || r.retried || r.failed) console.info(`[outbox] sent ${r.sent}, to retry ${r.retried}, failed ${r.failed}`);
    } catch (error) {
      console.error("[outbox] failed", error);
    }
    setTimeout(tick, seconds * 1_000).unref();
  };
  setTimeout(tick, Math.min(seconds, 5) * 1_000).unref();
}
