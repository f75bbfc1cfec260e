import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  statSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/*
 * Small file systems and permissions for the disk tests, made honestly: a real tmpfs of a given size (so that a
 * write past it fails with ENOSPC from the kernel), a real read-only bind mount, and, for root (whom permission
 * bits do not stop), the server started without the capabilities that let root ignore them.
 */

const inCi = process.env.GONGKAI_CI === "1";
export const isRoot = process.getuid?.() === 0;

/** Runs a command as root: directly when we are root, else through passwordless sudo. */
export function privileged(command: string, args: string[]): void {
  if (isRoot) execFileSync(command, args, { stdio: "pipe" });
  else execFileSync("sudo", ["-n", command, ...args], { stdio: "pipe" });
}

let mountable: boolean | null = null;

/**
 * Whether this machine lets us mount a tmpfs (root, or passwordless sudo, and a kernel that allows it). In CI
 * (GONGKAI_CI=1) its absence fails the run rather than skipping the full-disk tests.
 */
export function canMount(): boolean {
  if (mountable === null) {
    const dir = mkdtempSync(join(tmpdir(), "gongkai-mount-probe-"));
    try {
      mountTmpfs(dir, 1024 * 1024);
      unmount(dir);
      mountable = true;
    } catch {
      mountable = false;
    } finally {
      rmdirSync(dir);
    }
  }
  if (!mountable) {
    const why =
      "cannot mount a tmpfs here (needs root or passwordless sudo, and a kernel that allows mounts)";
    if (inCi) throw new Error(`GONGKAI_CI=1 but the full-disk tests ${why}`);
    console.warn(`[faults] ${why}: the full-disk and read-only tests are skipped`);
  }
  return mountable;
}

/** A tmpfs of `bytes` at `dir`, owned by us. */
export function mountTmpfs(dir: string, bytes: number): void {
  const uid = process.getuid?.() ?? 0;
  const gid = process.getgid?.() ?? 0;
  privileged("mount", ["-t", "tmpfs", "-o", `size=${bytes},mode=0755,uid=${uid},gid=${gid}`, "tmpfs", dir]);
}

/** `source` seen read-only at `target` (a bind mount remounted read-only). */
export function mountReadOnly(source: string, target: string): void {
  privileged("mount", ["--bind", source, target]);
  privileged("mount", ["-o", "remount,bind,ro", target]);
}

export function unmount(dir: string): void {
  privileged("umount", [dir]);
}

/**
 * The command prefix that starts a process which permission bits stop: none for an ordinary user; for root,
 * setpriv without CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER (root still owns the repository, so it
 * can read it; only a folder made unwritable is).
 */
export function withoutPermissionOverride(): string[] {
  if (!isRoot) return [];
  if (spawnSync("setpriv", ["--version"]).status !== 0) {
    throw new Error("running as root needs setpriv (util-linux) to test an unwritable folder");
  }
  return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"];
}

/** Writes zeros into `file` until the file system is full (ENOSPC), down to the last block. */
export function fillDisk(file: string): number {
  const fd = openSync(file, "w");
  let written = 0;
  try {
    for (const size of [1024 * 1024, 4096, 1]) {
      const chunk = Buffer.alloc(size);
      for (;;) {
        try {
          written += writeSync(fd, chunk);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === "ENOSPC") break;
          throw e;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

/** Every file under `dir` by path, size and SHA-256: equal digests, untouched folders. */
export function treeDigest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) {
        out[`${relative(dir, p)}/`] = "dir";
        walk(p);
      } else {
        out[relative(dir, p)] =
          `${statSync(p).size} ${createHash("sha256").update(readFileSync(p)).digest("hex").slice(0, 16)}`;
      }
    }
  };
  walk(dir);
  return out;
}
