// The render cache across app servers (issue 8, decision 0019): two production servers on one
// PostgreSQL both keep a manual page; an administrator publishes a new version through one; the
// one that published shows it at once, the other within RENDER_CACHE_CHECK_MS (plus a render),
// because the database's ContentVersion moved. Validators follow the content: the same page has
// the same ETag hash on both servers (a 304 from either), and after the publication the old one
// gets a 200.
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer, type SpawnedServer } from "../tools/spawn-server";
import { freshDatabase, signIn } from "./support";

const PORTS = [3244, 3245] as const;
const SLUG = "commercial-registration";
const CHECK_MS = 1000;
const PAGE = `/permits/${SLUG}`;
const EN = { "Accept-Language": "en" };

let servers: SpawnedServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.kill()));
});

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]) : null;
};

/** The draft editor's form as a browser would post it (inputs, checked boxes, textareas, selects). */
function formFields(html: string): URLSearchParams {
  const form = /<form[^>]*class="manual-editor"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  if (!form) throw new Error("no editor form");
  const fields = new URLSearchParams();
  for (const m of form.matchAll(/<input\b[^>]*>|<textarea\b[^>]*>([\s\S]*?)<\/textarea>|<select\b[^>]*>([\s\S]*?)<\/select>/g)) {
    const tag = m[0];
    const name = attr(tag, "name");
    if (!name) continue;
    if (tag.startsWith("<input")) {
      const type = attr(tag, "type") ?? "text";
      if (["submit", "button", "file", "image", "reset"].includes(type)) continue;
      if ((type === "checkbox" || type === "radio") && !/\schecked=""/.test(tag)) continue;
      fields.append(name, attr(tag, "value") ?? (type === "checkbox" ? "on" : ""));
    } else if (tag.startsWith("<textarea")) {
      // React writes a leading newline into a textarea's content; the browser drops it.
      fields.append(name, unescape((m[1] ?? "").replace(/^\n/, "")));
    } else {
      const options = [...(m[2] ?? "").matchAll(/<option\b[^>]*>/g)].map((o) => o[0]);
      const chosen = options.find((o) => /\sselected=""/.test(o)) ?? options[0];
      fields.append(name, chosen ? (attr(chosen, "value") ?? "") : "");
    }
  }
  return fields;
}

async function publishNewName(base: string, cookie: string, nameEn: string) {
  const open = await fetch(`${base}/staff/admin/manuals/${SLUG}`, { method: "POST", headers: { Cookie: cookie }, body: new URLSearchParams({ intent: "edit" }), redirect: "manual" });
  expect(open.status).toBe(302);
  const html = await (await fetch(`${base}/staff/admin/manuals/${SLUG}/draft`, { headers: { Cookie: cookie } })).text();
  const fields = formFields(html);
  fields.set("nameEn", nameEn);
  fields.set("intent", "publish");
  const res = await fetch(`${base}/staff/admin/manuals/${SLUG}/draft?index`, { method: "POST", headers: { Cookie: cookie }, body: fields, redirect: "manual" });
  if (res.status !== 302) throw new Error(`publish answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
}

const get = async (base: string, path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}${path}`, { headers: { ...EN, ...headers } });
  return { res, body: await res.text(), etag: res.headers.get("etag") ?? "", cache: res.headers.get("x-render-cache") };
};
const hashOf = (etag: string) => etag.split(".")[0];
const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];

describe("render cache on two app servers sharing one PostgreSQL", () => {
  it("both keep the manual page; a publication through one reaches the other within RENDER_CACHE_CHECK_MS, with a new validator", async () => {
    const db = freshDatabase("render-cache", "postgresql");
    servers = await Promise.all(
      PORTS.map((port) => spawnServer({ port, databaseUrl: db.url, env: { NODE_ENV: "test", APP_NOW: "2026-04-09T10:00:00+07:00", RENDER_CACHE_CHECK_MS: String(CHECK_MS), LOG_FILE: `${db.dir}/server-${port}.log` } })),
    );
    const [a, b] = servers;

    // ---- both servers keep the page: rendered once, then answered from memory ------------------
    const before: Record<number, string> = {};
    for (const [i, s] of servers.entries()) {
      const first = await get(s.base, PAGE);
      expect(first.res.status).toBe(200);
      expect(first.body).toContain("Commercial registration (new business)");
      const second = await get(s.base, PAGE);
      expect(second.cache).toBe("hit");
      expect(hashOf(second.etag)).toBe(hashOf(first.etag));
      before[i] = second.etag;
      // Open data too.
      await get(s.base, `/api/v1/permits/${SLUG}`);
      expect((await get(s.base, `/api/v1/permits/${SLUG}`)).cache).toBe("hit");
    }
    // The same content has the same validator on both: a copy from A revalidates on B, and B's
    // 304 carries the CSP of the nonce that copy's scripts have.
    expect(hashOf(before[0])).toBe(hashOf(before[1]));
    const crossed = await fetch(`${b.base}${PAGE}`, { headers: { ...EN, "If-None-Match": before[0] } });
    expect(crossed.status).toBe(304);
    expect(nonceOf(crossed)).toBe(before[0].slice(0, -1).split(".")[1]);

    // ---- a signed-in administrator never gets a kept page ----------------------------------------
    const admin = await signIn(a.base, "admin@anuyat.demo");
    const signedIn = await get(b.base, PAGE, { Cookie: admin });
    expect(signedIn.cache).toBeNull();
    expect(signedIn.etag).toBe("");

    // ---- publish through A ---------------------------------------------------------------------
    const NEW_NAME = "Commercial registration (new business), render cache test";
    await publishNewName(a.base, admin, NEW_NAME);
    const publishedAt = performance.now();
    // The server that published reads the version at once.
    const onA = await get(a.base, PAGE);
    expect(onA.body).toContain(NEW_NAME);
    // The other within its check interval (plus one render and the polling step).
    let onB = await get(b.base, PAGE);
    while (!onB.body.includes(NEW_NAME) && performance.now() - publishedAt < 10_000) {
      await new Promise((r) => setTimeout(r, 50));
      onB = await get(b.base, PAGE);
    }
    const waited = performance.now() - publishedAt;
    expect(onB.body).toContain(NEW_NAME);
    // Slack for renders on a loaded 2-core CI machine; a server that ignored the interval (or a
    // cache never dropped) keeps the old page for the page's own max-age, far beyond this.
    expect(waited).toBeLessThan(CHECK_MS + 4000);
    const api = await get(b.base, `/api/v1/permits/${SLUG}`);
    expect(api.body).toContain(NEW_NAME);

    // ---- the validator moved with the content -----------------------------------------------------
    expect(hashOf(onB.etag)).not.toBe(hashOf(before[1]));
    for (const s of servers) {
      const stale = await fetch(`${s.base}${PAGE}`, { headers: { ...EN, "If-None-Match": before[1] } });
      expect(stale.status).toBe(200);
      expect(await stale.text()).toContain(NEW_NAME);
    }
    const fresh = await get(b.base, PAGE);
    const revalidated = await fetch(`${a.base}${PAGE}`, { headers: { ...EN, "If-None-Match": fresh.etag } });
    expect(revalidated.status).toBe(304);
  });
});
