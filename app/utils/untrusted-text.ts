// Text typed by a visitor, cleaned once where a form is read (decision 0014): Unicode NFC, lone
// surrogates replaced, control characters and bidirectional overrides removed. Thai is left as
// typed (NFC only puts stacked marks in their canonical order, which renders the same), and
// zero-width characters stay: Thai text uses U+200B as a word-break hint.
// C0 controls except tab, newline and carriage return; DEL; C1 controls; bidi embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a name read backwards.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function cleanText(value: string): string {
  return value.replace(LONE_SURROGATE, "\ufffd").replace(UNWANTED, "").normalize("NFC");
}
