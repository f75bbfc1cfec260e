import { once } from "node:events";
import {
  closeSync,
  createWriteStream,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import { appliedMigrations } from "../migrations";
import type { OpenDatabase } from "../open";
import { rawRows } from "../raw";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  BackupError,
  type BackupHeader,
} from "./format";
import { textRows } from "./rows";

export interface ExportOptions {
  /** Keep the users' argon2id password hashes (default: left out, so that a copy of the archive opens no account). */
  withPasswordHashes?: boolean;
  /** Replace an existing file (default: refuse). */
  overwrite?: boolean;
  now?: () => Date;
}

export interface BackupSummary {
  file: string;
  rows: Record<string, number>;
  total: number;
  bytes: number;
  passwordHashes: boolean;
}

/**
 * Writes the whole store to one archive (the format is in `format.ts`): every table but sessions, read in one
 * repeatable-read transaction so that the archive is one moment of the store even while a server writes to a
 * PostgreSQL database. It is written beside `file` and renamed into place once complete and on disk.
 * @example await exportBackup(store, "gongkai-2026-01-05.jsonl.gz");
 */
export async function exportBackup(
  store: Pick<OpenDatabase, "db" | "engine">,
  file: string,
  options: ExportOptions = {},
): Promise<BackupSummary> {
  if (!options.overwrite && existsSync(file)) {
    throw new BackupError(
      "FILE_EXISTS",
      `文件 ${file} 已存在，未覆盖。`,
      `${file} already exists; it was not overwritten.`,
    );
  }
  const withHashes = options.withPasswordHashes ?? false;
  const partial = `${file}.partial-${process.pid}`;
  const gzip = createGzip({ level: 6 });
  const out = createWriteStream(partial, { flags: "wx" });
  // A failed write (a full disk) destroys the gzip stream too, which makes the pending write below throw.
  const written = pipeline(gzip, out);
  written.catch(() => {});
  const write = async (record: unknown) => {
    if (!gzip.write(`${JSON.stringify(record)}\n`)) await once(gzip, "drain");
  };
  const rows: Record<string, number> = {};
  let total = 0;
  try {
    await store.db.transaction(
      async (tx) => {
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_FORMAT_VERSION,
          createdAt: (options.now ?? (() => new Date()))().toISOString(),
          source: { engine: store.engine },
          schema: { migrations: await appliedMigrations(tx) },
          passwordHashes: withHashes,
          tables: [],
        };
        // The columns the store has, which are this code's unless the store is of an older schema.
        const present = await rawRows<{ name: string; columns: string[] }>(
          tx,
          sql`select c.relname::text as name, array_agg(a.attname::text order by a.attnum) as columns
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
              join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
              where n.nspname = 'public' and c.relkind = 'r' group by c.relname`,
        );
        const columnsByTable = new Map(present.map((p) => [p.name, p.columns]));
        const tables = BACKUP_TABLES.filter((t) => columnsByTable.has(t.name));
        header.tables = tables.map((t) => t.name);
        await write(header);
        for (const entry of tables) {
          const columns = columnsByTable.get(entry.name) ?? [];
          const hashAt = entry.name === "users" && !withHashes ? columns.indexOf("password_hash") : -1;
          await write({ table: entry.name, columns });
          let count = 0;
          for await (const row of textRows(tx, entry, columns)) {
            if (hashAt >= 0) row[hashAt] = null;
            await write(row);
            count++;
          }
          await write({ end: entry.name, rows: count });
          rows[entry.name] = count;
          total += count;
        }
        await write({ end: "archive", rows: total });
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    gzip.end();
    await written;
    const fd = openSync(partial, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
  } catch (e) {
    gzip.destroy();
    out.destroy();
    rmSync(partial, { force: true });
    throw e;
  }
  return { file, rows, total, bytes: statSync(file).size, passwordHashes: withHashes };
}
