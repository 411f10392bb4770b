// Which database a DATABASE_URL names (decision 0016): SQLite (file:, libsql:, http(s): for a
// libSQL server) is the embedded default; postgres:// or postgresql:// is the scale-out mode.
export type DatabaseProvider = "sqlite" | "postgresql";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function databaseProvider(url: string): DatabaseProvider {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}
