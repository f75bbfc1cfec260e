import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { dataDirErrorOf, prepareDataDir } from "./data-dir";
import { lockDataDir } from "./lock";
import * as schema from "./schema";
import type { Database, Engine } from "./types";

/** The versioned SQL migrations drizzle-kit writes; applied in order on open. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../migrations", import.meta.url));

export type OpenOptions = (
  | {
      /** Embedded PGlite persisted in this folder (the folder is locked to this process). */ dataDir: string;
    }
  | { /** An in-memory PGlite, for tests. */ memory: true }
  | { /** A PostgreSQL server. */ databaseUrl: string }
) & {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Where the migrations are read from (default `MIGRATIONS_FOLDER`); a restore brings a store to an older schema first. */
  migrationsFolder?: string;
  /** Connections in the pool for PostgreSQL (default 10). */
  poolSize?: number;
  /** Told about errors of idle PostgreSQL connections, which must not crash the process. */
  onPoolError?: (error: Error) => void;
};

export interface OpenDatabase {
  db: Database;
  engine: Engine;
  /** Where the data lives: the PGlite folder or the server's URL without its password. */
  location: string;
  /** Writes a checkpoint on PGlite (which runs no checkpointer), so the write-ahead log can be recycled; call it
   *  after bulk loads. PostgreSQL checkpoints by itself: there it does nothing. */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

/** The folder PGlite keeps its files in, inside the data folder. */
export const pgliteFolder = (dataDir: string) => join(dataDir, "pglite");

/** How often the embedded store checkpoints. */
export const CHECKPOINT_EVERY_MS = 5 * 60_000;

// PostgreSQL's defaults keep up to 1 GB of write-ahead log; an embedded store for one server needs far less.
const PGLITE_CONF = ["min_wal_size = 32MB", "max_wal_size = 128MB"];

// A fixed key for the advisory lock that keeps two servers from migrating one PostgreSQL database at once.
const MIGRATION_LOCK_KEY = 4_216_001;

/**
 * Opens the store: embedded PGlite in a data folder by default, or PostgreSQL by URL; migrates it.
 * @example const { db, close } = await openDatabase({ dataDir: "./data" });
 */
export async function openDatabase(options: OpenOptions): Promise<OpenDatabase> {
  const migrate = options.migrate ?? true;
  const migrationsFolder = options.migrationsFolder ?? MIGRATIONS_FOLDER;
  if ("databaseUrl" in options) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on("error", (e) => options.onPoolError?.(e));
    // The pool listens for errors of idle clients only. A client checked out (a transaction between two queries)
    // whose connection the server ends would emit an unhandled 'error' and stop the process; with this listener
    // its next query fails instead (the API answers 503) and the pool drops it when it is released.
    pool.on("connect", (client) => client.on("error", (e) => options.onPoolError?.(e)));
    try {
      if (migrate) {
        const client = await pool.connect();
        try {
          await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
          await migrateNodePg(drizzleNodePg({ client, schema }), { migrationsFolder });
        } finally {
          await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
          client.release();
        }
      }
    } catch (e) {
      await pool.end();
      throw e;
    }
    const db = drizzleNodePg({ client: pool, schema }) as unknown as Database;
    return {
      db,
      engine: "postgres",
      location: redactUrl(options.databaseUrl),
      checkpoint: async () => {},
      close: () => pool.end(),
    };
  }

  let release = () => {};
  let client: PGlite;
  let location = "memory";
  const dataDir = "dataDir" in options ? options.dataDir : null;
  // A full disk, a wrong owner or a read-only mount: one clear error naming the folder, before PGlite's own.
  const explained = (e: unknown) => (dataDir === null ? e : (dataDirErrorOf(e, dataDir) ?? e));
  if (dataDir !== null) {
    prepareDataDir(dataDir);
    location = pgliteFolder(dataDir);
    try {
      release = lockDataDir(dataDir);
      mkdirSync(location, { recursive: true });
    } catch (e) {
      release();
      throw explained(e);
    }
    client = new PGlite(location, { postgresqlconf: PGLITE_CONF });
  } else {
    client = new PGlite();
  }
  try {
    await client.waitReady;
    const db = drizzlePglite({ client, schema });
    if (migrate) await migratePglite(db, { migrationsFolder });
    let timer: NodeJS.Timeout | null = null;
    if ("dataDir" in options) {
      // PGlite runs no checkpointer: without a checkpoint now and then, the write-ahead log grows without bound
      // and a crash replays all of it at the next start.
      timer = setInterval(() => void client.exec("checkpoint").catch(() => {}), CHECKPOINT_EVERY_MS);
      timer.unref();
    }
    return {
      db: db as unknown as Database,
      engine: "pglite",
      location,
      checkpoint: async () => {
        await client.exec("checkpoint");
      },
      close: async () => {
        if (timer) clearInterval(timer);
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    await client.close().catch(() => {});
    release();
    throw explained(e);
  }
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres";
  }
}
