import { createHash } from "node:crypto";

export interface CachedResponse {
  status: number;
  body: string;
  contentType: string;
  etag: string;
}

/**
 * Serialised public responses by URL, for the current publication generation: a hit costs a map lookup, so
 * the public report endpoint runs near the speed of a static file. Cleared when the generation changes.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  /** Renders under way, shared by concurrent requests for the same URL. */
  readonly rendering = new Map<string, Promise<CachedResponse | Response>>();
  private generation = -1;
  constructor(readonly maxEntries = 5_000) {}

  get(key: string, generation: number): CachedResponse | undefined {
    if (generation !== this.generation) {
      this.entries.clear();
      this.generation = generation;
      return undefined;
    }
    return this.entries.get(key);
  }

  set(key: string, generation: number, response: Omit<CachedResponse, "etag">): CachedResponse {
    const entry = { ...response, etag: etagOf(response.body) };
    if (generation === this.generation) {
      if (this.entries.size >= this.maxEntries) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      this.entries.set(key, entry);
    }
    return entry;
  }
}

export const etagOf = (body: string): string => `"${createHash("sha1").update(body).digest("base64url")}"`;
