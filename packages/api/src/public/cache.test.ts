import { describe, expect, it } from "vitest";
import { ReadCache } from "./cache";

describe("the public read cache", () => {
  it("shares one load among concurrent callers of a key", async () => {
    const cache = new ReadCache();
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 10));
      return loads;
    };
    const values = await Promise.all([cache.get("k", load), cache.get("k", load), cache.get("k", load)]);
    expect(values).toEqual([1, 1, 1]);
    expect(await cache.get("k", load)).toBe(1);
  });

  it("does not keep a value loaded while a publication invalidated the cache", async () => {
    const cache = new ReadCache();
    let release = () => {};
    const slow = cache.get("k", () => new Promise<string>((r) => (release = () => r("stale"))));
    cache.invalidate();
    release();
    expect(await slow).toBe("stale");
    expect(await cache.get("k", async () => "fresh")).toBe("fresh");
  });

  it("expires entries after their time to live", async () => {
    let now = 0;
    const cache = new ReadCache(10, 1000, () => now);
    expect(await cache.get("k", async () => "a")).toBe("a");
    now = 999;
    expect(await cache.get("k", async () => "b")).toBe("a");
    now = 1000;
    expect(await cache.get("k", async () => "c")).toBe("c");
  });
});
