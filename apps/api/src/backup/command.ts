import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  BackupError,
  DataDirError,
  DataDirLockedError,
  exportBackup,
  type OpenOptions,
  openDatabase,
  pgliteFolder,
  restoreBackup,
} from "@gongkai/db";
import type { ServerConfig } from "../env";
import { newAdminPasswords } from "./admin-passwords";

export const USAGE = `用法 / usage:
  pnpm backup export FILE [--with-password-hashes] [--overwrite]
      把整个数据库（报告、版本、审计日志、用户、导入的原始文件）写入一个备份文件；默认不含密码哈希。
      Writes the whole store (reports, versions, audit log, users, original import files) to one archive;
      password hashes are left out unless --with-password-hashes is given. Sessions are never kept.
  pnpm backup restore FILE
      把备份恢复到空的数据目录（DATA_DIR）或空的 PostgreSQL 数据库（DATABASE_URL）。
      Restores an archive into an empty data folder (DATA_DIR) or an empty PostgreSQL database (DATABASE_URL).
The store is the one the server uses: DATABASE_URL when set, else DATA_DIR (default ./data). The embedded
store allows one process: stop the server before a backup or a restore of DATA_DIR.`;

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  /** Where a relative FILE is taken from: the folder the command was typed in. */
  cwd: string;
  now(): Date;
}

type Parsed =
  | { command: "export"; file: string; withPasswordHashes: boolean; overwrite: boolean }
  | { command: "restore"; file: string }
  | { command: "help" };

export function parseArgs(args: string[]): Parsed | { error: string } {
  const [command, ...rest] = args;
  if (!command || command === "help" || command === "--help" || command === "-h") return { command: "help" };
  const flags = rest.filter((a) => a.startsWith("--"));
  const files = rest.filter((a) => !a.startsWith("--"));
  if (files.length !== 1) return { error: "需要且只需要一个文件名 / give exactly one FILE" };
  const file = files[0] as string;
  const allowed = command === "export" ? ["--with-password-hashes", "--overwrite"] : [];
  const unknown = flags.filter((f) => !allowed.includes(f));
  if (command !== "export" && command !== "restore")
    return { error: `未知命令 / unknown command: ${command}` };
  if (unknown.length) return { error: `未知选项 / unknown option: ${unknown.join(" ")}` };
  if (command === "restore") return { command, file };
  return {
    command,
    file,
    withPasswordHashes: flags.includes("--with-password-hashes"),
    overwrite: flags.includes("--overwrite"),
  };
}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** `pnpm backup …`: returns the exit code. */
export async function runBackupCommand(args: string[], config: ServerConfig, io: CommandIo): Promise<number> {
  const parsed = parseArgs(args);
  if ("error" in parsed) {
    io.err(`${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.command === "help") {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const file = resolve(io.cwd, parsed.file);
  const target: OpenOptions = config.databaseUrl
    ? { databaseUrl: config.databaseUrl, poolSize: 2 }
    : { dataDir: config.dataDir };
  const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : config.dataDir;
  try {
    if (parsed.command === "export") {
      if (!config.databaseUrl && !existsSync(join(pgliteFolder(config.dataDir), "PG_VERSION"))) {
        io.err(
          `数据目录 ${config.dataDir} 中没有数据库。 There is no store in ${config.dataDir} (set DATA_DIR).\n`,
        );
        return 1;
      }
      // As it is: a backup taken before an upgrade keeps the schema it was taken at.
      const store = await openDatabase({ ...target, migrate: false });
      try {
        const s = await exportBackup(store, file, {
          withPasswordHashes: parsed.withPasswordHashes,
          overwrite: parsed.overwrite,
          now: io.now,
        });
        io.out(
          `已备份 / backed up ${where} → ${file} (${MB(s.bytes)}, ${s.total} rows)\n` +
            Object.entries(s.rows)
              .map(([t, n]) => `  ${t.padEnd(26)} ${n}`)
              .join("\n") +
            `\n${s.passwordHashes ? "含密码哈希：请妥善保管此文件 / includes password hashes: keep this file safe" : "不含密码哈希 / without password hashes"}\n`,
        );
      } finally {
        await store.close();
      }
      return 0;
    }
    const s = await restoreBackup(target, file);
    io.out(
      `已恢复 / restored ${file} (made ${s.header.createdAt} on ${s.header.source.engine}) → ${where}, ${s.total} rows\n` +
        Object.entries(s.rows)
          .map(([t, n]) => `  ${t.padEnd(26)} ${n}`)
          .join("\n") +
        "\n",
    );
    if (s.usersWithoutPassword > 0) {
      const store = await openDatabase({ ...target, migrate: false });
      try {
        const set = await newAdminPasswords(store.db, config.admin, io.now());
        io.out(
          [
            "",
            `备份不含密码：${s.usersWithoutPassword} 个账号需重新设置密码。The archive had no password hashes: ${s.usersWithoutPassword} account${s.usersWithoutPassword === 1 ? "" : "s"} need${s.usersWithoutPassword === 1 ? "s" : ""} a new password.`,
            "管理员的新密码如下（仅显示这一次）；其他账号请由管理员在「用户」中重置。",
            "New passwords for the administrators (shown only this once); they reset the others' under 用户 (Users).",
            ...set.map((a) => `  ${a.email}  ${a.generated ? a.password : "(ADMIN_PASSWORD)"}`),
            "",
          ].join("\n"),
        );
      } finally {
        await store.close();
      }
    }
    return 0;
  } catch (e) {
    if (
      e instanceof BackupError ||
      e instanceof DataDirError ||
      e instanceof DataDirLockedError ||
      (e as NodeJS.ErrnoException).code === "ENOENT"
    ) {
      io.err(`${(e as Error).message}\n`);
      return 1;
    }
    io.err(`备份命令失败 / the backup command failed: ${String((e as Error).stack ?? e)}\n`);
    return 1;
  }
}
