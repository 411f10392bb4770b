import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every page exists in Thai and English: the two locale folders must have the same files and
// the same keys, and no value may be empty.
const root = path.resolve(import.meta.dirname, "../../locales");
type Json = { [k: string]: string | Json };
const flatten = (o: Json, prefix = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
const read = (lng: string, file: string) => flatten(JSON.parse(readFileSync(path.join(root, lng, file), "utf8")));

describe("locale files", () => {
  const thFiles = readdirSync(path.join(root, "th")).sort();
  it("th and en have the same namespaces", () => {
    expect(readdirSync(path.join(root, "en")).sort()).toEqual(thFiles);
  });
  it.each(thFiles)("%s has the same keys in th and en", (file) => {
    const th = read("th", file).map(([k]) => k).sort();
    const en = read("en", file).map(([k]) => k).sort();
    expect(en).toEqual(th);
  });
  it.each(thFiles)("%s has no empty strings", (file) => {
    for (const lng of ["th", "en"]) {
      expect(read(lng, file).filter(([, v]) => v.trim() === "").map(([k]) => `${lng}:${k}`)).toEqual([]);
    }
  });
});
