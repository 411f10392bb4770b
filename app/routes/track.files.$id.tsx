import type { LoaderFunctionArgs } from "@remix-run/node";
import { applicantFile, authorisedNumber, getVerifiedNumber } from "~/services/tracking.server";

// An uploaded document, for the browser that verified its request (or its bundle) on the
// tracking page only.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const wanted = new URL(request.url).searchParams.get("number") ?? (await getVerifiedNumber(request)) ?? "";
  const number = await authorisedNumber(request, wanted);
  const response = number ? await applicantFile(number, params.id ?? "") : null;
  if (!response) throw new Response("Not found", { status: 404 });
  return response;
}
