import { describeEachEngine } from "@gongkai/db/testing";
import { readerRoutes } from "@gongkai/reader";
import { createApp } from "@gongkai/server";
import type { Hono } from "hono";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildOnce } from "../e2e/support/system";
import { buildFixture, createTestApi, type Fixture } from "./support/world";

/*
 * Web cache poisoning: without PUBLIC_URL the server builds absolute links (feed, sitemap, open data, canonical
 * links) from the request's own origin, and keeps public answers in memory. A request with a forged Host (or,
 * behind a trusted proxy, X-Forwarded-Host) must get its own answer, never plant its links in everyone else's.
 */

const PUBLIC_PATHS = [
  "/feed.xml",
  "/sitemap.xml",
  "/robots.txt",
  "/api/v1/reports",
  "/api/v1/reports.csv",
  "/api/v1/openapi.json",
  "/",
  "/search?q=%E5%B7%A5%E4%BD%9C",
];

describeEachEngine("cache poisoning through the Host header", (engine) => {
  let fixture: Fixture;
  let closeApi: () => Promise<void>;

  beforeAll(async () => {
    await buildOnce();
    const api = await createTestApi(engine);
    closeApi = api.close;
    fixture = await buildFixture(api);
  });
  afterAll(() => closeApi());

  const appOf = (trustProxy: boolean): Hono =>
    createApp({
      services: fixture.api.services,
      trustProxy,
      reader: readerRoutes({ reads: fixture.api.services.reads, trustProxy }),
    });

  it("never serves links to a forged Host to anyone else", async () => {
    const app = appOf(false);
    const paths = [
      ...PUBLIC_PATHS,
      `/api/v1/reports/${fixture.publishedA}`,
      `/reports/${fixture.publishedA}`,
    ];
    for (const path of paths) {
      const forged = await (await app.request(`http://evil.example${path}`)).text();
      expect(forged, path).toContain("evil.example");
      const honest = await app.request(`http://localhost${path}`);
      expect(honest.status, path).toBe(200);
      expect(await honest.text(), path).not.toContain("evil.example");
    }
  });

  it("behind a trusted proxy, never serves links to a forged X-Forwarded-Host to anyone else", async () => {
    const app = appOf(true);
    for (const path of [...PUBLIC_PATHS, `/api/v1/reports/${fixture.publishedA}`]) {
      await app.request(`http://localhost${path}`, {
        headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
      });
      const honest = await app.request(`http://localhost${path}`, {
        headers: { "x-forwarded-host": "gongkai.example.org", "x-forwarded-proto": "https" },
      });
      expect(await honest.text(), path).not.toContain("evil.example");
    }
  });

  it("ignores forwarded headers without a trusted proxy", async () => {
    const app = appOf(false);
    const res = await app.request("http://localhost/feed.xml", {
      headers: { "x-forwarded-host": "evil.example" },
    });
    expect(await res.text()).not.toContain("evil.example");
  });
});
