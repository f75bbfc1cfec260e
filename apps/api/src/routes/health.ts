import { type Services, toAppError } from "@gongkai/api";
import { sql } from "drizzle-orm";
import { Hono } from "hono";

/** `/healthz`: 200 when the database answers, 503 (with the reason's code) when it does not. */
export function healthRoutes(services: Services): Hono {
  return new Hono().get("/healthz", async (c) => {
    c.header("cache-control", "no-store");
    try {
      await services.db.execute(sql`select 1`);
      return c.json({ status: "ok", engine: services.engine, time: services.now().toISOString() });
    } catch (e) {
      const app = toAppError(e);
      return c.json({ status: "unavailable", code: app.code }, 503);
    }
  });
}
