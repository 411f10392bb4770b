import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requirePermission } from "~/services/auth.server";
import { requireRequestInScope } from "~/services/request-view.server";
import { readMultipart, saveUpload } from "~/services/uploads.server";
import { now } from "~/utils/clock.server";

// An officer attaches a document of the office's own (an inspection report, a letter) to a
// request under review. Internal: it is not shown on the tracking page.
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "request.advanceStep");
  const found = await requireRequestInScope(user, params.number);
  if (!["accepted", "in_review"].includes(found.status)) throw new Response("Conflict", { status: 409 });
  const parsed = await readMultipart(request);
  const file = parsed.ok ? parsed.files[0] : undefined;
  const saved = file ? await saveUpload(file, { requestId: found.id }, "", "staff", now()) : null;
  const problem = !parsed.ok ? parsed.error : !saved ? "validation:upload.empty" : saved.ok ? null : saved.error;
  const back = `/staff/requests/${found.trackingNumber}`;
  throw redirect(problem ? `${back}?attachError=${encodeURIComponent(problem)}#attachments-heading` : `${back}#attachments-heading`);
}
