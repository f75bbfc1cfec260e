import { spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOCK_FILE } from "@gongkai/db";
import { createTestDataDir } from "@gongkai/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOnce, System } from "../e2e/support/system";
import {
  canMount,
  fillDisk,
  mountReadOnly,
  mountTmpfs,
  treeDigest,
  unmount,
  withoutPermissionOverride,
} from "./support/file-systems";

/*
 * A data folder that cannot take the store, at start: a full disk (a real tmpfs filled to its last block), a
 * folder or store the server's user may not write (permission bits; for root, the server runs without the
 * capabilities that ignore them), a read-only mount. Each time the server must exit with one clear message
 * naming the folder and what is wrong, leave every file of the store as it was (no lock left behind either), and
 * start normally once the problem is gone.
 */

const root = new URL("../../", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "gongkai-disk-"));
// Others must be able to reach the folders below (the default of mkdtemp is 0700).
chmodSync(work, 0o755);
const mounts: string[] = [];
let seeded: string;
let reportCount: number;

/** Runs `pnpm start`'s server where it must refuse to start; returns its exit code and everything it printed. */
async function startRefused(
  dataDir: string,
  prefix: string[] = [],
): Promise<{ code: number | null; output: string }> {
  await buildOnce();
  const [command, ...args] = [...prefix, process.execPath, "--import", "tsx", "apps/api/src/main.ts"];
  const child = spawn(command as string, args, {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      DATABASE_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (b: Buffer) => {
    output += b.toString();
  });
  child.stderr.on("data", (b: Buffer) => {
    output += b.toString();
  });
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  if (/is serving at/.test(output))
    throw new Error(`the server started although it should not have:\n${output}`);
  return { code, output };
}

/** Starts the server normally on the folder and counts the published reports it serves. */
async function servedReports(dataDir: string): Promise<number> {
  const system = new System({ dataDir, build: false });
  await system.start();
  try {
    const list = (await (await fetch(`${system.url}/api/v1/reports?pageSize=1`)).json()) as { total: number };
    return list.total;
  } finally {
    await system.stop();
  }
}

function copyOfSeeded(name: string, parent = work): string {
  const dir = join(parent, name);
  cpSync(seeded, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  // A store as `pnpm start` leaves it: migrated, seeded with the samples, stopped.
  seeded = await createTestDataDir();
  const system = new System({ dataDir: seeded });
  await system.start();
  reportCount = ((await (await fetch(`${system.url}/api/v1/reports?pageSize=1`)).json()) as { total: number })
    .total;
  await system.stop();
  expect(reportCount).toBeGreaterThan(10);
}, 240_000);

afterAll(() => {
  for (const m of mounts.reverse()) {
    try {
      unmount(m);
    } catch {
      // Already unmounted by the test.
    }
  }
  rmSync(work, { recursive: true, force: true });
  rmSync(seeded, { recursive: true, force: true });
});

describe("a data folder the server may not write", () => {
  it("stops the start with a clear error, touches nothing, and starts once it may write", async () => {
    const prefix = withoutPermissionOverride();
    const dataDir = copyOfSeeded("unwritable");
    const before = treeDigest(dataDir);

    chmodSync(dataDir, 0o555);
    const folder = await startRefused(dataDir, prefix);
    chmodSync(dataDir, 0o755);
    expect(folder.code, folder.output).toBe(1);
    expect(folder.output).toContain(`无权写入数据目录 ${dataDir}`);
    expect(folder.output).toContain(`The data folder ${dataDir} (or a file in it) is not writable`);
    expect(treeDigest(dataDir)).toEqual(before);

    // The folder is writable but the store's files are not (copied in by another user, say).
    const pglite = join(dataDir, "pglite");
    const readOnly = (mode: "ro" | "rw") => {
      const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          if (e.isDirectory()) walk(join(d, e.name));
          else chmodSync(join(d, e.name), mode === "ro" ? 0o444 : 0o644);
        }
        chmodSync(d, mode === "ro" ? 0o555 : 0o755);
      };
      walk(pglite);
    };
    readOnly("ro");
    const store = await startRefused(dataDir, prefix);
    readOnly("rw");
    expect(store.code, store.output).toBe(1);
    expect(store.output).toContain("is not writable by the user running the server");
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    expect(treeDigest(dataDir)).toEqual(before);

    expect(await servedReports(dataDir)).toBe(reportCount);
  });
});

describe.runIf(canMount())("a full disk", () => {
  it("stops the start with a clear error, touches nothing, and starts once there is room", async () => {
    const mnt = join(work, "full");
    mkdirSync(mnt);
    mountTmpfs(mnt, 128 * 1024 * 1024);
    mounts.push(mnt);
    const dataDir = copyOfSeeded("data", mnt);
    const before = treeDigest(dataDir);
    const filler = join(mnt, "filler");
    fillDisk(filler);

    const refused = await startRefused(dataDir);
    expect(refused.code, refused.output).toBe(1);
    expect(refused.output).toMatch(/数据目录 \S+ 所在磁盘空间不足（剩余 0\.0 MB/);
    expect(refused.output).toMatch(/is full \(0\.0 MB free, at least 64\.0 MB needed\)/);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    expect(treeDigest(dataDir)).toEqual(before);

    rmSync(filler);
    expect(await servedReports(dataDir)).toBe(reportCount);
  });

  it("does not begin a new store on a disk too small for it", async () => {
    const mnt = join(work, "small");
    mkdirSync(mnt);
    mountTmpfs(mnt, 16 * 1024 * 1024);
    mounts.push(mnt);
    const dataDir = join(mnt, "new");
    const refused = await startRefused(dataDir);
    expect(refused.code, refused.output).toBe(1);
    expect(refused.output).toMatch(/is full \(\d+\.\d MB free, at least 64\.0 MB needed\)/);
    // Nothing but the empty folder it was told to use.
    expect(readdirSync(dataDir)).toEqual([]);
  });
});

describe.runIf(canMount())("a data folder on a read-only file system", () => {
  it("stops the start with a clear error and touches nothing", async () => {
    const source = copyOfSeeded("read-only-source");
    const before = treeDigest(source);
    const mnt = join(work, "read-only");
    mkdirSync(mnt);
    mountReadOnly(source, mnt);
    mounts.push(mnt);
    const refused = await startRefused(mnt);
    expect(refused.code, refused.output).toBe(1);
    expect(refused.output).toContain(`The data folder ${mnt} is on a read-only file system`);
    expect(treeDigest(source)).toEqual(before);
  });
});
