import type { Database, Engine } from "@gongkai/db";
import { DEFAULT_INDEX_NUMBER_RULE, type IndexNumberRule } from "@gongkai/domain";
import { createLoginLimits, type LoginLimits } from "./auth/rate-limit";
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from "./auth/sessions";
import { IngestPool, type IngestPoolOptions } from "./ingest/pool";
import { type Logger, silentLogger } from "./logger";
import { createPublicReads, type PublicReads, type PublicReadsOptions } from "./public/reads";

/** Everything a request handler may use; made once per server. */
export interface Services {
  db: Database;
  engine: Engine;
  reads: PublicReads;
  sessions: SessionPolicy;
  loginLimits: LoginLimits;
  logger: Logger;
  /** The clock, so that tests can move time (scheduled publications, session timeouts). */
  now: () => Date;
  /** Largest file accepted for import, in bytes. */
  maxUploadBytes: number;
  /** The import pipeline, on a worker thread. */
  ingest: IngestPool;
  /** The deployment's rule for 索引号 (disclosure index numbers). */
  indexNumberRule: IndexNumberRule;
}

export interface ServicesOptions {
  db: Database;
  engine: Engine;
  sessions?: Partial<SessionPolicy>;
  loginLimits?: LoginLimits;
  logger?: Logger;
  now?: () => Date;
  publicCache?: PublicReadsOptions;
  maxUploadBytes?: number;
  ingest?: Omit<IngestPoolOptions, "logger">;
  indexNumberRule?: IndexNumberRule;
}

export function createServices(options: ServicesOptions): Services {
  const logger = options.logger ?? silentLogger;
  return {
    db: options.db,
    engine: options.engine,
    // PGlite's data folder is locked to this process, so it may hold the search index in memory.
    reads: createPublicReads(options.db, {
      searchIndex: options.engine === "pglite",
      ...options.publicCache,
    }),
    sessions: { ...DEFAULT_SESSION_POLICY, ...options.sessions },
    loginLimits: options.loginLimits ?? createLoginLimits(),
    logger,
    now: options.now ?? (() => new Date()),
    maxUploadBytes: options.maxUploadBytes ?? 20 * 1024 * 1024,
    // Started at the first import, ended when idle: services made for a test or a script cost nothing.
    ingest: new IngestPool({ ...options.ingest, logger }),
    indexNumberRule: options.indexNumberRule ?? DEFAULT_INDEX_NUMBER_RULE,
  };
}
