import { describe, expect, it } from "vitest";
import { ResponseCache } from "./response-cache";

describe("the response cache", () => {
  const body = (n: number) => "x".repeat(n);
  /** A cache for publication generation 0 (a lookup opens the generation). */
  const cacheOf = (entries: number, bytes: number) => {
    const cache = new ResponseCache(entries, bytes);
    cache.get("/", 0);
    return cache;
  };

  it("keeps within its byte budget however many made-up URLs are asked for, dropping the oldest first", () => {
    const cache = cacheOf(5_000, 100_000);
    for (let i = 0; i < 1_000; i++)
      cache.set(`/api/v1/reports.csv?junk=${i}`, 0, {
        status: 200,
        body: body(10_000),
        contentType: "text/csv",
      });
    expect(cache.usage.bytes).toBeLessThanOrEqual(100_000);
    expect(cache.usage.entries).toBeGreaterThan(0);
    expect(cache.get("/api/v1/reports.csv?junk=999", 0)).toBeDefined();
    expect(cache.get("/api/v1/reports.csv?junk=0", 0)).toBeUndefined();
  });

  it("keeps within its entry budget, and counts a replaced entry once", () => {
    const cache = cacheOf(3, 1_000_000);
    for (let i = 0; i < 10; i++) cache.set(`/k${i}`, 0, { status: 200, body: body(10), contentType: "x" });
    expect(cache.usage.entries).toBe(3);
    const before = cache.usage.bytes;
    cache.set("/k9", 0, { status: 200, body: body(10), contentType: "x" });
    expect(cache.usage.bytes).toBe(before);
  });

  it("does not keep an answer larger than the whole budget", () => {
    const cache = cacheOf(10, 1_000);
    cache.set("/big", 0, { status: 200, body: body(10_000), contentType: "x" });
    expect(cache.usage).toEqual({ entries: 0, bytes: 0 });
  });
});
