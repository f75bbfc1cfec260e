import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import {
  auditLog,
  columnsOf,
  type OpenOptions,
  openDatabase,
  UNUSABLE_PASSWORD_HASH,
  users,
} from "@gongkai/db";
import { createTestDataDir, createTestPostgresDatabase, tableContents } from "@gongkai/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiError, signInApi } from "./e2e/support/api-client";
import { System } from "./e2e/support/system";

/*
 * `pnpm backup` for real: a store the server seeded and used (samples imported with their original files,
 * published reports, an editor's drafts, comments, the audit log), exported by the command, restored by the
 * command into a new data folder and into PostgreSQL, and compared table by table; then a server runs on the
 * restored store.
 */

const root = new URL("../", import.meta.url).pathname;
const postgresUrl = process.env.TEST_DATABASE_URL || "";
const inCi = process.env.GONGKAI_CI === "1";
const ADMIN = { email: "admin@backup.example.org", password: "backup-admin-pass-1" };
const EDITOR = { email: "editor@backup.example.org", password: "backup-editor-pass-1" };

const HASH_AT = columnsOf(users).indexOf("password_hash");
const CHANGED_AT = columnsOf(users).indexOf("password_changed_at");
const EMAIL_AT = columnsOf(users).indexOf("email");
const ACTION_AT = columnsOf(auditLog).indexOf("action");

const work = mkdtempSync(join(tmpdir(), "gongkai-backup-cli-"));
const cleanup: Array<() => Promise<void> | void> = [() => rmSync(work, { recursive: true, force: true })];

function backup(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "apps/api/src/backup/main.ts", ...args], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: "",
        LOG_LEVEL: "silent",
        ADMIN_EMAIL: "",
        ADMIN_PASSWORD: "",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (b: Buffer) => {
      out += b.toString();
    });
    child.stderr.on("data", (b: Buffer) => {
      err += b.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? -1, out, err }));
  });
}

/** The published reports as the open data lists them, with links relative to the server (ports differ). */
async function publicList(url: string): Promise<unknown> {
  const text = await (await fetch(`${url}/api/v1/reports?pageSize=100`)).text();
  return JSON.parse(text.replaceAll(url, ""));
}

async function contentsOf(options: OpenOptions) {
  const store = await openDatabase({ ...options, migrate: false });
  try {
    return await tableContents(store.db);
  } finally {
    await store.close();
  }
}

let source: string;
let original: Awaited<ReturnType<typeof tableContents>>;
let publicReports: unknown;
let lockedExport: { code: number; err: string };

beforeAll(async () => {
  source = await createTestDataDir();
  cleanup.push(() => rmSync(source, { recursive: true, force: true }));
  const system = new System({
    dataDir: source,
    env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
  });
  await system.start();
  try {
    const admin = await signInApi(system.url, ADMIN.email, ADMIN.password);
    await admin.mutate("users.create", {
      email: EDITOR.email,
      name: "备份测试编辑",
      password: EDITOR.password,
      grants: [{ role: "editor", townshipIds: ["twp-wangjing"] }],
    });
    const editor = await signInApi(system.url, EDITOR.email, EDITOR.password);
    const created = await editor.mutate<{
      reportId: string;
      version: number;
      report: { sections: Array<{ id: string }> };
    }>("reports.create", {
      townshipId: "twp-wangjing",
      kind: "work_summary",
      year: 2025,
      title: "望京镇2025年工作总结",
    });
    const section = created.report.sections[0]?.id ?? "";
    await editor.mutate("sections.edit", {
      reportId: created.reportId,
      baseVersion: created.version,
      sectionId: section,
      patch: { text: "全年完成财政收入2630万元，同比增长8.5%。<script>“引号”</script>" },
    });
    await editor.mutate("comments.add", {
      reportId: created.reportId,
      sectionId: section,
      body: "请核实数字",
    });
    publicReports = await publicList(system.url);
    // The embedded store allows one process: a backup while the server runs is refused, not half-read.
    lockedExport = await backup(["export", join(work, "while-running.jsonl.gz")], { DATA_DIR: source });
  } finally {
    await system.stop();
  }
  original = await contentsOf({ dataDir: source });
}, 240_000);

afterAll(async () => {
  for (const f of cleanup.reverse()) await f();
});

describe("pnpm backup", () => {
  it("refuses to read the embedded store while the server runs on it, and says so", () => {
    expect(lockedExport.code).toBe(1);
    expect(lockedExport.err).toMatch(/正被另一进程使用.*in use by another process/);
  });

  it("exports everything the server wrote and restores it into a new data folder that serves the same reports", async () => {
    expect(original.imports?.length).toBeGreaterThanOrEqual(3);
    expect(original.review_comments).toHaveLength(1);
    expect(original.users).toHaveLength(2);
    const file = join(work, "store.jsonl.gz");
    const exported = await backup(["export", file], { DATA_DIR: source });
    expect(exported.err).toBe("");
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/backed up .* rows/);
    expect(exported.out).toContain("without password hashes");

    // An empty, migrated folder (a copy of a fresh store: an initdb costs ten seconds; the storage suite restores
    // into a folder never opened before).
    const restoredDir = await createTestDataDir();
    cleanup.push(() => rmSync(restoredDir, { recursive: true, force: true }));
    const restored = await backup(["restore", file], { DATA_DIR: restoredDir, ADMIN_EMAIL: ADMIN.email });
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toMatch(/2 accounts need a new password/);
    const printed =
      new RegExp(`${ADMIN.email.replace(/\./g, "\\.")}\\s+(\\S+)`).exec(restored.out)?.[1] ?? "";
    expect(printed).toMatch(/^\S{12,}$/);

    const after = await contentsOf({ dataDir: restoredDir });
    for (const [table, rows] of Object.entries(original)) {
      if (table === "users" || table === "audit_log") continue;
      expect(after[table], table).toEqual(rows);
    }
    // Users: the same but for the password, which nothing matches until one is set again.
    const strip = (rows: Array<Array<string | null>> = []) =>
      rows.map((r) => r.filter((_, i) => i !== HASH_AT && i !== CHANGED_AT));
    expect(strip(after.users)).toEqual(strip(original.users));
    // The audit log: all of it, then the administrator's new password, recorded.
    expect(after.audit_log?.slice(0, original.audit_log?.length)).toEqual(original.audit_log);
    expect(after.audit_log?.slice(original.audit_log?.length).map((r) => r[ACTION_AT])).toEqual([
      "users.password_set_after_restore",
    ]);

    const system = new System({ dataDir: restoredDir, build: false });
    cleanup.push(() => system.stop());
    await system.start();
    expect(await publicList(system.url)).toEqual(publicReports);
    await expect(signInApi(system.url, ADMIN.email, printed)).resolves.toBeDefined();
    const refused = await signInApi(system.url, EDITOR.email, EDITOR.password).catch((e: unknown) => e);
    expect((refused as ApiError).code).toBe("INVALID_CREDENTIALS");
    await system.stop();
    const [editorRow] =
      (await contentsOf({ dataDir: restoredDir })).users?.filter((u) => u[EMAIL_AT] === EDITOR.email) ?? [];
    expect(editorRow?.[HASH_AT]).toBe(UNUSABLE_PASSWORD_HASH);
  }, 240_000);

  it("with --with-password-hashes, restores exactly, every table, into another folder and into PostgreSQL", async () => {
    if (inCi && !postgresUrl) throw new Error("GONGKAI_CI=1 but TEST_DATABASE_URL is not set");
    const file = join(work, "with-hashes.jsonl.gz");
    const exported = await backup(["export", file, "--with-password-hashes"], { DATA_DIR: source });
    expect(exported.code, exported.err).toBe(0);
    expect(exported.out).toContain("includes password hashes");

    const exactDir = await createTestDataDir();
    cleanup.push(() => rmSync(exactDir, { recursive: true, force: true }));
    const targets: OpenOptions[] = [{ dataDir: exactDir }];
    if (postgresUrl) {
      const db = await createTestPostgresDatabase();
      cleanup.push(() => db.drop());
      targets.push({ databaseUrl: db.url });
    } else {
      console.warn("[backup] TEST_DATABASE_URL is not set: the restore into PostgreSQL is not tried");
    }
    for (const target of targets) {
      const env: Record<string, string> =
        "dataDir" in target
          ? { DATA_DIR: target.dataDir }
          : "databaseUrl" in target
            ? { DATABASE_URL: target.databaseUrl }
            : {};
      const restored = await backup(["restore", file], env);
      expect(restored.code, restored.err).toBe(0);
      expect(restored.out).not.toMatch(/need a new password/);
      expect(await contentsOf(target)).toEqual(original);
    }
    const [hash] = (await contentsOf(targets[0] as OpenOptions)).users?.map((u) => u[HASH_AT]) ?? [];
    expect(hash).toMatch(/^\$argon2id\$/);
  }, 240_000);

  it("refuses to restore over a store that has data, and leaves it as it was", async () => {
    const file = join(work, "again.jsonl.gz");
    expect((await backup(["export", file], { DATA_DIR: source })).code).toBe(0);
    const refused = await backup(["restore", file], { DATA_DIR: source });
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/目标数据库不是空的.*not empty.*nothing was restored/);
    expect(await contentsOf({ dataDir: source })).toEqual(original);
    const usage = await backup(["restore"], { DATA_DIR: source });
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("pnpm backup export FILE");
  }, 120_000);

  it("keeps no password hash in an export unless asked", async () => {
    const file = join(work, "no-hashes.jsonl.gz");
    expect((await backup(["export", file], { DATA_DIR: source })).code).toBe(0);
    const text = gunzipSync(readFileSync(file)).toString("utf8");
    expect(text).toContain(EDITOR.email);
    expect(text).not.toContain("$argon2id$");
  }, 60_000);
});
