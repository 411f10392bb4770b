// Where uploaded bytes live. The database holds only a random key; the bytes sit in a
// private directory outside public/, so the web server never serves them by itself and
// every read goes through a route that checks permission and scope.
import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { env } from "~/utils/env.server";

export interface FileStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

// Keys are UUIDs we made ourselves (lower-case, v4). Anything else, above all anything with
// a dot or a slash, is refused before it reaches the file system.
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function newStorageKey(): string {
  return randomUUID();
}

export function isStorageKey(key: string): boolean {
  return KEY.test(key);
}

function assertKey(key: string): void {
  if (!isStorageKey(key)) throw new Error("invalid storage key");
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}

export function createLocalStorage(dir: string): FileStorage {
  const root = path.resolve(dir);
  const publicDir = path.resolve("public");
  if (root === publicDir || root.startsWith(publicDir + path.sep)) {
    throw new Error(`UPLOAD_DIR must not be inside public/ (${root})`);
  }
  // Created on demand (cheap when it exists), readable by the server's user only.
  const ensureDir = () => mkdir(root, { recursive: true, mode: 0o700 });
  const fileOf = (key: string) => path.join(root, key);

  return {
    async put(key, bytes) {
      assertKey(key);
      await ensureDir();
      // Written under a temporary name, flushed, then renamed: rename is atomic, so a crash
      // leaves at worst a stray *.tmp file, never a half file under a real key.
      const temp = path.join(root, `${key}.${randomUUID()}.tmp`);
      const handle = await open(temp, "wx", 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } catch (error) {
        await handle.close().catch(() => {});
        await rm(temp, { force: true });
        throw error;
      }
      await handle.close();
      try {
        await rename(temp, fileOf(key));
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async get(key) {
      assertKey(key);
      try {
        return new Uint8Array(await readFile(fileOf(key)));
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      assertKey(key);
      await rm(fileOf(key), { force: true });
    },
  };
}

let local: FileStorage | undefined;
export function storage(): FileStorage {
  return (local ??= createLocalStorage(env().UPLOAD_DIR));
}
