// `pnpm start`: migrate the store, seed it on first run, publish what was due while down, and serve on PORT.
import "./node-env";
import { createLogger } from "@gongkai/api";
import { DataDirError, DataDirLockedError } from "@gongkai/db";
import { readerRoutes } from "@gongkai/reader";
import { readEnv } from "./env";
import { seedIfEmpty } from "./seed";
import { ensureAdmin } from "./seed/admin";
import { startServer } from "./server";

let config: ReturnType<typeof readEnv>;
try {
  config = readEnv();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
const logger = createLogger(config.logLevel);

try {
  const server = await startServer(config, {
    logger,
    reader: (services) =>
      readerRoutes({
        reads: services.reads,
        publicUrl: config.publicUrl,
        trustProxy: config.trustProxy,
        logger,
      }),
    prepare: async (services) => {
      if (config.seedSamples) await seedIfEmpty(services, { samplesDir: config.samplesDir, logger });
      await ensureAdmin(services, config.admin, logger);
    },
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    server.close().then(
      () => process.exit(0),
      (e) => {
        logger.error("stop failed", { error: String(e) });
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
} catch (e) {
  if (e instanceof DataDirLockedError) logger.error(e.message, { dataDir: e.dataDir, holder: e.holder });
  else if (e instanceof DataDirError) logger.error(e.message, { dataDir: e.dataDir, problem: e.problem });
  else logger.error("start failed", { error: String((e as Error).stack ?? e) });
  process.exit(1);
}
