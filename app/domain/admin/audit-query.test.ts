import { describe, expect, it } from "vitest";
import { auditQueryString, parseAuditQuery } from "./audit-query";

const none = { entity: "", action: "", actor: "", from: "", to: "", q: "", cursor: "" };

describe("audit log filters (?entity=&action=&actor=&from=&to=&q=&cursor=)", () => {
  it.each<[string, Partial<typeof none>]>([
    ["", {}],
    ["entity=user&action=deactivate", { entity: "user", action: "deactivate" }],
    ["entity=holiday&action=import", { entity: "holiday", action: "import" }],
    ["entity=manual&action=draft.save", { entity: "manual", action: "draft.save" }],
    ["entity=User", {}],
    ["entity=' or 1=1", {}],
    ["from=2026-04-01&to=2026-04-09", { from: "2026-04-01", to: "2026-04-09" }],
    ["from=2026-04-09&to=2026-04-01", { from: "2026-04-01", to: "2026-04-09" }],
    ["from=2026-02-30", {}],
    ["to=9/4/2569", {}],
    ["q=%20BKK01%20", { q: "BKK01" }],
    [`q=${"x".repeat(300)}`, { q: "x".repeat(100) }],
    ["actor=clx0abc123&cursor=clx0def456", { actor: "clx0abc123", cursor: "clx0def456" }],
    ["actor=a%20b&cursor=../etc", {}],
  ])("?%s", (query, expected) => {
    expect(parseAuditQuery(new URLSearchParams(query))).toEqual({ ...none, ...expected });
  });

  it("links keep the filters and drop an empty one", () => {
    const q = parseAuditQuery(new URLSearchParams("entity=user&q=demo&cursor=abc"));
    expect(auditQueryString(q)).toBe("?entity=user&q=demo");
    expect(auditQueryString(q, "zzz")).toBe("?entity=user&q=demo&cursor=zzz");
    expect(auditQueryString(parseAuditQuery(new URLSearchParams("")))).toBe("");
  });
});
