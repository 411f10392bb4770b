// npm run audit:verify — checks every hash chain (decision 0013): each request's history and the
// administrative audit log. Prints one summary line, each broken chain by tracking number with
// the first bad seq and why, and the audit log's head; exits 1 when anything is broken.
//   --backfill  seals, once, the rows a database upgraded from before the chains still holds
//               unsealed (then verifies). Run it right after `npm run db:deploy`.
import { prisma } from "~/utils/db.server";
import { backfillChains, isIntact, reportLines, verifyChains } from "~/services/chain-verify.server";

const started = performance.now();
if (process.argv.includes("--backfill")) {
  const b = await backfillChains(prisma);
  console.log(`backfill: ${b.requests} request chain(s) (${b.events} events) and ${b.auditEntries} audit entries sealed; ${b.refused.length} refused`);
  for (const r of b.refused) console.log(`  REFUSED ${r}`);
}
const report = await verifyChains(prisma);
for (const line of reportLines(report)) console.log(line);
const seconds = (performance.now() - started) / 1000;
console.log(`took ${seconds.toFixed(1)} s (${Math.round((report.events + report.audit.entries) / Math.max(seconds, 0.001)).toLocaleString("en-US")} links/s)`);
process.exit(isIntact(report) ? 0 : 1);
