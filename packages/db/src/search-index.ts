import { inArray, sql } from "drizzle-orm";
import { Postings } from "./postings";
import { rawRows } from "./raw";
import {
  passageOf,
  type RankedPage,
  type SearchHitRow,
  type SearchParams,
  type SearchResult,
  searchHit,
  searchPaging,
} from "./search";
import { lexemesOf, queryTerms } from "./search-text";
import type { Executor } from "./types";

/**
 * Documents read from the store per query while loading. PGlite runs a query on this thread, so a batch is a
 * pause for every other request: 25 documents are about 10 ms of query and 20 ms of building here.
 */
const LOAD_BATCH = 25;
/** Removed documents kept as dead slots before the postings are renumbered. */
const MIN_DEAD_TO_COMPACT = 64;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

interface Doc extends SearchHitRow {
  /** Microseconds since 1970, as the store keeps them: two publications within a millisecond still order. */
  publishedUs: number;
  /** The row's `xmin`: a republished report is a new row, so a new value (see `sync`). */
  revision: string;
  /** Title, headings and text: what snippets are cut from. */
  body: string;
}

/**
 * The public search documents' lexemes held in memory, ranked exactly as `rankPublicReports` ranks them in SQL.
 *
 * Why: the embedded store answers one query at a time on the server's only thread. At 5,000 reports the SQL
 * ranking of a common bigram costs 6–50 ms, and even cutting the page's passages from the stored texts costs
 * 2–3 ms (each text is inflated first), so 64 readers searching distinct words at once queued for seconds. Held
 * here — postings (about 12 MB at 5,000 reports) and each report's text (about 10 KB) — a search is answered in
 * a fraction of a millisecond without a query. Only for PGlite: its data folder is locked to one process, so
 * this process sees every write; several servers over PostgreSQL would each hold a stale copy, and PostgreSQL
 * ranks on its own cores anyway.
 *
 * Freshness: `sync` compares each row's `xmin` (every publication, correction or withdrawal deletes and inserts
 * the row, so its `xmin` changes) with what is held, and reads only what changed. `search` syncs first whenever
 * the caller's generation moved (the public read cache's, bumped after every public change) or the index is older
 * than `maxAgeMs`, so it is never staler than the cache in front of it.
 */
export class SearchIndex {
  private docs: Doc[] = [];
  private alive = new Uint8Array(0);
  private slotOf = new Map<string, number>();
  private dead = 0;
  private all = new Map<string, Postings>();
  private head = new Map<string, Postings>();
  private title = new Map<string, Postings>();
  /** Live slots, newest first then by id; `position[slot]` is a slot's place in it. */
  private order = new Int32Array(0);
  private position = new Int32Array(0);
  private ready = false;
  private syncing: Promise<void> | null = null;
  private syncedGeneration = Number.NEGATIVE_INFINITY;
  private syncedAt = Number.NEGATIVE_INFINITY;

  /**
   * Whether a search can be ranked here now. The first call starts loading in the background and answers false
   * (search in SQL meanwhile); once loaded, a call after `generation` changed (something public changed) or after
   * `maxAgeMs` waits for a sync first. A failed sync empties the index, to be loaded again.
   */
  private async prepare(db: Executor, generation: number, maxAgeMs: number): Promise<boolean> {
    if (!this.ready) {
      void this.warm(db, generation);
      return false;
    }
    while (this.syncing) await this.syncing.catch(() => {});
    if (!this.ready) return false;
    // Generations only grow: a caller holding an older one than the last sync's needs no sync for it.
    if (generation > this.syncedGeneration || performance.now() - this.syncedAt > maxAgeMs) {
      try {
        await this.startSync(db, generation);
      } catch {
        return false;
      }
    }
    return this.ready && !this.syncing;
  }

  /**
   * Loads the index in the background unless it is loaded or loading (a server calls it once it listens, so that
   * the first searches need not be answered in SQL); resolves true once it can answer, false if loading failed.
   */
  async warm(db: Executor, generation: number): Promise<boolean> {
    if (!this.ready && !this.syncing) this.startSync(db, generation).catch(() => {});
    while (this.syncing) await this.syncing.catch(() => {});
    return this.ready;
  }

  private startSync(db: Executor, generation: number): Promise<void> {
    const started = performance.now();
    const run = this.sync(db)
      .then(() => {
        this.ready = true;
        this.syncedGeneration = Math.max(this.syncedGeneration, generation);
        this.syncedAt = started;
      })
      .catch((e: unknown) => {
        this.clear();
        throw e;
      })
      .finally(() => {
        if (this.syncing === run) this.syncing = null;
      });
    this.syncing = run;
    return run;
  }

  private clear(): void {
    this.docs = [];
    this.alive = new Uint8Array(0);
    this.slotOf.clear();
    this.dead = 0;
    this.all.clear();
    this.head.clear();
    this.title.clear();
    this.order = new Int32Array(0);
    this.position = new Int32Array(0);
    this.ready = false;
    this.syncedGeneration = Number.NEGATIVE_INFINITY;
  }

  /** How many public documents are held. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Bytes held by the postings (the documents' few fields are not counted). */
  get bytes(): number {
    let n = 0;
    for (const map of [this.all, this.head, this.title]) for (const p of map.values()) n += p.bytes;
    return n;
  }

  /**
   * Brings the index up to date with `search_documents`: drops removed reports, reads new and republished ones
   * (a batch per query), renumbers when many slots are dead. Reports read twice are harmless. Not to be run
   * beside a search or another sync: `prepare` keeps them apart.
   */
  async sync(db: Executor): Promise<{ added: number; removed: number }> {
    const current = await rawRows<{ report_id: string; revision: string }>(
      db,
      sql`select report_id, xmin::text as revision from search_documents`,
    );
    const seen = new Set<string>();
    const changed: string[] = [];
    for (const r of current) {
      seen.add(r.report_id);
      const slot = this.slotOf.get(r.report_id);
      if (slot === undefined || this.docs[slot]?.revision !== r.revision) changed.push(r.report_id);
    }
    let removed = 0;
    for (const [id, slot] of [...this.slotOf]) {
      if (!seen.has(id)) {
        this.kill(slot);
        removed++;
      }
    }
    const bulk = this.slotOf.size === 0;
    let added = 0;
    for (let i = 0; i < changed.length; i += LOAD_BATCH)
      added += await this.load(db, changed.slice(i, i + LOAD_BATCH));
    if (bulk)
      for (const map of [this.all, this.head, this.title])
        for (const p of map.values()) p.seal(this.docs.length);
    if (this.dead >= Math.max(MIN_DEAD_TO_COMPACT, this.slotOf.size / 4)) this.compact();
    if (added || removed) this.reorder();
    return { added, removed };
  }

  /** The ranked page of matches: the same reports, order and flags as `rankPublicReports`. */
  rank(params: SearchParams): RankedPage {
    const { page, pageSize } = searchPaging(params);
    // A word cut at 64 code units may end in half a surrogate pair; the store holds U+FFFD there, so look that up.
    const terms = queryTerms(params.q).map((t) => t.replace(LONE_SURROGATE, "\uFFFD"));
    const empty = { total: 0, page, pageSize, matches: [] };
    if (!terms.length) return empty;
    const postings: Postings[] = [];
    for (const t of terms) {
      const p = this.all.get(t);
      if (!p) return empty;
      postings.push(p);
    }
    postings.sort((a, b) => a.size - b.size);
    const [first, ...rest] = postings as [Postings, ...Postings[]];
    const titles = terms.map((t) => this.title.get(t));
    const heads = terms.map((t) => this.head.get(t));
    const n = this.order.length;
    // A key per match: where it matched (title 0, headings 1, text 2) times n, plus its place in the recency
    // order; sorting the numbers sorts the matches.
    const keys: number[] = [];
    first.forEach((slot) => {
      if (!this.alive[slot]) return;
      const d = this.docs[slot]!;
      if (params.townshipId && d.townshipId !== params.townshipId) return;
      if (params.countyId && d.countyId !== params.countyId) return;
      if (params.year !== undefined && d.year !== params.year) return;
      if (params.kind && d.kind !== params.kind) return;
      for (const p of rest) if (!p.has(slot)) return;
      const inTitle = titles.every((p) => p?.has(slot));
      const inHead = inTitle || heads.every((p) => p?.has(slot));
      keys.push((inTitle ? 0 : inHead ? 1 : 2) * n + this.position[slot]!);
    });
    const sorted = Float64Array.from(keys).sort();
    const start = (page - 1) * pageSize;
    const matches = Array.from(sorted.subarray(start, start + pageSize), (key) => {
      const where = Math.floor(key / n);
      return {
        reportId: this.docs[this.order[key - where * n]!]!.reportId,
        inTitle: where === 0,
        inHead: where <= 1,
      };
    });
    return { total: keys.length, page, pageSize, matches };
  }

  /**
   * A whole search, answered from memory: ranked, and each hit's row and passage taken from what was loaded; null
   * when the index cannot answer now (still loading, or a sync failed), and the caller searches in SQL instead.
   */
  async search(
    db: Executor,
    params: SearchParams,
    freshness: { generation: number; maxAgeMs: number },
  ): Promise<SearchResult | null> {
    if (!(await this.prepare(db, freshness.generation, freshness.maxAgeMs))) return null;
    // Checked and answered in one synchronous step: no sync can be half done meanwhile.
    if (this.syncing) return null;
    const { total, page, pageSize, matches } = this.rank(params);
    const hits = matches.flatMap((m) => {
      const slot = this.slotOf.get(m.reportId);
      const doc = slot === undefined ? undefined : this.docs[slot];
      if (!doc) return [];
      const { reportId, title, townshipId, countyId, year, kind, publishedAt } = doc;
      const row = { reportId, title, townshipId, countyId, year, kind, publishedAt };
      return [searchHit(m, row, passageOf(doc.body, params.q), params.q)];
    });
    return { total, page, pageSize, hits };
  }

  private async load(db: Executor, ids: string[]): Promise<number> {
    const rows = await rawRows<{
      report_id: string;
      township_id: string;
      county_id: string;
      year: number;
      kind: string;
      title: string;
      body: string;
      published_at: Date | string;
      published_us: number | string;
      revision: string;
      terms: string;
      head_terms: string;
      title_terms: string;
    }>(
      db,
      sql`select report_id, township_id, county_id, year, kind, title, body, published_at, xmin::text as revision,
                 (extract(epoch from published_at) * 1000000)::float8 as published_us,
                 strip(vector)::text as terms, strip(head)::text as head_terms,
                 strip(ts_filter(head, '{a}'))::text as title_terms
          from search_documents where ${inArray(sql`report_id`, ids)}`,
    );
    for (const r of rows) {
      const old = this.slotOf.get(r.report_id);
      if (old !== undefined) this.kill(old);
      const slot = this.docs.length;
      this.docs.push({
        reportId: r.report_id,
        townshipId: r.township_id,
        countyId: r.county_id,
        year: Number(r.year),
        kind: r.kind,
        title: r.title,
        publishedAt: new Date(r.published_at),
        publishedUs: Number(r.published_us),
        revision: r.revision,
        body: r.body,
      });
      if (slot >= this.alive.length) {
        const grown = new Uint8Array(Math.max(64, this.alive.length * 2));
        grown.set(this.alive);
        this.alive = grown;
      }
      this.alive[slot] = 1;
      this.slotOf.set(r.report_id, slot);
      add(this.all, lexemesOf(r.terms), slot);
      add(this.head, lexemesOf(r.head_terms), slot);
      add(this.title, lexemesOf(r.title_terms), slot);
    }
    // A report asked for but not returned was withdrawn between the sync's two reads: drop what is held of it.
    const returned = new Set(rows.map((r) => r.report_id));
    for (const id of ids) {
      const slot = this.slotOf.get(id);
      if (!returned.has(id) && slot !== undefined) this.kill(slot);
    }
    return rows.length;
  }

  private kill(slot: number): void {
    const doc = this.docs[slot];
    if (!doc || !this.alive[slot]) return;
    this.alive[slot] = 0;
    this.slotOf.delete(doc.reportId);
    this.dead++;
  }

  /** Renumbers the live documents from 0, dropping dead slots from every postings list. */
  private compact(): void {
    const to = new Int32Array(this.docs.length).fill(-1);
    const docs: Doc[] = [];
    this.docs.forEach((d, slot) => {
      if (!this.alive[slot]) return;
      to[slot] = docs.length;
      docs.push(d);
    });
    for (const map of [this.all, this.head, this.title]) {
      for (const [lexeme, p] of map) {
        p.remap(to, docs.length);
        if (!p.size) map.delete(lexeme);
      }
    }
    this.docs = docs;
    this.alive = new Uint8Array(Math.max(64, docs.length)).fill(1, 0, docs.length);
    this.slotOf = new Map(docs.map((d, slot) => [d.reportId, slot]));
    this.dead = 0;
  }

  private reorder(): void {
    const live: number[] = [];
    this.docs.forEach((_, slot) => {
      if (this.alive[slot]) live.push(slot);
    });
    live.sort((a, b) => {
      const x = this.docs[a]!;
      const y = this.docs[b]!;
      if (x.publishedUs !== y.publishedUs) return y.publishedUs - x.publishedUs;
      return x.reportId < y.reportId ? -1 : x.reportId > y.reportId ? 1 : 0;
    });
    this.order = Int32Array.from(live);
    this.position = new Int32Array(this.docs.length);
    live.forEach((slot, i) => {
      this.position[slot] = i;
    });
  }
}

function add(map: Map<string, Postings>, lexemes: readonly string[], slot: number): void {
  for (const lexeme of lexemes) {
    const found = map.get(lexeme);
    const p = found ?? new Postings();
    if (!found) map.set(lexeme, p);
    p.add(slot);
  }
}
