// CSV import of one year of holidays: header date,name_th,name_en,kind (kind optional per
// row, default annual). Accepts UTF-8 with a BOM (Excel's "CSV UTF-8"), CRLF or LF, and
// RFC 4180 quoting ("a, b" and doubled quotes). Line numbers are the file's own lines, so an
// error message points where a text editor or a spreadsheet shows the row.
import { checkRows, MAX_ROWS, type ParseResult, type SourceRow } from "./rows";

const HEADER = ["date", "name_th", "name_en", "kind"] as const;

type Record = { line: number; cells: string[] };

function records(text: string): Record[] {
  const out: Record[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      out.push({ line: start, cells });
      cells = [];
      cell = "";
      line++;
      start = line;
    } else cell += c;
  }
  if (cell !== "" || cells.length) {
    cells.push(cell);
    out.push({ line: start, cells });
  }
  // Blank lines (a trailing newline, an empty line in between) are not rows.
  return out.filter((r) => r.cells.some((c) => c.trim() !== ""));
}

export function parseHolidayCsv(input: string, year: number): ParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const [head, ...body] = records(text);
  if (!head) return { ok: false, rows: [], errors: [], fileError: "empty" };
  const names = head.cells.map((c) => c.trim().toLowerCase());
  const index = Object.fromEntries(HEADER.map((h) => [h, names.indexOf(h)])) as { [K in (typeof HEADER)[number]]: number };
  if (index.date < 0 || index.name_th < 0 || index.name_en < 0) return { ok: false, rows: [], errors: [], fileError: "badHeader" };
  if (body.length === 0) return { ok: false, rows: [], errors: [], fileError: "empty" };
  if (body.length > MAX_ROWS) return { ok: false, rows: [], errors: [], fileError: "tooManyRows" };
  const cell = (r: Record, i: number) => (i >= 0 ? (r.cells[i] ?? "") : "");
  const source: SourceRow[] = body.map((r) => ({
    line: r.line,
    date: cell(r, index.date),
    nameTh: cell(r, index.name_th),
    nameEn: cell(r, index.name_en),
    kind: cell(r, index.kind),
  }));
  return checkRows(source, year);
}
