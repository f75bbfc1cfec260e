import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
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
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
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
      const fd = openSync(path, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
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
      try {
        holder = JSON.parse(readFileSync(path, "utf8"));
      } catch {
        holder = { pid: 0, host: hostname(), since: "?" };
      }
      const stale = holder.host === hostname() && holder.pid !== process.pid && !alive(holder.pid);
      if (!stale || attempt > 0) throw new DataDirLockedError(dataDir, holder);
      rmSync(path, { force: true });
    }
  }
  throw new Error("unreachable");
}
