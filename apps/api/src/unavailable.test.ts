import { createServer, type Server } from "node:net";
import { createServices, SESSION_COOKIE } from "@gongkai/api";
import { type OpenDatabase, openDatabase } from "@gongkai/db";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app";

/*
 * A PostgreSQL server that refuses connections (a real one would while it restarts): every route that needs the
 * database answers 503 with the stable code UNAVAILABLE and a message in Chinese and English, and Retry-After
 * where the route is plain HTTP; the signed-in editor's session lookup included, which used to answer 500. The
 * reader's pages are tested in apps/reader.
 * tests/faults/database-restart.test.ts stops and starts a real PostgreSQL under a running server.
 */

const ORIGIN = "http://localhost";

describe("the server while its database refuses connections", () => {
  let refusing: Server;
  let store: OpenDatabase;
  let app: Hono;
  beforeAll(async () => {
    // A port that accepts nothing: listen, note the port, close.
    refusing = createServer();
    const port = await new Promise<number>((resolve) =>
      refusing.listen(0, "127.0.0.1", () => resolve((refusing.address() as { port: number }).port)),
    );
    await new Promise((r) => refusing.close(r));
    store = await openDatabase({
      databaseUrl: `postgres://gongkai@127.0.0.1:${port}/gongkai`,
      migrate: false,
    });
    const services = createServices({ db: store.db, engine: store.engine });
    app = createApp({ services });
  });
  afterAll(() => store?.close());

  const expectUnavailable = async (res: Response, what: string) => {
    expect(res.status, what).toBe(503);
    const body = (await res.json()) as { error?: { data?: { app?: unknown } } };
    const app = (body.error?.data?.app ?? body) as { code: string; message: { zh: string; en: string } };
    expect(app.code, what).toBe("UNAVAILABLE");
    expect(app.message.zh, what).toMatch(/暂时不可用/);
    expect(app.message.en, what).toMatch(/unavailable/i);
  };

  it("answers the open data and tRPC with 503 UNAVAILABLE, signed in or not", async () => {
    const search = await app.request("/api/v1/search?q=%E9%95%87");
    expect(search.headers.get("retry-after")).toBe("5");
    await expectUnavailable(search, "open-data search");
    await expectUnavailable(await app.request("/trpc/public.directory"), "a public procedure");
    const signedIn = await app.request("/trpc/reports.mine", {
      headers: { cookie: `${SESSION_COOKIE}=some-token` },
    });
    await expectUnavailable(signedIn, "a signed-in call (its session cannot be looked up)");
    const login = await app.request("/trpc/auth.login", {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ email: "a@example.org", password: "0123456789" }),
    });
    await expectUnavailable(login, "sign-in");
    const health = await app.request("/healthz");
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "unavailable", code: "UNAVAILABLE" });
  });
});
