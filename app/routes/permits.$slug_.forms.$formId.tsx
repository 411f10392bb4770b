import type { LoaderFunctionArgs } from "@remix-run/node";
import { getStaffUser } from "~/services/auth.server";
import { formDownload } from "~/services/manual-attachments.server";

// The PDF attached to a form of a published manual version (R7.5 field 18), for anyone. A
// draft's file only reaches the editors of that manual (their preview); others get 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  return formDownload(await getStaffUser(request), params.slug, params.formId);
}
