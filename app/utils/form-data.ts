// Turns form fields named with dotted paths ("documents.0.status") into nested objects and
// arrays, the way react-hook-form names them, so one zod schema reads both sides. Values are
// cleaned on the way in (decision 0014: NFC, no control characters or bidi overrides).
import { cleanText } from "~/utils/untrusted-text";

export function formDataToObject(form: FormData | URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of form.entries()) {
    if (typeof raw !== "string") continue;
    const path = name.split(".");
    // Names come from the client: never let one reach Object.prototype.
    if (path.some((part) => part === "__proto__" || part === "constructor" || part === "prototype")) continue;
    // No form has a list of more than a thousand rows; "documents.999999999.id" would make a
    // sparse array that every validator then walks hole by hole.
    if (path.some((part) => /^\d{4,}$/.test(part))) continue;
    let node: Record<string, unknown> = out;
    for (const [i, part] of path.entries()) {
      if (i === path.length - 1) {
        node[part] = cleanText(raw);
        break;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1]);
      node[part] ??= nextIsIndex ? [] : {};
      // "code=x&code.0=y": a name already holding text cannot also hold a list; the later,
      // dotted field is dropped (it used to throw: a 500 for a hand-made post).
      if (typeof node[part] !== "object" || node[part] === null) break;
      node = node[part] as Record<string, unknown>;
    }
  }
  return out;
}
