// The server the benchmark measures: the real app over a data folder, plus one route that returns a static JSON
// file (the baseline: the same server, the same middleware, no database and no rendering). Not a benchmark itself.
import { existsSync, readFileSync } from "node:fs";
import { createServices } from "@gongkai/api";
import { openDatabase } from "@gongkai/db";
import { createApp } from "@gongkai/server";
import { serve } from "@hono/node-server";

const started = performance.now();
const dataDir = process.env.BENCH_DATA_DIR ?? "";
const staticFile = process.env.BENCH_STATIC_FILE ?? "";
const store = await openDatabase({ dataDir });
const services = createServices({ db: store.db, engine: store.engine });
const app = createApp({ services });
const staticBody = staticFile && existsSync(staticFile) ? readFileSync(staticFile, "utf8") : "{}";
app.get("/bench/static.json", (c) =>
  c.body(staticBody, 200, { "content-type": "application/json; charset=utf-8" }),
);
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(
    `${JSON.stringify({ url: `http://127.0.0.1:${info.port}`, startupMs: performance.now() - started })}\n`,
  );
  // The in-memory search index loads after listening, as in the real server; the benchmark measures once it is in.
  const rssBefore = process.memoryUsage().rss;
  const warming = performance.now();
  void services.reads.warmSearch().then((ready) => {
    process.stdout.write(
      `${JSON.stringify({ searchIndex: { ready, ms: performance.now() - warming, rssBefore, rssAfter: process.memoryUsage().rss } })}\n`,
    );
  });
});
const stop = () => server.close(() => store.close().then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
