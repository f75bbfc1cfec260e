import { type ExecFileSyncOptionsWithStringEncoding, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/*
 * A throwaway PostgreSQL cluster of our own, made the way .ci/run makes CI's (initdb and pg_ctl, as the postgres
 * user when we are root), so that a test can stop and start it without disturbing the server other tests use.
 */

const inCi = process.env.GONGKAI_CI === "1";
const isRoot = process.getuid?.() === 0;

/** PG_BIN_DIR, or the newest /usr/lib/postgresql/N/bin; null when there is no PostgreSQL here. */
export function postgresBinDir(): string | null {
  const given = process.env.PG_BIN_DIR;
  if (given && existsSync(join(given, "pg_ctl"))) return given;
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], "bin") : null;
}

/**
 * Whether a cluster can be made here. In CI (GONGKAI_CI=1) its absence fails the run rather than skipping the
 * tests that need it.
 */
export function clusterAvailable(): boolean {
  if (postgresBinDir()) return true;
  if (inCi)
    throw new Error("GONGKAI_CI=1 but no PostgreSQL binaries (PG_BIN_DIR, /usr/lib/postgresql/*/bin)");
  console.warn("[faults] no PostgreSQL binaries (PG_BIN_DIR): the database restart tests are skipped");
  return false;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

export class PostgresCluster {
  /** Whether it was last started rather than stopped. */
  up = false;
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
  ) {}

  /** postgres://postgres@127.0.0.1:PORT/postgres */
  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** initdb in a temporary folder and start it on a free port. */
  static async create(): Promise<PostgresCluster> {
    const bin = postgresBinDir();
    if (!bin) throw new Error("no PostgreSQL binaries");
    const dir = mkdtempSync(join(tmpdir(), "gongkai-fault-pg-"));
    if (isRoot) {
      const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
      chownSync(dir, uid, gid);
    }
    const cluster = new PostgresCluster(dir, await freePort(), bin);
    cluster.run("initdb", ["-D", dir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"]);
    cluster.start();
    return cluster;
  }

  /** Runs a PostgreSQL program as the user that owns the cluster (initdb and pg_ctl refuse root). */
  private run(program: string, args: string[]): string {
    const path = join(this.bin, program);
    const quoted = [path, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    const options: ExecFileSyncOptionsWithStringEncoding = {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    };
    return isRoot
      ? execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", quoted], options)
      : execFileSync(path, args, options);
  }

  /** Starts the server and waits until it accepts connections. */
  start(): void {
    this.run("pg_ctl", [
      "-D",
      this.dir,
      "-o",
      `-p ${this.port} -k /tmp -c listen_addresses=127.0.0.1`,
      "-l",
      join(this.dir, "log"),
      "-w",
      "start",
    ]);
    this.up = true;
  }

  /**
   * Stops the server: `fast` ends every session and shuts down cleanly, `immediate` is a crash (the next start
   * recovers from the write-ahead log).
   */
  stop(mode: "fast" | "immediate" = "fast"): void {
    this.run("pg_ctl", ["-D", this.dir, "-m", mode, "-w", "stop"]);
    this.up = false;
  }

  dispose(): void {
    try {
      this.stop("immediate");
    } catch {
      // Already stopped.
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
