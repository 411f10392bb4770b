// POST only: signing out changes state, so it is never a GET (a prefetch must not sign out).
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { signOut } from "~/services/auth.server";
import { readForm } from "~/utils/read-form.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const setCookie = await signOut(request, form.get("everywhere") === "1");
  throw redirect("/sign-in", { headers: { "Set-Cookie": setCookie } });
}

export async function loader() {
  throw redirect("/staff");
}
