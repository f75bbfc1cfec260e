import { getTableColumns, getTableName } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import * as schema from "../schema";

/*
 * The backup archive, format version 1: gzip of UTF-8 JSON lines, one record a line.
 *
 *   {"format":"gongkai-backup","version":1,"createdAt":…,"source":{"engine":…},
 *    "schema":{"migrations":["0000_initial",…]},"passwordHashes":false,"tables":["places",…]}
 *   {"table":"places","columns":["id","level",…]}
 *   ["prv-sc","province","四川省",null,…]            one line per row: each value is PostgreSQL's text
 *   …                                                form of the column (what COPY writes), or null
 *   {"end":"places","rows":12}
 *   … the next table …
 *   {"end":"archive","rows":1234}
 *
 * Text forms keep every value exact on both engines (numeric digits, microseconds, bytea as \x hex, jsonb as
 * written) and are read back by the column's own type.
 */

export const BACKUP_FORMAT = "gongkai-backup";
export const BACKUP_FORMAT_VERSION = 1;

/** What a user restored from an archive without password hashes has instead: no password verifies against it. */
export const UNUSABLE_PASSWORD_HASH = "!restored-without-password";

export interface BackupTable {
  name: string;
  table: PgTable;
  /** The primary key's columns: rows are written in this order. */
  key: string[];
  /** A column naming another row of the same table, which must be restored first. */
  parent?: { id: string; column: string };
  /** A column filled from a sequence, moved past the restored values. */
  serial?: string;
}

/**
 * Every table of the store except sessions (everyone signs in again after a restore), in an order where each row's
 * references come before it.
 */
export const BACKUP_TABLES: readonly BackupTable[] = (
  [
    [schema.places, ["id"], { parent: { id: "id", column: "parent_id" } }],
    [schema.users, ["id"]],
    [schema.roleGrants, ["id"], { serial: "id" }],
    [schema.imports, ["id"]],
    [schema.reports, ["id"]],
    [schema.reportVersions, ["report_id", "number"]],
    [schema.publicObservations, ["report_id", "observation_id"]],
    [schema.searchDocuments, ["report_id"]],
    [schema.reviewComments, ["id"], { parent: { id: "id", column: "parent_id" } }],
    [schema.warningAcknowledgements, ["report_id", "finding_key"]],
    [schema.scheduledPublications, ["report_id"]],
    [schema.auditLog, ["id"], { serial: "id" }],
    [schema.counters, ["name"]],
    [schema.meta, ["key"]],
  ] as Array<[PgTable, string[], Pick<BackupTable, "parent" | "serial">?]>
).map(([table, key, extra]) => ({ name: getTableName(table), table, key, ...extra }));

/** Tables of the store that a backup leaves out on purpose. */
export const TABLES_NOT_BACKED_UP = ["sessions"] as const;

/** The database names of a table's columns, in the schema's order. */
export const columnsOf = (table: PgTable): string[] =>
  Object.values(getTableColumns(table)).map((c) => c.name);

export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  createdAt: z.string(),
  source: z.object({ engine: z.enum(["pglite", "postgres"]) }),
  schema: z.object({ migrations: z.array(z.string()) }),
  passwordHashes: z.boolean(),
  tables: z.array(z.string()),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const TableStart = z.object({ table: z.string(), columns: z.array(z.string()).min(1) });
export const TableEnd = z.object({ end: z.string(), rows: z.number().int().nonnegative() });
export const Row = z.array(z.string().nullable());

/** A backup that cannot be written or restored, with a message in Chinese and English. */
export class BackupError extends Error {
  constructor(
    readonly code: "TARGET_NOT_EMPTY" | "BAD_ARCHIVE" | "NEWER_ARCHIVE" | "FILE_EXISTS",
    zh: string,
    en: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${zh} ${en}`);
    this.name = "BackupError";
  }
}
