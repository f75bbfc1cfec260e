import type { AddressInfo } from "node:net";
import { createLogger, createServices, type Logger, type Services, startScheduler } from "@gongkai/api";
import { type OpenDatabase, openDatabase } from "@gongkai/db";
import { serve } from "@hono/node-server";
import { createApp, type Mountable } from "./app";
import type { ServerConfig } from "./env";

export interface StartOptions {
  /** The reader's pages, mounted at `/`; a function gets the services (the reader renders from `services.reads`). */
  reader?: Mountable | ((services: Services) => Mountable) | null;
  /** Runs once the database is open and before the server listens: migrations are done, seeding goes here. */
  prepare?: (services: Services, logger: Logger) => Promise<void>;
  logger?: Logger;
}

export interface RunningServer {
  url: string;
  services: Services;
  close(): Promise<void>;
}

/** Opens the store (migrating it), prepares it, starts the scheduler and listens. */
export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const started = performance.now();
  let store: OpenDatabase;
  store = await openDatabase(
    config.databaseUrl
      ? {
          databaseUrl: config.databaseUrl,
          onPoolError: (e) => logger.warn("database connection error", { error: e.message }),
        }
      : { dataDir: config.dataDir },
  );
  logger.info("database open", { engine: store.engine, location: store.location });
  const services = createServices({
    db: store.db,
    engine: store.engine,
    logger,
    sessions: { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours },
    publicCache: { ttlSeconds: config.publicCacheSeconds },
    maxUploadBytes: config.maxUploadBytes,
    indexNumberRule: config.indexNumberRule,
  });
  try {
    await options.prepare?.(services, logger);
  } catch (e) {
    await store.close();
    throw e;
  }
  const scheduler = startScheduler(services);
  await scheduler.ready;
  const app = createApp({
    services,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    reader: typeof options.reader === "function" ? options.reader(services) : (options.reader ?? null),
    editorDir: config.editorDir,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once("error", reject);
  });
  const address = server.address() as AddressInfo;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  const url = `http://${host}:${address.port}`;
  logger.info(`gongkai 公开 is serving at ${url}`, {
    url,
    publicUrl: config.publicUrl,
    startupMs: Math.round(performance.now() - started),
  });
  let closing: Promise<void> | null = null;
  if (store.engine === "pglite") {
    // Loaded after listening, a few batches at a time (seconds at thousands of reports): until it is ready,
    // searches are ranked in SQL, so nothing waits for it.
    const warming = performance.now();
    void services.reads.warmSearch().then((ready) => {
      if (closing) return;
      if (ready) logger.info("search index ready", { ms: Math.round(performance.now() - warming) });
      else logger.warn("search index could not be loaded; searches are ranked in SQL until it can");
    });
  }
  return {
    url,
    services,
    close: () => {
      closing ??= (async () => {
        scheduler.stop();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await services.ingest.close();
        await store.close();
      })();
      return closing;
    },
  };
}
