// Runs the background jobs inside the server: the deadline sweep every SWEEP_INTERVAL_MINUTES
// (and once shortly after start-up), and the notices outbox every OUTBOX_INTERVAL_SECONDS.
// entry.server calls startSweepSchedule once; it starts both.
import { deliverOutbox } from "~/services/outbox.server";
import { now } from "~/utils/clock.server";
import { env } from "~/utils/env.server";
import { runSweep } from "./sweep.server";
import { log } from "~/utils/log.server";

let timer: NodeJS.Timeout | undefined;
let outboxStarted = false;

export function startSweepSchedule() {
  startOutboxSchedule();
  const minutes = env().SWEEP_INTERVAL_MINUTES;
  if (timer || minutes === 0) return;
  // One line per run, with what it did (never which requests: tracking numbers stay out of logs).
  const tick = () =>
    runSweep(now())
      .then((r) => log().info({ job: "sweep", today: r.today, abandoned: r.abandoned.length, delayNotices: r.delayNotices, draftsPurged: r.draftsPurged, stagedPurged: r.stagedPurged }, "sweep done"))
      .catch((error) => log().error({ job: "sweep", err: error }, "sweep failed"));
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
      if (r.sent || r.retried || r.failed) log().info({ job: "outbox", ...r }, "outbox delivered");
    } catch (error) {
      log().error({ job: "outbox", err: error }, "outbox run failed");
    }
    setTimeout(tick, seconds * 1_000).unref();
  };
  setTimeout(tick, Math.min(seconds, 5) * 1_000).unref();
}
