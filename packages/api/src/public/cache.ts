/**
 * A small LRU cache for public reads. Entries belong to a generation: `invalidate()` (called after anything the
 * public sees changed) starts a new one, and entries also expire after `ttlMs` so that several servers sharing
 * one PostgreSQL converge without telling each other.
 */
export class ReadCache {
  private readonly entries = new Map<string, { value: unknown; generation: number; expiresAt: number }>();
  /** Loads under way: concurrent requests for one key share one load instead of all hitting the database. */
  private readonly loading = new Map<string, Promise<unknown>>();
  private gen = 1;
  constructor(
    readonly maxEntries = 2_000,
    readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  get generation(): number {
    return this.gen;
  }

  invalidate(): void {
    this.gen++;
    this.entries.clear();
    this.loading.clear();
  }

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    const now = this.now();
    if (hit && hit.generation === this.gen && hit.expiresAt > now) {
      // Refresh recency: Map keeps insertion order, so re-inserting moves it to the end.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    const pending = this.loading.get(key);
    if (pending) return pending as Promise<T>;
    const generation = this.gen;
    const promise = load();
    this.loading.set(key, promise);
    let value: T;
    try {
      value = await promise;
    } finally {
      this.loading.delete(key);
    }
    // A publication during the load made this value stale: return it, but do not keep it.
    if (generation === this.gen) {
      this.entries.set(key, { value, generation, expiresAt: now + this.ttlMs });
      if (this.entries.size > this.maxEntries) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
    }
    return value;
  }
}
