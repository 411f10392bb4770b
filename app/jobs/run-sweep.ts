// npm run sweep — one run of the deadline sweep, from the command line (cron, systemd timer).
import { now } from "~/utils/clock.server";
import { runSweep } from "./sweep.server";

const report = await runSweep(now());
console.log(`sweep ${report.today}: ${report.abandoned.length} abandoned${report.abandoned.length ? ` (${report.abandoned.join(", ")})` : ""}`);
process.exit(0);
