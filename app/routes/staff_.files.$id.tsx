import type { LoaderFunctionArgs } from "@remix-run/node";
import { inScope, isStaffRole } from "~/domain/auth/permissions";
import { findStoredFile } from "~/models/stored-file.server";
import { requirePermission } from "~/services/auth.server";
import { storage } from "~/services/storage.server";
import { fileResponse } from "~/services/uploads.server";

// An uploaded document, for staff who handle its request (O4). Files of drafts are not
// served here; they are not yet anyone's case.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "request.viewFiles");
  const file = params.id ? await findStoredFile(params.id) : null;
  const allowed =
    !!file?.request &&
    isStaffRole(user.role) &&
    inScope({ role: user.role, serviceCenterId: user.serviceCenterId, agencyId: user.agencyId }, file.request);
  // Out of scope answers like a missing file: ids of other agencies' files reveal nothing.
  if (!file || !allowed) throw new Response("Not found", { status: 404 });
  const bytes = await storage().get(file.storageKey);
  if (!bytes) throw new Response("Not found", { status: 404 });
  return fileResponse(file, bytes);
}
