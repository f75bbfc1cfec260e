import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** A rendered response kept for one publication generation, compressed on first demand. */
export interface CachedResponse {
  status: number;
  contentType: string;
  body: Buffer;
  etag: string;
  gzip?: Buffer;
  brotli?: Buffer;
  generation: number;
  expiresAt: number;
}

/**
 * Rendered pages by URL. An entry is good while the read service's generation is the one it was rendered in
 * (publication bumps it) and for at most `ttlMs`, so that several servers on one PostgreSQL converge. A hit costs
 * a map lookup; a miss renders once even when many requests ask at the same time. Bounded by entries and by
 * bytes (a page with made-up query parameters is a new entry), the oldest dropped first.
 */
export class PageCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly pending = new Map<string, Promise<CachedResponse>>();
  private bytes = 0;

  constructor(
    readonly maxEntries = 1_000,
    readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  async get(
    key: string,
    generation: number,
    render: () => Promise<{ status: number; contentType: string; body: string }>,
  ): Promise<{ response: CachedResponse; hit: boolean }> {
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation && hit.expiresAt > this.now())
      return { response: hit, hit: true };
    const waiting = this.pending.get(`${generation}|${key}`);
    if (waiting) return { response: await waiting, hit: true };
    const work = (async () => {
      const r = await render();
      const body = Buffer.from(r.body, "utf8");
      const response: CachedResponse = {
        status: r.status,
        contentType: r.contentType,
        body,
        etag: etagOf(body),
        generation,
        expiresAt: this.now() + this.ttlMs,
      };
      // Only answers that stay the same are kept: a 404 for a made-up address would only fill the cache.
      if (r.status === 200) this.keep(key, response);
      return response;
    })();
    this.pending.set(`${generation}|${key}`, work);
    try {
      return { response: await work, hit: false };
    } finally {
      this.pending.delete(`${generation}|${key}`);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** Bytes the kept pages may hold with their compressed copies. */
  get byteSize(): number {
    return this.bytes;
  }

  private keep(key: string, response: CachedResponse) {
    const size = weight(response);
    if (size > this.maxBytes) return;
    this.drop(key);
    while (this.entries.size >= this.maxEntries || this.bytes + size > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.drop(oldest);
    }
    this.entries.set(key, response);
    this.bytes += size;
  }

  private drop(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= weight(entry);
  }
}

// The body, and room for its gzip and Brotli copies (each smaller than the body).
const weight = (entry: CachedResponse) => entry.body.length * 2;

export const etagOf = (body: Buffer | string): string =>
  `W/"${createHash("sha1").update(body).digest("base64url")}"`;

/** The best encoding the client accepts of those we make: Brotli, then gzip, else none. */
export function pickEncoding(acceptEncoding: string | undefined): "br" | "gzip" | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return null;
}

/** The body in an encoding, compressed once and kept with the entry. */
export function encodedBody(entry: CachedResponse, encoding: "br" | "gzip" | null): Buffer {
  if (encoding === "br") {
    entry.brotli ??= brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } });
    return entry.brotli;
  }
  if (encoding === "gzip") {
    entry.gzip ??= gzipSync(entry.body, { level: 6 });
    return entry.gzip;
  }
  return entry.body;
}
