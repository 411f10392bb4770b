import { describe, expect, it } from "vitest";
import { describeFailure, maskEmail } from "./privacy";

describe("masking an e-mail address in staff lists (O4)", () => {
  it.each([
    ["somying@example.com", "s***@example.com"],
    ["a@b.co", "a***@b.co"],
    ["first.last+tag@mail.example.go.th", "f***@mail.example.go.th"],
    ["odd@name@example.com", "o***@example.com"],
    ["no-at-sign", "•••"],
    ["@example.com", "•••"],
    ["", ""],
  ])("%s → %s", (address, masked) => {
    expect(maskEmail(address)).toBe(masked);
  });
});

describe("failure messages hold no address (O4)", () => {
  const withCode = (message: string, extra: object) => Object.assign(new Error(message), extra);
  it.each([
    [withCode("connect ECONNREFUSED 127.0.0.1:2525", { code: "ESOCKET" }), "ESOCKET: connect ECONNREFUSED 127.0.0.1:2525"],
    [
      withCode("Can't send mail - all recipients were rejected: 550 5.1.1 <somying@example.com>: Recipient address rejected", { code: "EENVELOPE", responseCode: 550 }),
      "EENVELOPE 550: Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: Recipient address rejected",
    ],
    [new Error("mailbox a.b@c.example is full"), "mailbox [address] is full"],
    ["plain string", "plain string"],
    [null, "unknown error"],
    [new Error("line one\n  line two"), "line one line two"],
  ])("%o → %s", (error, line) => {
    expect(describeFailure(error)).toBe(line);
  });

  it("is short", () => {
    const line = describeFailure(new Error("x".repeat(5000)));
    expect(line.length).toBe(200);
    expect(line.endsWith("…")).toBe(true);
  });
});
