// Which words of a long text changed between two versions (R7.4 diff), so a reader of a
// changed paragraph sees the sentence that was added rather than two whole paragraphs. Words
// are cut with Intl.Segmenter, which also finds word breaks in Thai (written without spaces).
import { lcsPairs } from "./lcs";

export type TextSegment = { kind: "same" | "removed" | "added"; text: string };

// Past this many token pairs the comparison would be slow; the whole text is then replaced.
const MAX_CELLS = 4_000_000;

function tokens(text: string): string[] {
  return [...new Intl.Segmenter("th", { granularity: "word" }).segment(text)].map((s) => s.segment);
}

function push(out: TextSegment[], kind: TextSegment["kind"], text: string) {
  const last = out[out.length - 1];
  if (last?.kind === kind) last.text += text;
  else if (text) out.push({ kind, text });
}

export function textDiff(before: string, after: string): TextSegment[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > MAX_CELLS) {
    const out: TextSegment[] = [];
    push(out, "removed", before);
    push(out, "added", after);
    return out;
  }
  const raw: TextSegment[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...lcsPairs(a, b), [a.length, b.length] as [number, number]]) {
    push(raw, "removed", a.slice(i, pi).join(""));
    push(raw, "added", b.slice(j, pj).join(""));
    if (pi < a.length) push(raw, "same", a[pi]);
    i = pi + 1;
    j = pj + 1;
  }
  return joinChanges(raw);
}

// A bare space kept between two changes ("one year" → "two years") would split one change
// into many; it joins the change on both sides instead.
function joinChanges(raw: TextSegment[]): TextSegment[] {
  const out: TextSegment[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    push(out, "removed", removed);
    push(out, "added", added);
    removed = added = "";
  };
  raw.forEach((s, k) => {
    const bridging = s.kind === "same" && /^\s+$/u.test(s.text) && (removed || added) && raw[k + 1] && raw[k + 1].kind !== "same";
    if (s.kind === "removed" || bridging) removed += s.text;
    if (s.kind === "added" || bridging) added += s.text;
    if (s.kind === "same" && !bridging) {
      flush();
      push(out, "same", s.text);
    }
  });
  flush();
  return out;
}
