import { Worker } from "node:worker_threads";
import { AppError } from "../errors";
import { type Logger, silentLogger } from "../logger";
import type { IngestOutcome, IngestReply, IngestRequest } from "./messages";

export interface IngestPoolOptions {
  /** Imports that may wait while one runs (default 4); one more is refused with UNAVAILABLE and Retry-After. */
  maxQueued?: number;
  /** An import running longer is stopped (its worker is ended) and refused with IMPORT_FAILED (default 5 minutes). */
  timeLimitMs?: number;
  /** The worker is ended after this long without work, giving its memory back (default 60 s). */
  idleMs?: number;
  /** Told when a worker is lost (an uncaught error, out of memory). */
  logger?: Logger;
}

/** Seconds a client is asked to wait when the queue is full: about one large import. */
export const INGEST_RETRY_AFTER_SECONDS = 10;

interface Job {
  request: IngestRequest;
  resolve: (outcome: IngestOutcome) => void;
  reject: (error: unknown) => void;
}

const bootUrl = new URL("./worker-boot.mjs", import.meta.url);
const workerEntry = new URL("./worker.ts", import.meta.url).href;

/**
 * Runs the import pipeline (`ingestFile`) on one worker thread, so that a large file (seconds of parsing) never
 * stops the server answering everyone else. Jobs run one at a time in arrival order; the queue is bounded, and a
 * crashed or overrunning worker fails only its own job and is replaced for the next.
 * @example const { outcome } = await services.ingest.run({ bytes, fileName: "a.txt", maxBytes: 20 * 1024 * 1024 });
 */
export class IngestPool {
  private readonly maxQueued: number;
  private readonly timeLimitMs: number;
  private readonly idleMs: number;
  private readonly logger: Logger;
  private worker: Worker | null = null;
  private running: (Job & { timer: NodeJS.Timeout | null }) | null = null;
  private readonly queue: Job[] = [];
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private closed = false;

  constructor(options: IngestPoolOptions = {}) {
    this.maxQueued = options.maxQueued ?? 4;
    this.timeLimitMs = options.timeLimitMs ?? 5 * 60_000;
    this.idleMs = options.idleMs ?? 60_000;
    this.logger = options.logger ?? silentLogger;
  }

  /** Imports running or waiting. */
  get pending(): number {
    return this.queue.length + (this.running ? 1 : 0);
  }

  /** The pipeline's result for one file; rejects with UNAVAILABLE when the queue is full or the pool closed. */
  run(input: { bytes: Uint8Array; fileName: string; maxBytes: number }): Promise<IngestOutcome> {
    if (this.closed) return Promise.reject(new AppError("UNAVAILABLE"));
    if (this.running && this.queue.length >= this.maxQueued) {
      return Promise.reject(
        new AppError("UNAVAILABLE", {
          message: {
            zh: "正在处理的导入过多，请稍后再试",
            en: "Too many imports are in progress; try again shortly",
          },
          details: { reason: "import_queue_full", retryAfterSeconds: INGEST_RETRY_AFTER_SECONDS },
        }),
      );
    }
    // The worker gets its own copy, transferred: the caller keeps its bytes (to hash and store them), and a
    // Buffer's memory may be shared with other Buffers, which must never be detached. (A Buffer's slice() is a
    // view, not a copy; the constructor copies.)
    const bytes = new Uint8Array(input.bytes);
    return new Promise((resolve, reject) => {
      this.queue.push({
        request: { id: this.nextId++, bytes, fileName: input.fileName, maxBytes: input.maxBytes },
        resolve,
        reject,
      });
      this.startNext();
    });
  }

  /** Refuses new imports, fails the waiting ones and ends the worker. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new AppError("UNAVAILABLE"));
    if (this.running) this.finish()?.reject(new AppError("UNAVAILABLE"));
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private startNext(): void {
    if (this.running || this.closed) return;
    const job = this.queue.shift();
    if (!job) {
      this.idleTimer ??= setTimeout(() => this.endWorker(), this.idleMs).unref();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.running = { ...job, timer: null };
    this.workerFor().postMessage(job.request, [job.request.bytes.buffer]);
  }

  /** The worker began the running job: from now on it has `timeLimitMs`. */
  private started(): void {
    const job = this.running;
    if (!job || job.timer) return;
    job.timer = setTimeout(() => {
      this.finish()?.reject(
        new AppError("IMPORT_FAILED", {
          message: {
            zh: `文件处理超过 ${Math.round(this.timeLimitMs / 1000)} 秒仍未完成，已停止`,
            en: `the file took longer than ${Math.round(this.timeLimitMs / 1000)} s to process and was stopped`,
          },
          details: { reason: "time_limit" },
        }),
      );
      this.endWorker();
      this.startNext();
    }, this.timeLimitMs);
  }

  /** The running job, taken off the pool; null if none. */
  private finish(): Job | null {
    const job = this.running;
    if (!job) return null;
    if (job.timer) clearTimeout(job.timer);
    this.running = null;
    return job;
  }

  private workerFor(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(bootUrl, { workerData: { entry: workerEntry }, execArgv: [] });
    // The worker never keeps the process alive by itself: a server or a test that is done may exit.
    worker.unref();
    worker.on("message", (reply: IngestReply) => {
      if (worker !== this.worker || reply.id !== this.running?.request.id) return;
      if ("started" in reply) return this.started();
      const job = this.finish();
      if ("crash" in reply) job?.reject(new Error(`the import pipeline failed: ${reply.crash}`));
      else job?.resolve({ outcome: reply.outcome, jsonLength: reply.jsonLength });
      this.startNext();
    });
    // An uncaught error or running out of memory ends the worker: its job fails, the next one gets a new worker.
    const lost = (cause: unknown) => {
      if (worker !== this.worker) return;
      this.worker = null;
      this.logger.warn("import worker lost", { error: String((cause as Error).stack ?? cause) });
      this.finish()?.reject(
        new AppError("IMPORT_FAILED", {
          message: {
            zh: "处理该文件时导入程序意外中止",
            en: "the import stopped unexpectedly while processing this file",
          },
          details: { reason: "worker_failed" },
          cause,
        }),
      );
      this.startNext();
    };
    worker.on("error", lost);
    worker.on("exit", (code) => lost(new Error(`the import worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private endWorker(): void {
    const worker = this.worker;
    this.worker = null;
    this.idleTimer = null;
    void worker?.terminate();
  }
}
