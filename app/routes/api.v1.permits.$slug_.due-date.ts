// GET /api/v1/permits/<slug>/due-date?completedOn=YYYY-MM-DD — when the office must decide a
// request that became complete on that day (R8.5, R10.1), with the count explained (O2).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPublishedManual } from "~/models/permit.server";
import { DueDateQuerySchema } from "~/schemas/due-date";
import { computeDecisionDue, explanationLines } from "~/services/due-date.server";
import { cachedJson, jsonError } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const query = DueDateQuerySchema.safeParse({ completedOn: new URL(request.url).searchParams.get("completedOn") ?? "" });
  if (!query.success) return jsonError(400, "completedOn must be a real calendar date written as YYYY-MM-DD");
  const manual = await getPublishedManual(params.slug ?? "");
  if (!manual) return jsonError(404, `No published permit with slug "${String(params.slug).slice(0, 80)}"`);
  const explanation = await computeDecisionDue(query.data.completedOn, manual.totalTime);
  return cachedJson(request, {
    permit: manual.slug,
    completedOn: query.data.completedOn,
    limit: manual.totalTime,
    dueDate: explanation.dueDate,
    ...(explanation.dueAt ? { dueAt: explanation.dueAt.toISOString() } : {}),
    countedDays: explanation.counted.length,
    explanation: await explanationLines(explanation),
  });
}
