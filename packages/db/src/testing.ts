import { createHash, randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "@gongkai/domain";
import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, it } from "vitest";
import { BACKUP_TABLES, columnsOf } from "./backup/format";
import { textRows } from "./backup/rows";
import { LOCK_FILE } from "./lock";
import { MIGRATIONS_FOLDER, type OpenDatabase, type OpenOptions, openDatabase } from "./open";
import { refreshPublicRecords } from "./public-records";
import { rawRows } from "./raw";
import { reports, reportVersions } from "./schema";
import type { Database, Engine } from "./types";

/*
 * Test databases on both engines. PGlite: a migrated data folder is made once per machine and migration set,
 * then copied for each test file (opening a copy takes a fraction of a second, initdb seconds). PostgreSQL
 * (`TEST_DATABASE_URL`): each test database is created under a fresh name and dropped afterwards, so that runs
 * and files never collide.
 */

const postgresUrl = process.env.TEST_DATABASE_URL || "";
const inCi = process.env.GONGKAI_CI === "1";

/** The engines this run tests against: PGlite always, PostgreSQL when `TEST_DATABASE_URL` is set. */
export const TEST_ENGINES: readonly Engine[] = postgresUrl ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase extends OpenDatabase {
  /** Empties every table, for a clean start between tests that share the database. */
  reset(): Promise<void>;
}

function migrationsHash(): string {
  const h = createHash("sha256");
  for (const f of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (f.endsWith(".sql")) h.update(f).update(readFileSync(join(MIGRATIONS_FOLDER, f)));
  }
  h.update(readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json")));
  return h.digest("hex").slice(0, 16);
}

async function pgliteTemplate(): Promise<string> {
  const template = join(tmpdir(), `gongkai-pglite-template-${migrationsHash()}`);
  if (existsSync(join(template, "ready"))) return template;
  const building = mkdtempSync(join(tmpdir(), "gongkai-pglite-building-"));
  const opened = await openDatabase({ dataDir: building });
  await opened.close();
  rmSync(join(building, LOCK_FILE), { force: true });
  cpSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), join(building, "ready"));
  try {
    renameSync(building, template);
  } catch {
    // Another worker finished first: use its template.
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}

async function truncateAll(db: OpenDatabase["db"]): Promise<void> {
  const rows = await rawRows<{ tablename: string }>(
    db,
    sql`select tablename from pg_tables where schemaname = 'public'`,
  );
  const names = rows.map((r) => `"${r.tablename}"`).join(", ");
  if (names) await db.execute(sql.raw(`truncate ${names} restart identity cascade`));
}

/** A migrated, empty data folder, copied from the template in a fraction of a second instead of an initdb. */
export async function createTestDataDir(): Promise<string> {
  const template = await pgliteTemplate();
  const dir = mkdtempSync(join(tmpdir(), "gongkai-test-db-"));
  cpSync(template, dir, { recursive: true });
  rmSync(join(dir, "ready"), { force: true });
  return dir;
}

/** A new, empty PostgreSQL database on the `TEST_DATABASE_URL` server: its URL, and how to drop it. */
export async function createTestPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!postgresUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `gongkai_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: postgresUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/**
 * Where a store on the engine can be opened, not yet opened: a migrated empty data folder, or a new empty
 * PostgreSQL database (not migrated). `dispose()` removes it.
 */
export async function createTestTarget(
  engine: Engine,
): Promise<{ options: OpenOptions; dispose(): Promise<void> }> {
  if (engine === "pglite") {
    const dataDir = await createTestDataDir();
    return { options: { dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const created = await createTestPostgresDatabase();
  return { options: { databaseUrl: created.url, poolSize: 4 }, dispose: created.drop };
}

/** A fresh, migrated database on the engine; `close()` removes it. */
export async function createTestDatabase(engine: Engine = "pglite"): Promise<TestDatabase> {
  const target = await createTestTarget(engine);
  const opened = await openDatabase(target.options);
  return {
    ...opened,
    reset: () => truncateAll(opened.db),
    close: async () => {
      await opened.close();
      await target.dispose();
    },
  };
}

/**
 * Runs a suite once per engine of this run. In CI (`GONGKAI_CI=1`) a missing `TEST_DATABASE_URL` fails the run
 * instead of quietly testing PGlite alone.
 */
export function describeEachEngine(name: string, suite: (engine: Engine) => void): void {
  if (inCi && !postgresUrl) {
    describe(name, () => {
      it("runs against PostgreSQL in CI", () => {
        throw new Error("GONGKAI_CI=1 but TEST_DATABASE_URL is not set: the PostgreSQL suite cannot run");
      });
    });
  }
  for (const engine of TEST_ENGINES) describe(`${name} [${engine}]`, () => suite(engine));
}

/**
 * Every table a backup holds, as the text form of each value in primary-key order: two stores with equal
 * contents hold the same data, value for value.
 */
export async function tableContents(db: Database): Promise<Record<string, Array<Array<string | null>>>> {
  const out: Record<string, Array<Array<string | null>>> = {};
  for (const entry of BACKUP_TABLES) {
    const rows: Array<Array<string | null>> = [];
    for await (const row of textRows(db, entry, columnsOf(entry.table))) rows.push(row);
    out[entry.name] = rows;
  }
  return out;
}

/**
 * Writes a report straight into the store as version 1, published (public records refreshed) or a draft, for tests
 * of storage and search that do not go through the API's workflow. Places must exist.
 */
export async function publishForTest(
  db: Database,
  report: Report,
  state: "published" | "draft" = "published",
  options: { countyId?: string; publishedAt?: Date } = {},
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(reports).values({
      id: report.id,
      townshipId: report.townshipId,
      countyId: options.countyId ?? "cnty",
      kind: report.kind,
      year: report.year,
      title: report.title,
      state,
      headVersion: 1,
      publishedVersion: state === "published" ? 1 : null,
      hasPublishedVersion: state === "published",
      lastPublishedAt:
        state === "published" ? (options.publishedAt ?? new Date("2022-01-20T02:00:00Z")) : null,
    });
    await tx.insert(reportVersions).values({
      reportId: report.id,
      number: 1,
      kind: state === "published" ? "publication" : "draft",
      content: report,
      summary: "seed",
    });
    await refreshPublicRecords(tx, report.id);
  });
}
