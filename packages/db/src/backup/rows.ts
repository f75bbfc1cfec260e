import { type SQL, sql } from "drizzle-orm";
import { rawRows } from "../raw";
import type { Executor } from "../types";
import type { BackupTable } from "./format";

/** Rows a page of a large table holds: few for the original files (up to 20 MB each), more for small rows. */
const PAGE_ROWS: Record<string, number> = { imports: 4, report_versions: 100 };
const DEFAULT_PAGE_ROWS = 1_000;

// Qualified by the table: a bare name in ORDER BY would mean the text output column of the same name.
const list = (table: string, names: string[]): SQL =>
  sql.join(
    names.map((n) => sql`${sql.identifier(table)}.${sql.identifier(n)}`),
    sql`, `,
  );

/**
 * Every row of a table as the text form of each column (or null), in primary-key order, a page at a time
 * (keyset pagination: each page starts after the last key of the one before, so a large table costs no more per
 * page than a small one).
 */
export async function* textRows(
  db: Executor,
  entry: BackupTable,
  columns: string[],
): AsyncGenerator<Array<string | null>> {
  const pageRows = PAGE_ROWS[entry.name] ?? DEFAULT_PAGE_ROWS;
  const keyAt = entry.key.map((k) => columns.indexOf(k));
  if (keyAt.some((i) => i < 0)) throw new Error(`${entry.name}: the key is not among the columns`);
  const select = sql.join(
    columns.map((c) => sql`${sql.identifier(c)}::text as ${sql.identifier(c)}`),
    sql`, `,
  );
  let after: Array<string | null> | null = null;
  for (;;) {
    const where: SQL = after
      ? sql`where (${list(entry.name, entry.key)}) > (${sql.join(
          after.map((v) => sql`${v}`),
          sql`, `,
        )})`
      : sql``;
    const rows: Array<Record<string, string | null>> = await rawRows<Record<string, string | null>>(
      db,
      sql`select ${select} from ${sql.identifier(entry.name)} ${where} order by ${list(entry.name, entry.key)} limit ${pageRows}`,
    );
    for (const row of rows) yield columns.map((c) => row[c] ?? null);
    if (rows.length < pageRows) return;
    const last = rows[rows.length - 1] as Record<string, string | null>;
    after = keyAt.map((i) => last[columns[i] as string] ?? null);
  }
}
