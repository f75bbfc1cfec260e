import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { type ImportResult, Report } from "@gongkai/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { knownMigrations, migrationsFolderUpTo } from "../migrations";
import { type OpenDatabase, openDatabase } from "../open";
import { refreshPublicRecords } from "../public-records";
import { rawRows } from "../raw";
import * as s from "../schema";
import {
  createTestDataDir,
  createTestTarget,
  describeEachEngine,
  TEST_ENGINES,
  tableContents,
} from "../testing";
import type { Database, Engine } from "../types";
import { exportBackup } from "./export";
import { BACKUP_TABLES, BackupError, columnsOf, UNUSABLE_PASSWORD_HASH } from "./format";
import { restoreBackup } from "./restore";

const example = Report.parse(
  JSON.parse(readFileSync(new URL("../../../domain/examples/report.json", import.meta.url), "utf8")),
);
const work = mkdtempSync(join(tmpdir(), "gongkai-backup-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let fileNo = 0;
const archivePath = () => join(work, `backup-${fileNo++}.jsonl.gz`);

/** Every byte value, so that bytea's text form is exercised end to end. */
const ALL_BYTES = new Uint8Array(Array.from({ length: 256 }, (_, i) => i));

/**
 * A row or more in every table, with the values that are easy to lose on the way through JSON: numeric digits
 * beyond a double's, microseconds, every byte, nested JSON in Chinese, a tsvector, nulls; and rows whose parent
 * sorts after them (a township whose county's id is larger; a reply before its comment), so that restoring in
 * key order alone would break a foreign key.
 */
async function fillEveryTable(db: Database): Promise<void> {
  await db.insert(s.places).values([
    { id: "z-prv", level: "province", name: "四川省", parentId: null },
    { id: "y-cty", level: "city", name: "广元市", parentId: "z-prv" },
    { id: "x-cnty", level: "county", name: "旺苍县", kind: "县", parentId: "y-cty", demo: true },
    { id: "twp-wangjing", level: "township", name: "望京镇", kind: "镇", parentId: "x-cnty", code: "510821" },
  ]);
  await db.insert(s.users).values([
    {
      id: "usr-admin",
      email: "admin@example.org",
      name: "管理员",
      passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
    },
    {
      id: "usr-editor",
      email: "editor@example.org",
      name: "编辑",
      passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdDI$aGFzaDI",
      disabledAt: new Date("2026-01-02T03:04:05.678Z"),
    },
  ]);
  await db.insert(s.roleGrants).values([
    { userId: "usr-admin", role: "admin" },
    { userId: "usr-editor", role: "editor", townshipId: "twp-wangjing" },
    { userId: "usr-editor", role: "reviewer", countyId: "x-cnty" },
  ]);
  await db.insert(s.sessions).values({
    id: "sess-hash",
    userId: "usr-admin",
    expiresAt: new Date("2030-01-01T00:00:00Z"),
  });
  const result = { documents: [], removed: [{ text: "广告", reason: "ad" }] } as unknown as ImportResult;
  await db.insert(s.imports).values({
    id: "imp-1",
    fileName: "望京镇 2022.txt",
    format: "txt",
    sha256: createHash("sha256").update(ALL_BYTES).digest("hex"),
    size: ALL_BYTES.length,
    bytes: ALL_BYTES,
    result,
    createdBy: "usr-editor",
  });
  const report = { ...example, townshipId: "twp-wangjing" };
  await db.transaction(async (tx) => {
    await tx.insert(s.reports).values({
      id: report.id,
      townshipId: "twp-wangjing",
      countyId: "x-cnty",
      kind: report.kind,
      year: report.year,
      title: report.title,
      state: "published",
      headVersion: 2,
      publishedVersion: 2,
      hasPublishedVersion: true,
      firstPublishedAt: new Date("2022-01-20T02:00:00.123Z"),
      lastPublishedAt: new Date("2022-01-20T02:00:00.123Z"),
      importId: "imp-1",
      createdBy: "usr-editor",
    });
    await tx.insert(s.reportVersions).values([
      {
        reportId: report.id,
        number: 1,
        kind: "draft",
        content: report,
        summary: "import",
        createdBy: "usr-editor",
      },
      {
        reportId: report.id,
        number: 2,
        kind: "publication",
        content: report,
        summary: "workflow.publish",
        changeNote: "首次发布 “引号” \\ 与换行\n第二行",
      },
    ]);
    await refreshPublicRecords(tx, report.id);
  });
  // Exact values a double would round: the figures' base values as PostgreSQL holds them.
  await db.execute(sql`update public_observations set base_value = '123456789012345678901234.000000000001'
                        where observation_id = (select min(observation_id) from public_observations)`);
  await db.insert(s.reviewComments).values([
    { id: "cmt-b", reportId: report.id, authorId: "usr-admin", body: "请核实", version: 1, sectionId: null },
    {
      id: "cmt-a",
      reportId: report.id,
      authorId: "usr-editor",
      body: "已核实",
      version: 1,
      parentId: "cmt-b",
    },
  ]);
  await db.insert(s.warningAcknowledgements).values({
    reportId: report.id,
    findingKey: "target-missing:gdp",
    version: 1,
    userId: "usr-editor",
    note: null,
  });
  await db.insert(s.scheduledPublications).values({
    reportId: report.id,
    dueAt: new Date("2030-05-01T00:00:00.000001Z"),
    version: 2,
    changeNote: null,
  });
  // More than two pages of the audit log, so that paging by key is exercised.
  const entries = Array.from({ length: 2_100 }, (_, i) => ({
    actorKind: i % 2 ? ("user" as const) : ("system" as const),
    actorId: i % 2 ? "usr-admin" : null,
    action: "sections.edit",
    reportId: report.id,
    entityType: "section",
    entityId: `sec-${i}`,
    before: i === 0 ? { text: "旧" } : null,
    after: { text: `新${i}`, n: 1e21, nested: { list: [1, "二", null] } },
    ip: "127.0.0.1",
  }));
  for (let i = 0; i < entries.length; i += 500) await db.insert(s.auditLog).values(entries.slice(i, i + 500));
  await db.insert(s.counters).values({ name: "index-number:2022", value: 7 });
  await db.insert(s.meta).values({ key: "seed", value: { at: "2026-01-05T02:00:00Z", samples: ["a", "b"] } });
}

const contents = tableContents;

/** The columns the given migrations add (`ALTER TABLE "t" ADD COLUMN "c" …;`), with their definitions. */
function columnsAddedBy(tags: string[]): Array<{ table: string; column: string; definition: string }> {
  return tags.flatMap((tag) =>
    [
      ...readFileSync(new URL(`../../migrations/${tag}.sql`, import.meta.url), "utf8").matchAll(
        /ALTER TABLE "(\w+)" ADD COLUMN "(\w+)" ([^;]+);/g,
      ),
    ].map((m) => ({ table: m[1] ?? "", column: m[2] ?? "", definition: m[3] ?? "" })),
  );
}

async function withStore<T>(options: Parameters<typeof openDatabase>[0], f: (s: OpenDatabase) => Promise<T>) {
  const store = await openDatabase(options);
  try {
    return await f(store);
  } finally {
    await store.close();
  }
}

describeEachEngine("a backup", (engine) => {
  let source: { options: Parameters<typeof openDatabase>[0]; dispose(): Promise<void> };
  let original: Awaited<ReturnType<typeof contents>>;
  let withHashes: string;
  let withoutHashes: string;
  beforeAll(async () => {
    source = await createTestTarget(engine);
    withHashes = archivePath();
    withoutHashes = archivePath();
    original = await withStore(source.options, async (store) => {
      await fillEveryTable(store.db);
      await exportBackup(store, withHashes, { withPasswordHashes: true });
      await exportBackup(store, withoutHashes);
      return contents(store.db);
    });
  }, 120_000);
  afterAll(() => source?.dispose());

  it("holds every table but sessions, row for row", () => {
    for (const entry of BACKUP_TABLES) expect(original[entry.name]?.length, entry.name).toBeGreaterThan(0);
    expect(original.audit_log).toHaveLength(2_100);
    const lines = gunzipSync(readFileSync(withHashes)).toString("utf8").trimEnd().split("\n");
    const header = JSON.parse(lines[0] ?? "{}");
    expect(header).toMatchObject({
      format: "gongkai-backup",
      version: 1,
      source: { engine },
      schema: { migrations: knownMigrations() },
      passwordHashes: true,
    });
    expect(header.tables).not.toContain("sessions");
    expect(JSON.parse(lines.at(-1) ?? "{}")).toEqual({
      end: "archive",
      rows: Object.values(original).reduce((n, rows) => n + rows.length, 0),
    });
  });

  for (const to of TEST_ENGINES) {
    it(`restores into an empty ${to} store exactly as it was, table by table`, async () => {
      const target = await createTestTarget(to);
      try {
        const summary = await restoreBackup(target.options, withHashes);
        expect(summary.usersWithoutPassword).toBe(0);
        expect(summary.rows.audit_log).toBe(2_100);
        await withStore(target.options, async (store) => {
          const restored = await contents(store.db);
          for (const entry of BACKUP_TABLES)
            expect(restored[entry.name], entry.name).toEqual(original[entry.name]);
          const [bytes] = await store.db.select({ bytes: s.imports.bytes }).from(s.imports);
          expect(Buffer.from(bytes?.bytes ?? [])).toEqual(Buffer.from(ALL_BYTES));
          expect(await store.db.select().from(s.sessions)).toEqual([]);
          // The sequences moved past the restored ids: the next audit entry and grant get new ones.
          const [next] = await store.db
            .insert(s.auditLog)
            .values({ actorKind: "system", action: "after.restore", entityType: "store" })
            .returning({ id: s.auditLog.id });
          expect(next?.id).toBe(Math.max(...(original.audit_log ?? []).map((r) => Number(r[0]))) + 1);
          await store.db
            .insert(s.roleGrants)
            .values({ userId: "usr-admin", role: "editor", townshipId: "twp-wangjing" });
        });
      } finally {
        await target.dispose();
      }
    }, 120_000);
  }

  it("leaves the password hashes out unless asked, and restores those accounts with a password nothing matches", async () => {
    const text = gunzipSync(readFileSync(withoutHashes)).toString("utf8");
    expect(text).not.toContain("$argon2id$");
    expect(gunzipSync(readFileSync(withHashes)).toString("utf8")).toContain("$argon2id$");
    const target = await createTestTarget(engine);
    try {
      const summary = await restoreBackup(target.options, withoutHashes);
      expect(summary.usersWithoutPassword).toBe(2);
      await withStore(target.options, async (store) => {
        const restored = await contents(store.db);
        const hashAt = columnsOf(s.users).indexOf("password_hash");
        expect(restored.users?.map((u) => u[hashAt])).toEqual([
          UNUSABLE_PASSWORD_HASH,
          UNUSABLE_PASSWORD_HASH,
        ]);
        const withoutHash = (rows: Array<Array<string | null>> = []) =>
          rows.map((r) => r.filter((_, i) => i !== hashAt));
        expect(withoutHash(restored.users)).toEqual(withoutHash(original.users));
        for (const entry of BACKUP_TABLES.filter((t) => t.name !== "users"))
          expect(restored[entry.name], entry.name).toEqual(original[entry.name]);
      });
    } finally {
      await target.dispose();
    }
  }, 120_000);

  it("refuses a store that is not empty, says what is in it, and changes nothing there", async () => {
    const target = await createTestTarget(engine);
    try {
      await withStore(target.options, (store) =>
        store.db.insert(s.meta).values({ key: "mine", value: { keep: true } }),
      );
      const error = await restoreBackup(target.options, withHashes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as BackupError).code).toBe("TARGET_NOT_EMPTY");
      expect((error as Error).message).toMatch(/不是空的.*meta: 1.*not empty/);
      await withStore(target.options, async (store) => {
        expect(await store.db.select({ key: s.meta.key }).from(s.meta)).toEqual([{ key: "mine" }]);
        expect(await store.db.select().from(s.places)).toEqual([]);
      });
    } finally {
      await target.dispose();
    }
  }, 120_000);

  it("refuses a damaged or cut-short archive and restores nothing of it", async () => {
    const bytes = gunzipSync(readFileSync(withHashes));
    const lines = bytes.toString("utf8").split("\n");
    const cutShort = archivePath();
    // A whole-looking gzip of all but the last records: only the missing end says it is incomplete.
    writeFileSync(cutShort, gzipSync(lines.slice(0, -3).join("\n")));
    const truncatedGzip = archivePath();
    writeFileSync(truncatedGzip, readFileSync(withHashes).subarray(0, 4_000));
    const notAnArchive = archivePath();
    writeFileSync(notAnArchive, gzipSync('{"hello":"world"}\n'));
    const target = await createTestTarget(engine);
    try {
      for (const [file, message] of [
        [cutShort, /cut short/],
        [truncatedGzip, /not a complete gzip file/],
        [notAnArchive, /not a gongkai-backup archive/],
      ] as const) {
        const error = await restoreBackup(target.options, file).catch((e: unknown) => e);
        expect(error, file).toBeInstanceOf(BackupError);
        expect((error as Error).message).toMatch(message);
        expect((error as Error).message).toMatch(/未恢复任何数据.*Nothing was restored/);
      }
      await withStore(target.options, async (store) => {
        for (const entry of BACKUP_TABLES) {
          const [n] = await rawRows<{ n: number }>(
            store.db,
            sql`select count(*)::int as n from ${sql.identifier(entry.name)}`,
          );
          expect(n?.n, entry.name).toBe(0);
        }
      });
    } finally {
      await target.dispose();
    }
  }, 120_000);

  it("refuses to overwrite an existing file", async () => {
    await withStore(source.options, async (store) => {
      await expect(exportBackup(store, withHashes)).rejects.toThrow(/already exists/);
    });
  });
});

describe("a backup of an older schema", () => {
  it("is loaded at its own schema and then migrated forward, into a folder never opened before", async () => {
    const known = knownMigrations();
    expect(known.length).toBeGreaterThan(1);
    const older = migrationsFolderUpTo(known.length - 1);
    // A store that never had the last migration: a new PostgreSQL database is quick to make, a PGlite one is an initdb.
    const engine: Engine = TEST_ENGINES.includes("postgres") ? "postgres" : "pglite";
    const source = await createTestTarget(engine);
    const sourceOptions =
      "dataDir" in source.options ? { dataDir: join(source.options.dataDir, "older") } : source.options;
    const file = archivePath();
    const fresh = join(await createTestDataDir(), "new");
    const targets: Array<Parameters<typeof openDatabase>[0]> = [{ dataDir: fresh }];
    const pgTarget = engine === "postgres" ? await createTestTarget("postgres") : null;
    if (pgTarget) targets.push(pgTarget.options);
    try {
      const original = await withStore(
        { ...sourceOptions, migrationsFolder: older.folder },
        async (store) => {
          // Today's code writes (and reads) every column of today's schema: the columns the later migration adds
          // are there for the fill and the reading, with their defaults, and dropped before the export, so the
          // archive holds exactly the older schema and the restore must bring them back with those defaults.
          const later = columnsAddedBy(known.slice(known.length - 1));
          for (const c of later)
            await store.db.execute(
              sql.raw(`alter table "${c.table}" add column "${c.column}" ${c.definition}`),
            );
          await fillEveryTable(store.db);
          const filled = await contents(store.db);
          for (const c of later)
            await store.db.execute(sql.raw(`alter table "${c.table}" drop column "${c.column}"`));
          await exportBackup(store, file);
          return filled;
        },
      );
      const header = JSON.parse(gunzipSync(readFileSync(file)).toString("utf8").split("\n")[0] ?? "{}");
      expect(header.schema.migrations).toEqual(known.slice(0, -1));
      for (const options of targets) {
        await restoreBackup(options, file);
        await withStore(options, async (store) => {
          const [applied] = await rawRows<{ n: number }>(
            store.db,
            sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
          );
          expect(applied?.n).toBe(known.length);
          const restored = await contents(store.db);
          for (const entry of BACKUP_TABLES.filter((t) => t.name !== "users"))
            expect(restored[entry.name], entry.name).toEqual(original[entry.name]);
        });
      }
    } finally {
      older.dispose();
      await source.dispose();
      await pgTarget?.dispose();
      rmSync(join(fresh, ".."), { recursive: true, force: true });
    }
  }, 180_000);
});
