// Personal data around the outbox (O4, PDPA): staff lists show only enough of an address to
// tell applicants apart, and failure messages kept in the database carry no address at all.

/** s***@example.com: the first character of the mailbox and the whole domain. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at <= 0) return address ? "•••" : "";
  return `${address[0]}***${address.slice(at)}`;
}

const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;
const MAX_ERROR_LENGTH = 200;

/**
 * A short, address-free line about why a delivery failed. SMTP replies often quote the
 * recipient ("550 <x@y>: user unknown"), so addresses are replaced before anything is stored.
 */
export function describeFailure(error: unknown): string {
  const e = (typeof error === "object" && error !== null ? error : {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
  const message = typeof e.message === "string" ? e.message : typeof error === "string" ? error : "unknown error";
  const code = [e.code, e.responseCode].filter((p) => typeof p === "string" || typeof p === "number").join(" ");
  const text = `${code ? `${code}: ` : ""}${message}`.replace(ADDRESS, "[address]").replace(/\s+/g, " ").trim();
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
