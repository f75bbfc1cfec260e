import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/*
 * The whole system as `pnpm start` runs it: the build (turbo, cached), then apps/api/src/main.ts under tsx in a
 * temporary data folder on a free port, seeded with the sample reports and the demonstration township. Browser
 * tests of the reader and the editor share one per spec file: start it in beforeAll, stop it in afterAll.
 */

const ROOT = new URL("../../../", import.meta.url).pathname;
const STARTUP_TIMEOUT_MS = 120_000;

let built: Promise<void> | null = null;

/** Runs the build `pnpm start` runs (the reader's assets, the editor's bundle) once per test process. */
export function buildOnce(): Promise<void> {
  built ??= new Promise<void>((resolve, reject) => {
    const r = spawnSync(
      join(ROOT, "node_modules/.bin/turbo"),
      ["run", "build", "--output-logs=errors-only"],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
      },
    );
    if (r.status === 0) resolve();
    else reject(new Error(`the build failed (turbo run build):\n${r.stdout}\n${r.stderr}`));
  });
  return built;
}

export interface SystemOptions {
  /** Extra environment for the server (PUBLIC_URL, SEED_SAMPLES=0, …). */
  env?: Record<string, string>;
  /** A data folder to use (kept afterwards); by default a fresh temporary one, removed by `stop()`. */
  dataDir?: string;
  /** Skip the build (when the caller has just built). */
  build?: boolean;
}

/** A started server process. `url` changes on restart (a new free port). */
export class System {
  url = "";
  private child: ChildProcess | null = null;
  private log = "";
  private readonly ownsDataDir: boolean;
  readonly dataDir: string;

  constructor(private readonly options: SystemOptions = {}) {
    this.ownsDataDir = !options.dataDir;
    this.dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "gongkai-e2e-"));
  }

  /** Whether the server process is still running (it has not exited or been killed). */
  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Everything the server printed, for failure messages. */
  output(): string {
    return this.log;
  }

  /** Starts the server and waits until `/healthz` answers 200. */
  async start(): Promise<this> {
    if (this.child) throw new Error("the system is already running");
    if (this.options.build !== false) await buildOnce();
    const child = spawn(process.execPath, ["--import", "tsx", "apps/api/src/main.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: this.dataDir,
        PORT: "0",
        HOST: "127.0.0.1",
        LOG_LEVEL: "info",
        ...this.options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`the server did not start within ${STARTUP_TIMEOUT_MS / 1000} s:\n${this.log}`)),
        STARTUP_TIMEOUT_MS,
      );
      // Only this start's output: after a restart the log still holds the previous address.
      const from = this.log.length;
      const read = (chunk: Buffer) => {
        this.log += chunk.toString();
        const m = /is serving at (http:\/\/[^"\s]+)/.exec(this.log.slice(from));
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      child.stdout?.on("data", read);
      child.stderr?.on("data", read);
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${code ?? signal}) before serving:\n${this.log}`));
      });
    });
    this.url = url;
    await waitForHealth(url);
    return this;
  }

  /** Stops the server gracefully (SIGTERM) and waits for it to exit. */
  async stop(): Promise<void> {
    await this.signal("SIGTERM");
  }

  /** Kills the server without letting it clean up (SIGKILL), as a crash or a power cut would. */
  async kill(): Promise<void> {
    await this.signal("SIGKILL");
  }

  /** Stops and starts again on the same data folder. */
  async restart(): Promise<this> {
    await this.stop();
    return this.start();
  }

  /** Stops the server and removes the temporary data folder. */
  async dispose(): Promise<void> {
    await this.stop();
    if (this.ownsDataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill(signal);
    });
  }
}

/** Starts a system and returns it once healthy. */
export function startSystem(options: SystemOptions = {}): Promise<System> {
  return new System(options).start();
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return;
      last = `status ${res.status}`;
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url}/healthz did not answer 200 within 30 s (${last})`);
}
