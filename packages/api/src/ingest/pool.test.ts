import { readdirSync, readFileSync } from "node:fs";
import { ingestFile } from "@gongkai/ingest";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { IngestPool } from "./pool";

const samples = new URL("../../../../samples/", import.meta.url);
const sample = (name: string) => new Uint8Array(readFileSync(new URL(name, samples)));
/** The sample texts repeated to at least `bytes`: seconds of parsing for a few megabytes. */
function bigText(bytes: number): Uint8Array {
  const texts = readdirSync(samples)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(new URL(f, samples), "utf8"));
  let text = "";
  while (Buffer.byteLength(text) < bytes) text += `${texts.join("\n")}\n`;
  return new TextEncoder().encode(text);
}
const MAX = 20 * 1024 * 1024;

describe("IngestPool", () => {
  let pool: IngestPool;
  afterEach(() => pool?.close());

  it("gives the pipeline's own result, from a worker thread, and leaves the caller's bytes intact", async () => {
    pool = new IngestPool();
    const bytes = sample("wangjing-2022-gwr.txt");
    const copy = new Uint8Array(bytes);
    const { outcome, jsonLength } = await pool.run({
      bytes,
      fileName: "wangjing-2022-gwr.txt",
      maxBytes: MAX,
    });
    const direct = await ingestFile({ bytes, fileName: "wangjing-2022-gwr.txt" }, { maxBytes: MAX });
    expect(outcome).toEqual(direct);
    expect(jsonLength).toBe(JSON.stringify(direct.ok ? direct.value : null).length);
    expect(bytes).toEqual(copy);
  });

  it("answers bad input with the pipeline's clear error", async () => {
    pool = new IngestPool();
    const { outcome } = await pool.run({
      bytes: new Uint8Array([0, 1, 2, 3, 0, 0, 255]),
      fileName: "a.txt",
      maxBytes: MAX,
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe("binary");
  });

  it("refuses an import beyond its queue at once with UNAVAILABLE and a retry estimate", async () => {
    pool = new IngestPool({ maxQueued: 1 });
    const bytes = sample("wangjing-2022-gwr.txt");
    const running = pool.run({ bytes, fileName: "a.txt", maxBytes: MAX });
    const waiting = pool.run({ bytes, fileName: "b.txt", maxBytes: MAX });
    expect(pool.pending).toBe(2);
    const refused = await pool.run({ bytes, fileName: "c.txt", maxBytes: MAX }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(503);
    expect((refused as AppError).details).toMatchObject({ reason: "import_queue_full" });
    expect((refused as AppError).localized.zh).toMatch(/导入/);
    const [a, b] = await Promise.all([running, waiting]);
    expect(a.outcome.ok && b.outcome.ok).toBe(true);
    expect(pool.pending).toBe(0);
  });

  it("stops an import that overruns its time limit, and the next import runs on a fresh worker", async () => {
    pool = new IngestPool({ timeLimitMs: 1_000 });
    // 48 MB: over a second of parsing even at the fastest rate measured here (about 30 MB/s on a quiet machine);
    // 8 MB finished inside the limit on a quiet CI machine.
    const big = pool.run({
      bytes: bigText(48 * 1024 * 1024),
      fileName: "big.txt",
      maxBytes: 64 * 1024 * 1024,
    });
    const next = pool.run({ bytes: sample("wangjing-2022-gwr.txt"), fileName: "next.txt", maxBytes: MAX });
    const stopped = await big.catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(AppError);
    expect((stopped as AppError).code).toBe("IMPORT_FAILED");
    expect((stopped as AppError).details).toMatchObject({ reason: "time_limit" });
    expect((await next).outcome.ok).toBe(true);
  });

  it("refuses imports once closed, and fails those still waiting", async () => {
    pool = new IngestPool();
    const bytes = sample("wangjing-2022-gwr.txt");
    const running = pool.run({ bytes, fileName: "a.txt", maxBytes: MAX }).catch((e: unknown) => e);
    const waiting = pool.run({ bytes, fileName: "b.txt", maxBytes: MAX }).catch((e: unknown) => e);
    await pool.close();
    expect(((await running) as AppError).code).toBe("UNAVAILABLE");
    expect(((await waiting) as AppError).code).toBe("UNAVAILABLE");
    await expect(pool.run({ bytes, fileName: "c.txt", maxBytes: MAX })).rejects.toBeInstanceOf(AppError);
  });
});
