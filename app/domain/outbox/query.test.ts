import { describe, expect, it } from "vitest";
import { parseOutboxQuery } from "./query";

describe("outbox page query", () => {
  it.each([
    ["", { filter: "all", page: 1 }],
    ["state=pending", { filter: "pending", page: 1 }],
    ["state=failed&page=3", { filter: "failed", page: 3 }],
    ["state=sent&page=2", { filter: "sent", page: 2 }],
    ["state=recorded", { filter: "all", page: 1 }],
    ["state=PENDING", { filter: "all", page: 1 }],
    ["page=0", { filter: "all", page: 1 }],
    ["page=-2", { filter: "all", page: 1 }],
    ["page=1.5", { filter: "all", page: 1 }],
    ["page=abc", { filter: "all", page: 1 }],
    ["page=99999999", { filter: "all", page: 10_000 }],
  ])("?%s", (query, expected) => {
    expect(parseOutboxQuery(new URLSearchParams(query))).toEqual(expected);
  });
});
