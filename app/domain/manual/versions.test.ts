// R7.4: a published version stays readable and says whether it is still in force.
import { describe, expect, it } from "vitest";
import { versionStanding, type VersionSummary } from "./versions";

const versions: VersionSummary[] = [
  { id: "a", version: 1, status: "published", publishedAt: "2026-01-05" },
  { id: "b", version: 2, status: "published", publishedAt: "2026-03-01" },
  { id: "c", version: 3, status: "published", publishedAt: "2026-04-01" },
  { id: "d", version: 4, status: "draft", publishedAt: null },
];

describe("versionStanding", () => {
  it.each([
    { version: 1, current: "c", standing: { kind: "superseded", publishedAt: "2026-01-05", by: 2 } },
    { version: 2, current: "c", standing: { kind: "superseded", publishedAt: "2026-03-01", by: 3 } },
    { version: 3, current: "c", standing: { kind: "in_force", publishedAt: "2026-04-01" } },
    { version: 4, current: "c", standing: { kind: "draft" } },
    { version: 5, current: "c", standing: null },
  ])("v$version when $current is in force", ({ version, current, standing }) => {
    expect(versionStanding(versions, current, version)).toEqual(standing);
  });
});
