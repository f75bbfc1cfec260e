// `pnpm --filter @gongkai/reader dev`: the reader alone on a fresh embedded database with the seed world, for
// working on pages without the whole server. Builds the assets first; PORT (default 3100) picks the port.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, createServices } from "@gongkai/api";
import { openDatabase } from "@gongkai/db";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { build } from "vite";
import { loadAssets, readerRoutes } from "./index";
import { seedReader } from "./testing/seed";

const root = new URL("..", import.meta.url).pathname;
await build({ root, configFile: join(root, "vite.config.ts"), logLevel: "warn" });
const dataDir = mkdtempSync(join(tmpdir(), "gongkai-reader-dev-"));
const store = await openDatabase({ dataDir });
const logger = createLogger("info");
const services = createServices({ db: store.db, engine: store.engine, logger });
await seedReader(services);

const app = new Hono();
// The same policy as apps/api, so that anything inline shows up here first.
app.use(
  "*",
  secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], imgSrc: ["'self'", "data:"] },
  }),
);
app.route("/", readerRoutes({ reads: services.reads, assets: loadAssets(), logger }));
const port = Number(process.env.PORT ?? 3100);
serve({ fetch: app.fetch, port }, () =>
  logger.info(`reader dev server at http://localhost:${port} (data in ${dataDir})`),
);
