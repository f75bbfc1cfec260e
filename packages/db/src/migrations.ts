import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { MIGRATIONS_FOLDER } from "./open";
import { rawRows } from "./raw";
import type { Executor } from "./types";

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}
interface Journal {
  entries: JournalEntry[];
}

const readJournal = (folder = MIGRATIONS_FOLDER): Journal =>
  JSON.parse(readFileSync(join(folder, "meta", "_journal.json"), "utf8")) as Journal;

/** The tags of every migration this code knows, in order (`0000_initial`, …). */
export function knownMigrations(): string[] {
  return readJournal().entries.map((e) => e.tag);
}

/** The tags of the migrations applied to a store, in order; none for a database gongkai never opened. */
export async function appliedMigrations(db: Executor): Promise<string[]> {
  const [exists] = await rawRows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present) return [];
  const rows = await rawRows<{ created_at: string }>(
    db,
    sql`select created_at from drizzle.__drizzle_migrations order by created_at`,
  );
  const byWhen = new Map(readJournal().entries.map((e) => [String(e.when), e.tag]));
  return rows.map((r) => byWhen.get(String(r.created_at)) ?? `unknown@${r.created_at}`);
}

/**
 * A migrations folder holding only the first `count` migrations, for bringing a store to an older schema (a
 * backup made before later migrations is loaded there, then migrated forward). `dispose()` removes it.
 */
export function migrationsFolderUpTo(count: number): { folder: string; dispose(): void } {
  const journal = readJournal();
  const folder = mkdtempSync(join(tmpdir(), "gongkai-migrations-"));
  mkdirSync(join(folder, "meta"));
  const entries = journal.entries.slice(0, count);
  for (const e of entries) cpSync(join(MIGRATIONS_FOLDER, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
  writeFileSync(join(folder, "meta", "_journal.json"), JSON.stringify({ ...journal, entries }, null, 2));
  return { folder, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}
