import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { getTableName, is, type SQL, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { knownMigrations, migrationsFolderUpTo } from "../migrations";
import { type OpenOptions, openDatabase } from "../open";
import { rawRows } from "../raw";
import * as schema from "../schema";
import type { Transaction } from "../types";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  BackupError,
  BackupHeader,
  type BackupTable,
  Row,
  TableEnd,
  TableStart,
  UNUSABLE_PASSWORD_HASH,
} from "./format";

export interface RestoreSummary {
  header: BackupHeader;
  rows: Record<string, number>;
  total: number;
  /** Users restored without a password (the archive had no hashes): they sign in once an admin sets one. */
  usersWithoutPassword: number;
}

// PostgreSQL takes at most 65,535 parameters a statement; a batch also stays under a few megabytes.
const MAX_PARAMETERS = 60_000;
const MAX_BATCH_CHARS = 8 * 1024 * 1024;

const bad = (line: number, what: string) =>
  new BackupError(
    "BAD_ARCHIVE",
    `备份文件第 ${line} 行有误：${what}。未恢复任何数据。`,
    `The archive is damaged at line ${line}: ${what}. Nothing was restored.`,
    { line },
  );

/** The archive's records, one a line, as parsed JSON with their line numbers. Damage shows as a BackupError. */
async function* records(file: string): AsyncGenerator<{ line: number; value: unknown }> {
  const gunzip = createGunzip();
  const piped = pipeline(createReadStream(file), gunzip);
  piped.catch(() => {});
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending = "";
  let line = 0;
  const parse = (text: string) => {
    line++;
    try {
      return { line, value: JSON.parse(text) as unknown };
    } catch {
      throw bad(line, "not JSON");
    }
  };
  try {
    for await (const chunk of gunzip) {
      pending += decoder.decode(chunk as Buffer, { stream: true });
      let at = pending.indexOf("\n");
      while (at >= 0) {
        yield parse(pending.slice(0, at));
        pending = pending.slice(at + 1);
        at = pending.indexOf("\n");
      }
    }
    pending += decoder.decode();
  } catch (e) {
    if (e instanceof BackupError) throw e;
    const reason =
      (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String((e as Error).message);
    throw bad(line + 1, `not a complete gzip file of UTF-8 text (${reason})`);
  }
  if (pending.trim()) yield parse(pending);
}

/** Every table of the store, sessions included: a restore goes only into a store where all are empty. */
const ALL_TABLES = (Object.values(schema) as unknown[])
  .filter((v): v is PgTable => is(v, PgTable))
  .map((t) => getTableName(t));

async function rowCounts(tx: Transaction): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of ALL_TABLES) {
    const [row] = await rawRows<{ n: string }>(
      tx,
      sql`select count(*)::text as n from ${sql.identifier(name)}`,
    );
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}

/** Rows whose parent is another row of the batch come after it (places under places, replies after comments). */
function parentsFirst(rows: Array<Array<string | null>>, idAt: number, parentAt: number) {
  const byId = new Map(rows.map((r) => [r[idAt], r]));
  const done = new Set<string | null>();
  const ordered: Array<Array<string | null>> = [];
  const visit = (row: Array<string | null>, depth: number) => {
    const id = row[idAt] ?? null;
    if (done.has(id) || depth > rows.length) return;
    const parent = row[parentAt];
    const parentRow = parent == null ? undefined : byId.get(parent);
    if (parentRow && parentRow !== row) visit(parentRow, depth + 1);
    done.add(id);
    ordered.push(row);
  };
  for (const row of rows) visit(row, 0);
  return ordered;
}

/** The SQL type of each column of a table, as `format_type` writes it (`timestamp with time zone`, `bytea`, …). */
async function columnTypes(tx: Transaction, table: string): Promise<Map<string, string>> {
  const rows = await rawRows<{ name: string; type: string }>(
    tx,
    sql`select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
        where attrelid = ${`public.${table}`}::regclass and attnum > 0 and not attisdropped`,
  );
  return new Map(rows.map((r) => [r.name, r.type]));
}

async function insertRows(
  tx: Transaction,
  entry: BackupTable,
  columns: string[],
  rows: Array<Array<string | null>>,
): Promise<void> {
  if (rows.length === 0) return;
  const types = await columnTypes(tx, entry.name);
  // Every value travels as text and is read by the column's own type (an explicit cast calls its input
  // function), as COPY does: exact for numeric, bytea, jsonb, tsvector and timestamps alike.
  const casts = columns.map((c) => sql.raw(types.get(c) ?? "text"));
  const into = sql`insert into ${sql.identifier(entry.name)} (${sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  )}) values `;
  const perBatch = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  let batch: SQL[] = [];
  let chars = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await tx.execute(sql`${into}${sql.join(batch, sql`, `)}`);
    batch = [];
    chars = 0;
  };
  for (const row of rows) {
    batch.push(
      sql`(${sql.join(
        row.map((v, i) => sql`${v}::text::${casts[i]}`),
        sql`, `,
      )})`,
    );
    chars += row.reduce((n, v) => n + (v?.length ?? 0), 0);
    if (batch.length >= perBatch || chars >= MAX_BATCH_CHARS) await flush();
  }
  await flush();
}

/**
 * Restores an archive into an empty store: an empty (or new) data folder, or an empty PostgreSQL database.
 * A store with anything in it is refused, and so is an archive that is damaged or made by a newer gongkai; either
 * way nothing is written (one transaction). An archive of an older schema is loaded at that schema and then
 * migrated forward like any store.
 */
export async function restoreBackup(target: OpenOptions, file: string): Promise<RestoreSummary> {
  const input = records(file);
  const first = await input.next();
  const header = BackupHeader.safeParse(first.done ? null : first.value.value);
  if (!header.success || header.data.format !== BACKUP_FORMAT) {
    await input.return(undefined);
    throw bad(1, `not a ${BACKUP_FORMAT} archive header`);
  }
  const h = header.data;
  const known = knownMigrations();
  if (h.version > BACKUP_FORMAT_VERSION || h.schema.migrations.length > known.length) {
    await input.return(undefined);
    throw new BackupError(
      "NEWER_ARCHIVE",
      "该备份由较新版本的公开生成，请先升级本程序再恢复。",
      "This archive was made by a newer version of gongkai; upgrade before restoring it.",
      { version: h.version, migrations: h.schema.migrations },
    );
  }
  if (h.schema.migrations.some((tag, i) => tag !== known[i])) {
    await input.return(undefined);
    throw bad(1, `its schema (${h.schema.migrations.join(", ")}) is not one this version of gongkai made`);
  }
  const older =
    h.schema.migrations.length < known.length ? migrationsFolderUpTo(h.schema.migrations.length) : null;
  const store = await openDatabase({ ...target, ...(older ? { migrationsFolder: older.folder } : {}) });
  let summary: RestoreSummary;
  try {
    summary = await store.db.transaction(async (tx) => {
      const counts = await rowCounts(tx);
      const filled = Object.entries(counts).filter(([, n]) => n > 0);
      if (filled.length) {
        throw new BackupError(
          "TARGET_NOT_EMPTY",
          `目标数据库不是空的（${filled.map(([t, n]) => `${t}: ${n} 行`).join("，")}），未恢复任何数据。请恢复到新的空数据目录或空的 PostgreSQL 数据库。`,
          `The target store is not empty (${filled.map(([t, n]) => `${t}: ${n} rows`).join(", ")}); nothing was restored. Restore into a new, empty data folder or an empty PostgreSQL database.`,
          { counts: Object.fromEntries(filled) },
        );
      }
      const rows: Record<string, number> = {};
      let total = 0;
      let usersWithoutPassword = 0;
      let current: {
        entry: BackupTable;
        columns: string[];
        rows: Array<Array<string | null>>;
        count: number;
      } | null = null;
      let finished = false;
      let lastLine = 1;
      for await (const { line, value } of input) {
        lastLine = line;
        if (finished) throw bad(line, "records after the end of the archive");
        if (current === null) {
          const end = TableEnd.safeParse(value);
          if (end.success && end.data.end === "archive") {
            if (end.data.rows !== total)
              throw bad(line, `it says ${end.data.rows} rows, there were ${total}`);
            finished = true;
            continue;
          }
          const start = TableStart.safeParse(value);
          if (!start.success) throw bad(line, "expected the start of a table");
          const entry = BACKUP_TABLES.find((t) => t.name === start.data.table);
          if (!entry || !h.tables.includes(entry.name) || entry.name in rows) {
            throw bad(line, `unexpected table ${start.data.table}`);
          }
          const known = await columnTypes(tx, entry.name);
          const unknown = start.data.columns.filter((c) => !known.has(c));
          if (unknown.length)
            throw bad(line, `${entry.name} has columns this schema lacks: ${unknown.join(", ")}`);
          current = { entry, columns: start.data.columns, rows: [], count: 0 };
          continue;
        }
        const row = Row.safeParse(value);
        if (row.success) {
          if (row.data.length !== current.columns.length) throw bad(line, "a row of the wrong length");
          if (current.entry.name === "users" && !h.passwordHashes) {
            const at = current.columns.indexOf("password_hash");
            if (at >= 0 && row.data[at] === null) {
              row.data[at] = UNUSABLE_PASSWORD_HASH;
              usersWithoutPassword++;
            }
          }
          current.rows.push(row.data);
          current.count++;
          // Tables whose rows refer to each other are ordered once all are read; the others go in batches.
          if (!current.entry.parent && current.rows.length >= 2_000) {
            await insertRows(tx, current.entry, current.columns, current.rows);
            current.rows = [];
          }
          continue;
        }
        const end = TableEnd.safeParse(value);
        if (!end.success || end.data.end !== current.entry.name)
          throw bad(line, `expected a row of ${current.entry.name}`);
        if (end.data.rows !== current.count) {
          throw bad(
            line,
            `${current.entry.name} should have ${end.data.rows} rows, the archive holds ${current.count}`,
          );
        }
        const parent = current.entry.parent;
        const ordered = parent
          ? parentsFirst(
              current.rows,
              current.columns.indexOf(parent.id),
              current.columns.indexOf(parent.column),
            )
          : current.rows;
        await insertRows(tx, current.entry, current.columns, ordered);
        rows[current.entry.name] = current.count;
        total += current.count;
        current = null;
      }
      if (!finished) throw bad(lastLine, "it ends before its last record (cut short?)");
      for (const entry of BACKUP_TABLES) {
        if (!entry.serial) continue;
        const col = sql.identifier(entry.serial);
        await tx.execute(
          sql`select setval(pg_get_serial_sequence(${entry.name}, ${entry.serial}),
                coalesce((select max(${col}) from ${sql.identifier(entry.name)}), 0) + 1, false)`,
        );
      }
      return { header: h, rows, total, usersWithoutPassword };
    });
  } finally {
    await input.return(undefined);
    await store.close();
    older?.dispose();
  }
  // Loaded at the archive's schema: now the migrations that came after it, as any start would run them.
  if (older) await (await openDatabase(target)).close();
  return summary;
}
