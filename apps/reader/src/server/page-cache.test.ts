import { describe, expect, it } from "vitest";
import { PageCache } from "./page-cache";

describe("the page cache", () => {
  const page = (bytes: number) => async () => ({
    status: 200,
    contentType: "text/html",
    body: "x".repeat(bytes),
  });

  it("keeps within its byte budget however many made-up addresses are asked for, dropping the oldest first", async () => {
    const cache = new PageCache(1_000, 60_000, Date.now, 100_000);
    for (let i = 0; i < 200; i++) await cache.get(`/reports/r?junk=${i}`, 0, page(10_000));
    expect(cache.byteSize).toBeLessThanOrEqual(100_000);
    expect((await cache.get("/reports/r?junk=199", 0, page(1))).hit).toBe(true);
    expect((await cache.get("/reports/r?junk=0", 0, page(1))).hit).toBe(false);
  });

  it("keeps within its entry budget", async () => {
    const cache = new PageCache(5, 60_000, Date.now, 1_000_000);
    for (let i = 0; i < 20; i++) await cache.get(`/p${i}`, 0, page(10));
    expect(cache.size).toBe(5);
  });
});
