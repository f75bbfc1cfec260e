import { mkdirSync, statfsSync } from "node:fs";

/**
 * Free space the embedded store needs before it starts: a new store takes about 40 MB, and the write-ahead log
 * grows in 16 MB segments. Starting with less only moves the failure to the middle of someone's save.
 */
export const MIN_FREE_BYTES = 64 * 1024 * 1024;

export type DataDirProblem = "no_space" | "not_writable" | "read_only";

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The data folder cannot hold the store: full, not writable by this user, or on a read-only file system. */
export class DataDirError extends Error {
  constructor(
    readonly dataDir: string,
    readonly problem: DataDirProblem,
    readonly detail: { freeBytes?: number; cause?: unknown } = {},
  ) {
    const free = detail.freeBytes;
    const text: Record<DataDirProblem, [string, string]> = {
      no_space: [
        `数据目录 ${dataDir} 所在磁盘空间不足${free === undefined ? "" : `（剩余 ${MB(free)}，至少需要 ${MB(MIN_FREE_BYTES)}）`}，服务未启动，数据未被改动。请释放磁盘空间后再启动。`,
        `The disk holding the data folder ${dataDir} is full${free === undefined ? "" : ` (${MB(free)} free, at least ${MB(MIN_FREE_BYTES)} needed)`}. The server did not start and the store was not touched; free some space and start again.`,
      ],
      not_writable: [
        `当前用户无权写入数据目录 ${dataDir}，服务未启动。请让运行服务的用户拥有该目录及其中所有文件的写权限（如 chown -R）。`,
        `The data folder ${dataDir} (or a file in it) is not writable by the user running the server. The server did not start; give that user write access to the folder and everything in it (e.g. chown -R).`,
      ],
      read_only: [
        `数据目录 ${dataDir} 位于只读文件系统上，服务未启动。`,
        `The data folder ${dataDir} is on a read-only file system. The server did not start; put DATA_DIR on a writable disk.`,
      ],
    };
    const [zh, en] = text[problem];
    super(`${zh} ${en}`, { cause: detail.cause });
    this.name = "DataDirError";
  }
}

// PGlite reports file errors as Emscripten's ErrnoError, whose numbers are not Node's.
const EMSCRIPTEN_ERRNO: Record<number, DataDirProblem> = {
  2: "not_writable",
  51: "no_space",
  63: "not_writable",
  69: "read_only",
};
const NODE_CODES: Record<string, DataDirProblem> = {
  ENOSPC: "no_space",
  EDQUOT: "no_space",
  EACCES: "not_writable",
  EPERM: "not_writable",
  EROFS: "read_only",
};

/**
 * The DataDirError a file-system failure means (Node's codes, PGlite's Emscripten errno numbers, or PostgreSQL's
 * "No space left on device"), or null for any other error.
 * @example dataDirErrorOf(Object.assign(new Error("x"), { code: "ENOSPC" }), "/srv/data")?.problem // "no_space"
 */
export function dataDirErrorOf(e: unknown, dataDir: string): DataDirError | null {
  if (e instanceof DataDirError) return e;
  const err = e as { code?: unknown; errno?: unknown; name?: unknown; message?: unknown } | null;
  if (!err || typeof err !== "object") return null;
  const problem =
    (typeof err.code === "string" ? NODE_CODES[err.code] : undefined) ??
    (err.name === "ErrnoError" && typeof err.errno === "number" ? EMSCRIPTEN_ERRNO[err.errno] : undefined) ??
    (typeof err.message === "string" && /No space left on device/i.test(err.message)
      ? "no_space"
      : undefined);
  return problem ? new DataDirError(dataDir, problem, { cause: e }) : null;
}

/** Free bytes for an unprivileged user on the file system holding `dir`. */
export function freeBytes(dir: string): number {
  const s = statfsSync(dir);
  return Number(s.bavail) * Number(s.bsize);
}

/**
 * Creates the data folder if needed and refuses, with a DataDirError, one that cannot hold the store: before
 * anything in it is written, so that a full disk or a wrong owner costs a clear message and nothing else.
 */
export function prepareDataDir(dataDir: string, minFreeBytes = MIN_FREE_BYTES): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    throw dataDirErrorOf(e, dataDir) ?? e;
  }
  const free = freeBytes(dataDir);
  if (free < minFreeBytes) throw new DataDirError(dataDir, "no_space", { freeBytes: free });
}
