// npm run sweep — one run of the deadline sweep, then one delivery of the notices outbox (so
// the abandonment notices it just recorded go out too), from the command line (cron, systemd
// timer). Safe alongside the server's own schedule: both claim notices before sending.
import { deliverOutbox } from "~/services/outbox.server";
import { now } from "~/utils/clock.server";
import { hasMailer } from "~/utils/mailer.server";
import { runSweep } from "./sweep.server";

const report = await runSweep(now());
console.log(`sweep ${report.today}: ${report.abandoned.length} abandoned${report.abandoned.length ? ` (${report.abandoned.join(", ")})` : ""}; ${report.delayNotices} delay notice(s) created; ${report.draftsPurged} expired draft(s) purged; ${report.stagedPurged} kept upload(s) of unsent forms purged`);
const outbox = await deliverOutbox(now());
console.log(
  hasMailer()
    ? `outbox: ${outbox.sent} sent, ${outbox.retried} to retry, ${outbox.failed} failed`
    : "outbox: SMTP_URL is not set; pending notices wait (they are shown on the tracking page)",
);
process.exit(0);
