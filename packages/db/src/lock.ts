import { randomBytes } from "node:crypto";
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/** The file that marks a data folder as in use. */
export const LOCK_FILE = "gongkai.lock";

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: { pid: number; host: string; since: string },
  ) {
    super(
      `数据目录 ${dataDir} 正被另一进程使用 (pid ${holder.pid}, ${holder.host}, 自 ${holder.since})。` +
        ` The data folder ${dataDir} is in use by another process (pid ${holder.pid} on ${holder.host} since ${holder.since}).` +
        " The embedded database allows one process per folder: two would corrupt it. Stop the other process," +
        ` or, if none is running, delete ${join(dataDir, LOCK_FILE)}.`,
    );
    this.name = "DataDirLockedError";
  }
}

function alive(pid: number): boolean {
  // 0 and negative numbers name process groups, not a process: never a holder.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A lock file nobody could have been writing for this long is not in the middle of being created. */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

/**
 * Creates the lock file with its content in one step: written beside it, then hard-linked into place (which
 * fails if it exists). A lock that exists is therefore never empty, and a write that fails (a full disk)
 * leaves no lock behind to refuse every later start.
 */
function createLockFile(path: string, content: string): void {
  const staging = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    writeFileSync(staging, content, { flag: "wx" });
    linkSync(staging, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // File systems without hard links: create and write, and remove what a failed write left.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV") throw e;
    const fd = openSync(path, "wx");
    try {
      writeSync(fd, content);
    } catch (writeError) {
      rmSync(path, { force: true });
      throw writeError;
    } finally {
      closeSync(fd);
    }
  } finally {
    rmSync(staging, { force: true });
  }
}

/**
 * Takes the data folder for this process (PGlite issue #1106: two processes opening one folder corrupt it).
 * A lock left by a process that no longer runs on this host is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const me = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      createLockFile(path, JSON.stringify(me));
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        try {
          const holder = JSON.parse(readFileSync(path, "utf8")) as { pid: number };
          if (holder.pid === process.pid) rmSync(path, { force: true });
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      let holder: { pid: number; host: string; since: string };
      let stale: boolean;
      try {
        holder = JSON.parse(readFileSync(path, "utf8"));
        stale = holder.host === hostname() && holder.pid !== process.pid && !alive(holder.pid);
      } catch {
        // Unreadable (an older version left it empty after a failed write): stale once nobody can be writing it.
        holder = { pid: 0, host: hostname(), since: "?" };
        stale = Date.now() - mtimeMs(path) > UNREADABLE_LOCK_GRACE_MS;
      }
      if (!stale || attempt > 0) throw new DataDirLockedError(dataDir, holder);
      rmSync(path, { force: true });
    }
  }
  throw new Error("unreachable");
}

function mtimeMs(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
