import { createHash } from "node:crypto";

export interface CachedResponse {
  status: number;
  body: string;
  contentType: string;
  etag: string;
}

/**
 * Serialised public responses by URL, for the current publication generation: a hit costs a map lookup, so
 * the public report endpoint runs near the speed of a static file. Cleared when the generation changes. Bounded
 * by entries and by bytes: anyone can make up new URLs (unknown query parameters), so the oldest entries go first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  /** Renders under way, shared by concurrent requests for the same URL. */
  readonly rendering = new Map<string, Promise<CachedResponse | Response>>();
  private generation = -1;
  private bytes = 0;
  constructor(
    readonly maxEntries = 5_000,
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(key: string, generation: number): CachedResponse | undefined {
    if (generation !== this.generation) {
      this.entries.clear();
      this.bytes = 0;
      this.generation = generation;
      return undefined;
    }
    return this.entries.get(key);
  }

  set(key: string, generation: number, response: Omit<CachedResponse, "etag">): CachedResponse {
    const entry = { ...response, etag: etagOf(response.body) };
    const size = sizeOf(key, entry);
    if (generation === this.generation && size <= this.maxBytes) {
      this.drop(key);
      while (this.entries.size >= this.maxEntries || this.bytes + size > this.maxBytes) {
        const oldest = this.entries.keys().next().value;
        if (oldest === undefined) break;
        this.drop(oldest);
      }
      this.entries.set(key, entry);
      this.bytes += size;
    }
    return entry;
  }

  /** Entries and the bytes they hold, for tests and metrics. */
  get usage(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(key, entry);
  }
}

// JavaScript strings hold two bytes a character.
const sizeOf = (key: string, entry: CachedResponse) =>
  2 * (key.length + entry.body.length + entry.etag.length);

export const etagOf = (body: string): string => `"${createHash("sha1").update(body).digest("base64url")}"`;
