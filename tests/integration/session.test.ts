// Sessions are server-side and revocable (issue #4), even though a process reuses a session it
// has just read for a few seconds (decision 0006): sign-out must take effect at once.
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../prisma/seed/data/staff";
import { getStaffUser, signIn, signOut } from "~/services/auth.server";
import { staffRequest } from "./staff-session";

async function freshCookie(email: string) {
  const result = await signIn(email, DEMO_PASSWORD);
  if (!result.ok) throw new Error(result.error);
  return result.setCookie.split(";")[0];
}

describe("sessions", () => {
  it("sign-out ends that session at once, even right after it was read", async () => {
    const cookie = await freshCookie("supervisor@bkk01.demo");
    expect(await getStaffUser(staffRequest("/staff", cookie))).toMatchObject({ role: "supervisor" });
    await signOut(staffRequest("/sign-out", cookie, { method: "POST" }), false);
    expect(await getStaffUser(staffRequest("/staff", cookie))).toBeNull();
  });

  it("sign-out everywhere ends every session of the account and no other account's", async () => {
    const [a, b] = [await freshCookie("officer@ptw.demo"), await freshCookie("officer@ptw.demo")];
    const other = await freshCookie("admin@anuyat.demo");
    for (const c of [a, b, other]) expect(await getStaffUser(staffRequest("/staff", c))).not.toBeNull();
    await signOut(staffRequest("/sign-out", a, { method: "POST" }), true);
    expect(await getStaffUser(staffRequest("/staff", a))).toBeNull();
    expect(await getStaffUser(staffRequest("/staff", b))).toBeNull();
    expect(await getStaffUser(staffRequest("/staff", other))).toMatchObject({ role: "admin" });
  });

  it("a tampered cookie is no session", async () => {
    const cookie = await freshCookie("counter@nbi01.demo");
    expect(await getStaffUser(staffRequest("/staff", cookie.slice(0, -3) + "abc"))).toBeNull();
  });
});
