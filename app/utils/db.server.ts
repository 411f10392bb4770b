// One Prisma client per process: on the libSQL driver adapter for SQLite (the embedded
// default), or on the pg adapter for PostgreSQL (decision 0016). Neither loads a native engine.
// The two generated clients come from one schema and have the same shape; the app is typed
// against the SQLite one and uses only what both databases support.
// Decision 0015: every connection gets busy_timeout; a connection that reported the database
// unavailable (read-only, cannot open, locked, disk) is dropped so the next query opens a new
// one, which is how the process recovers by itself; and every query's unavailable-database
// error becomes one 503 Response (app/utils/db-errors.server.ts) for the error boundary.
import { constants, existsSync } from "node:fs";
import { access } from "node:fs/promises";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "~/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "~/generated/prisma-pg/client";
import { databaseProvider, isPostgresUrl, type DatabaseProvider } from "~/utils/database-url";
import { rethrowUnavailable, unavailableReason } from "~/utils/db-errors.server";
import { env } from "~/utils/env.server";

type LibsqlConfig = Parameters<PrismaLibSQL["createClient"]>[0];
type LibsqlClient = ReturnType<PrismaLibSQL["createClient"]>;

// A second process (`npm run sweep`, a backup) may hold the write lock for a moment: wait for
// it rather than fail at once.
const BUSY_TIMEOUT_MS = 10_000;
const SUSPECT_MS = 60_000;

const fileOf = (url: string) => (url.startsWith("file:") ? url.slice("file:".length) : null);

function missingFile(file: string) {
  return Object.assign(new Error(`SQLITE_CANTOPEN: the database file ${file} is missing`), { code: "SQLITE_CANTOPEN" });
}

// After an outage is seen (a query failed, or /healthz could not write), every query opens a
// fresh connection until this time, so a connection opened while the file was read-only is not
// reused once it is writable again. Module-wide: the process has one client.
let suspectUntil = 0;
function suspectOutage() {
  suspectUntil = Date.now() + SUSPECT_MS;
}

// libSQL's client keeps one connection and hands it to each interactive transaction, opening
// a new one lazily — without our PRAGMAs. This wrapper opens every connection itself: one for
// reads and single statements, and a brand-new one for each transaction (so a transaction
// always sees the file as it is now).
function guardedClient(url: string, open: () => LibsqlClient): LibsqlClient {
  const file = fileOf(url);
  let current: LibsqlClient | null = null;
  const close = (c: LibsqlClient | null) => {
    try {
      c?.close();
    } catch {
      /* already unusable */
    }
  };
  const drop = () => {
    close(current);
    current = null;
  };
  const openConfigured = async () => {
    // A missing file is an outage (moved away, volume not mounted), not an empty database to create.
    if (file && !existsSync(file)) throw missingFile(file);
    const client = open();
    if (file) await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return client;
  };
  const connect = async () => {
    if (current && Date.now() >= suspectUntil) return current;
    drop();
    return (current = await openConfigured());
  };
  const failed = (error: unknown) => {
    if (unavailableReason(error)) {
      drop();
      suspectOutage();
    }
    return error;
  };
  const guard = async <T>(work: (c: LibsqlClient) => Promise<T>): Promise<T> => {
    try {
      return await work(await connect());
    } catch (error) {
      throw failed(error);
    }
  };
  // The transaction's own statements, commit and rollback report outages too.
  const watched = <T extends object>(tx: T): T =>
    new Proxy(tx, {
      get(target, property) {
        const value = Reflect.get(target, property);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          try {
            const result = value.apply(target, args);
            return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(failed(error))) : result;
          } catch (error) {
            throw failed(error);
          }
        };
      },
    });
  const client = {
    execute: (stmt: Parameters<LibsqlClient["execute"]>[0]) => guard((c) => c.execute(stmt)),
    batch: (stmts: Parameters<LibsqlClient["batch"]>[0], mode?: Parameters<LibsqlClient["batch"]>[1]) => guard((c) => c.batch(stmts, mode)),
    executeMultiple: (sql: string) => guard((c) => c.executeMultiple(sql)),
    sync: () => guard((c) => c.sync()),
    transaction: async (mode?: "write" | "read" | "deferred") => {
      let fresh: LibsqlClient | null = null;
      try {
        fresh = await openConfigured();
        // libSQL gives the connection to the transaction (which closes it when done).
        return watched(await fresh.transaction(mode));
      } catch (error) {
        close(fresh);
        throw failed(error);
      }
    },
    close: () => drop(),
    closed: false,
    protocol: file ? "file" : "http",
  };
  return client as unknown as LibsqlClient;
}

class GuardedLibSQL extends PrismaLibSQL {
  override createClient(config: LibsqlConfig): LibsqlClient {
    return guardedClient(config.url, () => super.createClient(config));
  }
}

// PostgreSQL: an interactive transaction waits this long for a connection of the pool (a burst
// of intakes queues here rather than failing) and may run this long. SQLite keeps Prisma's
// defaults (decision 0015 measured its outage behaviour with them).
const PG_TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

function createBaseClient(url: string): PrismaClient {
  if (isPostgresUrl(url)) {
    // A burst waits its turn for a connection rather than failing: only after DATABASE_POOL_WAIT_SECONDS
    // does a request get the 503 page (Retry-After).
    const adapter = new PrismaPg({ connectionString: url, max: env().DATABASE_POOL_SIZE, connectionTimeoutMillis: env().DATABASE_POOL_WAIT_SECONDS * 1000 });
    return new PgPrismaClient({ adapter, transactionOptions: PG_TRANSACTION_OPTIONS }) as unknown as PrismaClient;
  }
  const base = new PrismaClient({ adapter: new GuardedLibSQL({ url }) });
  // WAL lets readers run beside a writer (a property of the file, so once is enough).
  if (url.startsWith("file:")) void base.$executeRawUnsafe("PRAGMA journal_mode = WAL").catch((error) => console.error("[db] could not set WAL", error));
  return base;
}

export function createPrismaClient(url: string): PrismaClient {
  const base = createBaseClient(url);
  const extended = base.$extends({
    query: {
      $allOperations({ args, query }) {
        return query(args).catch(rethrowUnavailable);
      },
    },
  });
  // $transaction is not an "operation": its BEGIN and COMMIT failures are classified here.
  return new Proxy(extended, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (property !== "$transaction") return value;
      return (...args: unknown[]) => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args).catch(rethrowUnavailable);
    },
  }) as unknown as PrismaClient;
}

/** The database this process runs on: the few statements that differ branch on it. */
export const provider: DatabaseProvider = databaseProvider(env().DATABASE_URL);

/** Keys of the transaction-scoped advisory locks (PostgreSQL), one per serialised writer. */
export const LOCKS = { auditChain: 7_262_101, sweep: 7_262_102 } as const;

/**
 * Serialises a kind of write across every process (decision 0016): PostgreSQL holds the advisory
 * lock until the transaction ends; SQLite needs nothing, since it runs one write transaction at a
 * time and a transaction whose snapshot went stale cannot write (SQLITE_BUSY).
 */
export async function lockTransaction(tx: Prisma.TransactionClient, key: (typeof LOCKS)[keyof typeof LOCKS]): Promise<void> {
  if (provider === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(CAST(${key} AS BIGINT))`;
}

/**
 * A "contains" filter that ignores case on both databases: SQLite's LIKE already does (for
 * ASCII); PostgreSQL's needs mode "insensitive" (ILIKE), which the SQLite-typed client lacks.
 */
export function containsText(text: string): { contains: string } {
  return provider === "postgresql" ? ({ contains: text, mode: "insensitive" } as { contains: string }) : { contains: text };
}

// Reused across dev-server reloads so we don't open a new connection per edit.
export const prisma: PrismaClient = (globalThis.__anuyatPrisma ??= createPrismaClient(env().DATABASE_URL));

/**
 * Where the heavy, lag-tolerant reads go: the aggregate counts of the statistics (O3). With
 * DATABASE_READ_URL (a PostgreSQL streaming replica) they leave the primary alone; a replica
 * a moment behind only makes the statistics a moment old (docs/production.md). Without it,
 * the primary. Never used for anything that is read to decide or to write.
 */
export const hasReadReplica = Boolean(env().DATABASE_READ_URL);
export const prismaRead: PrismaClient = env().DATABASE_READ_URL
  ? (globalThis.__anuyatPrismaRead ??= createPrismaClient(env().DATABASE_READ_URL!))
  : prisma;

declare global {
  // eslint-disable-next-line no-var
  var __anuyatPrisma: PrismaClient | undefined;
  // eslint-disable-next-line no-var
  var __anuyatPrismaRead: PrismaClient | undefined;
}

// Prisma's code for a unique constraint that refused a row.
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

// Readiness (/healthz): can a NEW connection write right now? A connection opened before the
// file became read-only still writes, so only a fresh one tells the truth. Nothing is changed:
// the write touches no row and is rolled back.
export async function probeDatabase(): Promise<{ ok: true } | { ok: false; reason: string }> {
  const url = env().DATABASE_URL;
  const file = fileOf(url);
  try {
    if (file) {
      if (!existsSync(file)) throw missingFile(file);
      // The file's permissions first: SQLite's unix VFS may hand a new connection a file
      // descriptor that an earlier connection of this process left behind (closed, or dropped
      // and collected, while another still held a lock), opened when the file was writable, and
      // the write below then succeeds through it. Seen once the server ran with a smaller young
      // generation, which collects dropped connections sooner (decision 0022).
      await access(file, constants.W_OK).catch(() => {
        throw Object.assign(new Error(`SQLITE_READONLY: the database file ${file} is not writable`), { code: "SQLITE_READONLY" });
      });
      const probe = new PrismaLibSQL({ url }).createClient({ url });
      try {
        await probe.execute(`PRAGMA busy_timeout = 2000`);
        await probe.execute("BEGIN IMMEDIATE");
        await probe.execute(`UPDATE "_prisma_migrations" SET "id" = "id" WHERE 0`);
        await probe.execute("ROLLBACK");
      } finally {
        probe.close();
      }
    }
    await prisma.$queryRaw`SELECT 1`;
    return { ok: true };
  } catch (error) {
    suspectOutage();
    return { ok: false, reason: unavailableReason(error) ?? (error instanceof Response ? `status ${error.status}` : "unknown") };
  }
}
