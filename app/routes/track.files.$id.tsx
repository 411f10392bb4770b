import type { LoaderFunctionArgs } from "@remix-run/node";
import { applicantFile, getVerifiedNumber } from "~/services/tracking.server";

// An uploaded document, for the browser that verified its request on the tracking page only.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const number = await getVerifiedNumber(request);
  const response = number ? await applicantFile(number, params.id ?? "") : null;
  if (!response) throw new Response("Not found", { status: 404 });
  return response;
}
