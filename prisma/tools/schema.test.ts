// One source of truth (decision 0016): the committed PostgreSQL schema is exactly what
// prisma/tools/schema.mjs derives from prisma/schema.prisma — edit the source, then run
// `npm run db:migration -- <name>`, never the derived file.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { derive, underive } from "./schema.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const derived = readFileSync(path.join(root, "prisma/postgresql/schema.prisma"), "utf8");

describe("the PostgreSQL schema is derived from prisma/schema.prisma", () => {
  it("is up to date", () => {
    expect(derived).toBe(derive(source));
  });
  it("differs only in the provider and the client's output folder", () => {
    const a = source.split("\n");
    const b = (derive(source) as string).split("\n").slice(3);
    expect(b).toHaveLength(a.length);
    const changed = a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y);
    expect(changed).toEqual([
      ['  output       = "../app/generated/prisma"', '  output       = "../../app/generated/prisma-pg"'],
      ['  provider = "sqlite"', '  provider = "postgresql"'],
    ]);
  });
  it("can be turned back into the source it came from (the migration diff's starting point)", () => {
    expect(underive(derive(source))).toBe(source);
  });
  it("refuses a source that is not the SQLite schema it expects", () => {
    expect(() => derive(source.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/expected provider/);
  });
});
