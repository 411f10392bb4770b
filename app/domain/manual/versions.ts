// Where one version of a manual stands among its permit's versions (R7.4): the draft being
// edited, the version in force, or an earlier one and which version replaced it.
export type VersionSummary = { id: string; version: number; status: string; publishedAt: string | null };
export type VersionStanding =
  | { kind: "draft" }
  | { kind: "in_force"; publishedAt: string | null }
  | { kind: "superseded"; publishedAt: string | null; by: number | null };

export function versionStanding(versions: readonly VersionSummary[], currentVersionId: string | null, version: number): VersionStanding | null {
  const row = versions.find((v) => v.version === version);
  if (!row) return null;
  if (row.status !== "published") return { kind: "draft" };
  if (row.id === currentVersionId) return { kind: "in_force", publishedAt: row.publishedAt };
  // The next published version after this one replaced it.
  const next = versions.filter((v) => v.status === "published" && v.version > version).sort((a, b) => a.version - b.version)[0];
  return { kind: "superseded", publishedAt: row.publishedAt, by: next?.version ?? null };
}
