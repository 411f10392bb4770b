import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { can } from "~/domain/auth/permissions";
import { requirePermission } from "~/services/auth.server";

// Each role lands on its own home page.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "staff.home");
  if (can(user.role, "manual.edit")) throw redirect("/staff/admin");
  if (can(user.role, "counter.home")) throw redirect("/staff/counter");
  throw redirect("/staff/requests");
}
