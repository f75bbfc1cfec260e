import {
  type Database,
  places,
  publicObservations,
  reports,
  reportVersions,
  SearchIndex,
  searchPublicReports,
} from "@gongkai/db";
import {
  amount,
  convert,
  findIndicator,
  formatGrowth,
  formatQuantityAsWritten,
  growthProgressTarget,
  INDICATOR_CATALOGUE,
  type IndicatorDefinition,
  isPublic,
  migrateReport,
  type Place,
  PROGRESS_LABELS,
  type ProgressTarget,
  progressStatus,
  type Qualifier,
  REPORT_KIND_LABELS,
  Report,
  type ReportKind,
  toBaseUnit,
} from "@gongkai/domain";
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import { ReadCache } from "./cache";
import { Gate } from "./gate";
import type {
  ComparisonQuery,
  CountyEntry,
  Directory,
  IndicatorEntry,
  IndicatorPage,
  ObservationPoint,
  PromiseEntry,
  PromiseQuery,
  PublicationEvent,
  PublicReport,
  PublicReportSummary,
  PublicSearchQuery,
  PublicSearchResult,
  ReportList,
  ReportListQuery,
  Series,
  SeriesQuery,
  SitemapEntries,
  TownshipPage,
} from "./types";

export const MAX_PAGE_SIZE = 100;

const isPublicRow = sql`${reports.hasPublishedVersion} and ${reports.state} <> 'withdrawn'`;

type PlaceRow = typeof places.$inferSelect;
type ReportRow = typeof reports.$inferSelect;
type ObservationRow = typeof publicObservations.$inferSelect;

const toPlace = (p: PlaceRow): Place => ({
  id: p.id,
  level: p.level,
  name: p.name,
  kind: p.kind,
  code: p.code,
  parentId: p.parentId,
  demo: p.demo,
});

const iso = (d: Date | null | undefined): string => (d ?? new Date(0)).toISOString();

/** The public read service: everything the reader's pages and the open-data routes show. */
export interface PublicReads {
  /** Bumped whenever something public changes; response caches key on it. */
  readonly generation: number;
  invalidate(): void;
  /** Loads the in-memory search index, if there is one; true once it answers searches. */
  warmSearch(): Promise<boolean>;
  directory(): Promise<Directory>;
  place(id: string): Promise<Place | null>;
  township(id: string): Promise<TownshipPage | null>;
  reports(query?: ReportListQuery): Promise<ReportList>;
  report(id: string, options?: { version?: number | undefined }): Promise<PublicReport | null>;
  indicators(): Promise<IndicatorEntry[]>;
  indicator(code: string): Promise<IndicatorPage | null>;
  series(query: SeriesQuery): Promise<Series | null>;
  comparison(query: ComparisonQuery): Promise<Series | null>;
  promises(query?: PromiseQuery): Promise<PromiseEntry[]>;
  search(query: PublicSearchQuery): Promise<PublicSearchResult>;
  latest(limit?: number): Promise<PublicationEvent[]>;
  sitemap(): Promise<SitemapEntries>;
}

export interface PublicReadsOptions {
  /** Seconds a cached answer may live (default 60); publication also clears the cache of this process. */
  ttlSeconds?: number;
  maxEntries?: number;
  /** Uncached searches run at once (default 4). */
  searchConcurrency?: number;
  /** Uncached searches that may wait for a turn (default 64); one more is refused with UNAVAILABLE and Retry-After. */
  searchQueue?: number;
  /**
   * Rank searches in memory (`SearchIndex`): only when no other process writes the store, that is on PGlite,
   * whose data folder is locked to one process. Off: every search is ranked in SQL.
   */
  searchIndex?: boolean;
}

/**
 * Reads of published data only, cached. Used by the reader's server-rendered pages, by `/api/v1` and by the
 * public tRPC procedures alike, so all three show the same thing.
 * @example const reads = createPublicReads(db); const list = await reads.reports({ year: 2022 });
 */
export function createPublicReads(db: Database, options: PublicReadsOptions = {}): PublicReads {
  const ttlMs = (options.ttlSeconds ?? 60) * 1000;
  const cache = new ReadCache(options.maxEntries ?? 2_000, ttlMs);
  const cached = <T>(key: string, load: () => Promise<T>) => cache.get(key, load);
  // Searches that miss the cache are the expensive reads: a few at a time, so cheap reads are never stuck behind them.
  const searchGate = new Gate(options.searchConcurrency ?? 4, options.searchQueue ?? 64);
  // Ranked in memory when this process is the store's only user (see SearchIndex); synced after every public
  // change and at least as often as cached answers expire, so it is never staler than the cache.
  const searchIndex = options.searchIndex ? new SearchIndex() : null;

  const placeIndex = () =>
    cached("places", async () => {
      const rows = await db.select().from(places);
      return new Map(rows.map((r) => [r.id, toPlace(r)]));
    });
  const nameOf = (index: Map<string, Place>, id: string) => index.get(id)?.name ?? "";

  const publicationCounts = async (ids: string[]) => {
    if (!ids.length) return new Map<string, number>();
    const rows = await db
      .select({ reportId: reportVersions.reportId, n: sql<number>`count(*)::int` })
      .from(reportVersions)
      .where(and(inArray(reportVersions.reportId, ids), eq(reportVersions.kind, "publication")))
      .groupBy(reportVersions.reportId);
    return new Map(rows.map((r) => [r.reportId, Number(r.n)]));
  };

  const summarize = (r: ReportRow, index: Map<string, Place>, publications: number): PublicReportSummary => {
    const kind = r.kind as ReportKind;
    return {
      id: r.id,
      title: r.title,
      townshipId: r.townshipId,
      township: nameOf(index, r.townshipId),
      countyId: r.countyId,
      county: nameOf(index, r.countyId),
      year: r.year,
      kind,
      kindLabel: REPORT_KIND_LABELS[kind] ?? REPORT_KIND_LABELS.other,
      version: r.publishedVersion ?? 0,
      publishedAt: iso(r.lastPublishedAt),
      firstPublishedAt: iso(r.firstPublishedAt),
      corrected: publications > 1,
      demo: r.demo || (index.get(r.townshipId)?.demo ?? false),
    };
  };

  const summaries = async (rows: ReportRow[]) => {
    const index = await placeIndex();
    const counts = await publicationCounts(rows.map((r) => r.id));
    return rows.map((r) => summarize(r, index, counts.get(r.id) ?? 1));
  };

  const toPoint = (o: ObservationRow, index: Map<string, Place>, unit: string | null): ObservationPoint => {
    let value: number | null = Number(o.decimal);
    if (unit && unit !== o.unit) {
      const c = convert(amount(o.decimal, o.unit), unit);
      value = c.ok ? Number(c.value.value) : null;
    }
    return {
      townshipId: o.townshipId,
      township: nameOf(index, o.townshipId),
      demo: index.get(o.townshipId)?.demo ?? false,
      indicatorCode: o.indicatorCode,
      subject: o.subject,
      kind: o.kind,
      measure: o.measure,
      period: o.period,
      periodKey: o.periodKey,
      year: o.periodYear,
      decimal: o.decimal,
      unit: o.unit,
      qualifier: o.qualifier as ObservationPoint["qualifier"],
      value: Number.isFinite(value) ? value : null,
      yoyPct: o.yoyPct,
      preliminary: o.preliminary,
      reportId: o.reportId,
      reportYear: o.reportYear,
      observationId: o.observationId,
      sectionId: o.sectionId,
      quote: o.quote,
    };
  };

  /** One point per indicator, township, period and kind: a later report's figure replaces an earlier report's. */
  const latestPerPeriod = (rows: ObservationRow[]) => {
    const best = new Map<string, ObservationRow>();
    for (const o of rows) {
      const key = `${o.indicatorCode}|${o.townshipId}|${o.periodKey}|${o.kind}|${o.measure}`;
      const seen = best.get(key);
      if (
        !seen ||
        o.reportYear > seen.reportYear ||
        (o.reportYear === seen.reportYear && o.reportId > seen.reportId)
      ) {
        best.set(key, o);
      }
    }
    return [...best.values()];
  };
  const yearly = sql`${publicObservations.wholeYear} and ${publicObservations.periodType} in ('year', 'months')`;
  // Growth targets (增长6%左右) are rates, not levels: never charted or listed with an indicator's values.
  const level = eq(publicObservations.measure, "level");

  return {
    get generation() {
      return cache.generation;
    },
    invalidate: () => cache.invalidate(),
    warmSearch: async () => (await searchIndex?.warm(db, cache.generation)) ?? false,

    directory: () =>
      cached("directory", async () => {
        const index = await placeIndex();
        const counts = await db
          .select({
            townshipId: reports.townshipId,
            year: reports.year,
            n: sql<number>`count(*)::int`,
          })
          .from(reports)
          .where(isPublicRow)
          .groupBy(reports.townshipId, reports.year);
        const byTownship = new Map<string, { count: number; years: Set<number> }>();
        for (const c of counts) {
          const e = byTownship.get(c.townshipId) ?? { count: 0, years: new Set<number>() };
          e.count += Number(c.n);
          e.years.add(c.year);
          byTownship.set(c.townshipId, e);
        }
        const counties = new Map<string, CountyEntry>();
        for (const p of index.values()) {
          if (p.level !== "county") continue;
          const city = p.parentId ? (index.get(p.parentId) ?? null) : null;
          const province = city?.parentId ? (index.get(city.parentId) ?? null) : null;
          counties.set(p.id, { county: p, city, province, townships: [] });
        }
        for (const p of index.values()) {
          if (p.level !== "township" || !p.parentId) continue;
          const e = byTownship.get(p.id);
          counties.get(p.parentId)?.townships.push({
            township: p,
            reportCount: e?.count ?? 0,
            years: [...(e?.years ?? [])].sort((a, b) => b - a),
          });
        }
        const list = [...counties.values()].filter((c) => c.townships.length > 0);
        for (const c of list)
          c.townships.sort((a, b) => a.township.name.localeCompare(b.township.name, "zh-CN"));
        list.sort((a, b) => a.county.name.localeCompare(b.county.name, "zh-CN"));
        return { counties: list };
      }),

    place: async (id) => (await placeIndex()).get(id) ?? null,

    township: (id) =>
      cached(`township:${id}`, async () => {
        const index = await placeIndex();
        const township = index.get(id);
        if (township?.level !== "township") return null;
        const county = township.parentId ? (index.get(township.parentId) ?? null) : null;
        const city = county?.parentId ? (index.get(county.parentId) ?? null) : null;
        const province = city?.parentId ? (index.get(city.parentId) ?? null) : null;
        const rows = await db
          .select()
          .from(reports)
          .where(and(eq(reports.townshipId, id), isPublicRow))
          .orderBy(desc(reports.year), asc(reports.kind));
        return { township, county, city, province, reports: await summaries(rows) };
      }),

    reports: (query = {}) => {
      const page = Math.max(1, Math.floor(query.page ?? 1));
      const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize ?? 20)));
      const key = `reports:${JSON.stringify([query.townshipId, query.countyId, query.year, query.kind, page, pageSize])}`;
      return cached(key, async () => {
        const where: SQL[] = [isPublicRow];
        if (query.townshipId) where.push(eq(reports.townshipId, query.townshipId));
        if (query.countyId) where.push(eq(reports.countyId, query.countyId));
        if (query.year !== undefined) where.push(eq(reports.year, query.year));
        if (query.kind) where.push(eq(reports.kind, query.kind));
        const condition = and(...where);
        const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(reports).where(condition);
        const rows = await db
          .select()
          .from(reports)
          .where(condition)
          .orderBy(desc(reports.lastPublishedAt), asc(reports.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize);
        return { items: await summaries(rows), total: Number(count?.n ?? 0), page, pageSize };
      });
    },

    report: (id, options = {}) =>
      cached(`report:${id}:${options.version ?? "latest"}`, async (): Promise<PublicReport | null> => {
        const [row] = await db.select().from(reports).where(eq(reports.id, id));
        if (!row?.hasPublishedVersion || row.publishedVersion === null) return null;
        const index = await placeIndex();
        if (!isPublic(row)) {
          return {
            status: "withdrawn",
            notice: {
              id: row.id,
              title: row.title,
              townshipId: row.townshipId,
              township: nameOf(index, row.townshipId),
              year: row.year,
              kind: row.kind as ReportKind,
              reason: row.withdrawalReason ?? "",
              withdrawnAt: iso(row.withdrawnAt),
            },
          };
        }
        const publicationRows = await db
          .select({
            number: reportVersions.number,
            createdAt: reportVersions.createdAt,
            changeNote: reportVersions.changeNote,
          })
          .from(reportVersions)
          .where(
            and(
              eq(reportVersions.reportId, id),
              eq(reportVersions.kind, "publication"),
              lte(reportVersions.number, row.publishedVersion),
            ),
          )
          .orderBy(asc(reportVersions.number));
        const version = options.version ?? row.publishedVersion;
        if (!publicationRows.some((p) => p.number === version)) return null;
        const [content] = await db
          .select({ content: reportVersions.content })
          .from(reportVersions)
          .where(and(eq(reportVersions.reportId, id), eq(reportVersions.number, version)));
        if (!content) return null;
        const report = Report.parse(migrateReport(content.content));
        const neighbours = await db
          .select({ id: reports.id, year: reports.year, title: reports.title })
          .from(reports)
          .where(and(eq(reports.townshipId, row.townshipId), eq(reports.kind, row.kind), isPublicRow))
          .orderBy(asc(reports.year));
        const previous = neighbours.filter((n) => n.year < row.year).at(-1) ?? null;
        const next = neighbours.find((n) => n.year > row.year) ?? null;
        const township = index.get(row.townshipId);
        if (!township) return null;
        return {
          status: "published",
          summary: summarize(row, index, publicationRows.length),
          report,
          version,
          isLatest: version === row.publishedVersion,
          publications: publicationRows.map((p) => ({
            version: p.number,
            publishedAt: p.createdAt.toISOString(),
            changeNote: p.changeNote,
          })),
          township,
          county: index.get(row.countyId) ?? null,
          previous,
          next,
        };
      }),

    indicators: () =>
      cached("indicators", async () => {
        const rows = await db
          .select({
            code: publicObservations.indicatorCode,
            townships: sql<number>`count(distinct ${publicObservations.townshipId})::int`,
            n: sql<number>`count(*)::int`,
            first: sql<number>`min(${publicObservations.periodYear})`,
            last: sql<number>`max(${publicObservations.periodYear})`,
          })
          .from(publicObservations)
          .groupBy(publicObservations.indicatorCode);
        const stats = new Map(rows.map((r) => [r.code, r]));
        return INDICATOR_CATALOGUE.map((definition) => {
          const s = stats.get(definition.code);
          return {
            definition,
            townshipCount: Number(s?.townships ?? 0),
            observationCount: Number(s?.n ?? 0),
            firstYear: s ? Number(s.first) : null,
            lastYear: s ? Number(s.last) : null,
          };
        });
      }),

    indicator: (code) =>
      cached(`indicator:${code}`, async () => {
        const definition = findIndicator(code);
        if (!definition) return null;
        const index = await placeIndex();
        const perTownship = await db
          .select({
            townshipId: publicObservations.townshipId,
            n: sql<number>`count(*)::int`,
            first: sql<number>`min(${publicObservations.periodYear})`,
            last: sql<number>`max(${publicObservations.periodYear})`,
          })
          .from(publicObservations)
          .where(eq(publicObservations.indicatorCode, code))
          .groupBy(publicObservations.townshipId);
        const rows = await db
          .select()
          .from(publicObservations)
          .where(and(eq(publicObservations.indicatorCode, code), level))
          .orderBy(desc(publicObservations.periodYear), asc(publicObservations.townshipId))
          .limit(500);
        return {
          definition,
          townships: perTownship
            .map((t) => ({
              townshipId: t.townshipId,
              township: nameOf(index, t.townshipId),
              count: Number(t.n),
              firstYear: Number(t.first),
              lastYear: Number(t.last),
            }))
            .sort((a, b) => a.township.localeCompare(b.township, "zh-CN")),
          observations: rows.map((o) => toPoint(o, index, definition.unit)),
        };
      }),

    series: (query) => {
      const townshipIds = [...new Set(query.townshipIds)].sort().slice(0, 50);
      const key = `series:${JSON.stringify([query.code, townshipIds, query.fromYear, query.toYear])}`;
      return cached(key, async () => {
        const definition = findIndicator(query.code);
        if (!definition) return null;
        if (!townshipIds.length) return { definition, unit: definition.unit, points: [] };
        const where: SQL[] = [
          eq(publicObservations.indicatorCode, query.code),
          inArray(publicObservations.townshipId, townshipIds),
          yearly,
          level,
        ];
        if (query.fromYear !== undefined) where.push(gte(publicObservations.periodYear, query.fromYear));
        if (query.toYear !== undefined) where.push(lte(publicObservations.periodYear, query.toYear));
        const rows = await db
          .select()
          .from(publicObservations)
          .where(and(...where));
        const index = await placeIndex();
        const points = latestPerPeriod(rows)
          .map((o) => toPoint(o, index, definition.unit))
          .sort(
            (a, b) =>
              a.townshipId.localeCompare(b.townshipId) || a.year - b.year || a.kind.localeCompare(b.kind),
          );
        return { definition, unit: definition.unit, points };
      });
    },

    comparison: (query) =>
      cached(
        `comparison:${JSON.stringify([query.code, query.year, query.countyId, query.kind])}`,
        async () => {
          const definition = findIndicator(query.code);
          if (!definition) return null;
          const where: SQL[] = [
            eq(publicObservations.indicatorCode, query.code),
            eq(publicObservations.periodYear, query.year),
            eq(publicObservations.kind, query.kind ?? "actual"),
            yearly,
            level,
          ];
          if (query.countyId) where.push(eq(publicObservations.countyId, query.countyId));
          const rows = await db
            .select()
            .from(publicObservations)
            .where(and(...where));
          const index = await placeIndex();
          const points = latestPerPeriod(rows)
            .map((o) => toPoint(o, index, definition.unit))
            .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
          return { definition, unit: definition.unit, points };
        },
      ),

    promises: (query = {}) =>
      cached(`promises:${JSON.stringify([query.townshipId, query.code, query.year])}`, async () => {
        const where: SQL[] = [eq(publicObservations.kind, "target")];
        if (query.townshipId) where.push(eq(publicObservations.townshipId, query.townshipId));
        if (query.code) where.push(eq(publicObservations.indicatorCode, query.code));
        if (query.year !== undefined) where.push(eq(publicObservations.periodYear, query.year));
        if (!query.townshipId && !query.code && query.year === undefined) return [];
        const targets = latestPerPeriod(
          await db
            .select()
            .from(publicObservations)
            .where(and(...where)),
        );
        if (!targets.length) return [];
        const codes = [...new Set(targets.map((t) => t.indicatorCode))];
        const townships = [...new Set(targets.map((t) => t.townshipId))];
        const actuals = await db
          .select()
          .from(publicObservations)
          .where(
            and(
              inArray(publicObservations.indicatorCode, codes),
              inArray(publicObservations.townshipId, townships),
              eq(publicObservations.kind, "actual"),
              yearly,
              level,
            ),
          );
        // What year N+1's review (or a later report) says of year N: the latest report's word.
        const actualOf = new Map<string, ObservationRow>();
        for (const a of actuals) {
          const key = `${a.townshipId}|${a.indicatorCode}|${a.periodYear}`;
          const seen = actualOf.get(key);
          if (a.reportYear > a.periodYear && (!seen || a.reportYear > seen.reportYear)) actualOf.set(key, a);
        }
        const index = await placeIndex();
        return targets
          .filter((t) => t.wholeYear || t.periodType === "span" || t.periodType === "plan")
          .map((t): PromiseEntry => {
            const definition = findIndicator(t.indicatorCode);
            const actual = actualOf.get(`${t.townshipId}|${t.indicatorCode}|${t.periodYear}`) ?? null;
            const base = actualOf.get(`${t.townshipId}|${t.indicatorCode}|${t.periodYear - 1}`) ?? null;
            const achieved = actual ? achievedGrowth(actual, base) : null;
            const progress = progressStatus(
              progressTarget(t, definition, base),
              actual
                ? {
                    decimal: actual.decimal,
                    unit: actual.unit,
                    year: actual.periodYear,
                    yoyPct: achieved?.pct ?? null,
                  }
                : null,
            );
            const qualifier = t.qualifier as Qualifier;
            return {
              townshipId: t.townshipId,
              township: nameOf(index, t.townshipId),
              indicatorCode: t.indicatorCode,
              indicator: definition?.name ?? t.subject,
              year: t.periodYear,
              target: toPoint(t, index, null),
              measure: t.measure,
              targetAsWritten:
                t.measure === "growth"
                  ? formatGrowth(Number(t.decimal), qualifier)
                  : formatQuantityAsWritten(t.decimal, t.unit, qualifier),
              actual: actual ? toPoint(actual, index, null) : null,
              achievedGrowthPct: achieved?.pct ?? null,
              achievedGrowthSource: achieved?.source ?? null,
              status: progress.status,
              statusLabel: PROGRESS_LABELS[progress.status],
              ratio: progress.ratio,
              targetDecimal: progress.targetDecimal,
            };
          })
          .sort(
            (a, b) =>
              b.year - a.year ||
              a.township.localeCompare(b.township, "zh-CN") ||
              a.indicatorCode.localeCompare(b.indicatorCode),
          );
      }),

    search: (query) => {
      const key = `search:${JSON.stringify([query.q, query.townshipId, query.countyId, query.year, query.kind, query.page, query.pageSize])}`;
      return cached(key, async () => {
        const found = await searchGate.run(
          async () =>
            (await searchIndex?.search(db, query, { generation: cache.generation, maxAgeMs: ttlMs })) ??
            searchPublicReports(db, query),
        );
        const index = await placeIndex();
        return {
          query: query.q,
          total: found.total,
          page: found.page,
          pageSize: found.pageSize,
          hits: found.hits.map((h) => ({
            reportId: h.reportId,
            title: h.title,
            townshipId: h.townshipId,
            township: nameOf(index, h.townshipId),
            countyId: h.countyId,
            county: nameOf(index, h.countyId),
            year: h.year,
            kind: h.kind as ReportKind,
            publishedAt: h.publishedAt.toISOString(),
            matchedIn: h.matchedIn,
            snippet: h.snippet,
            demo: index.get(h.townshipId)?.demo ?? false,
          })),
        };
      });
    },

    latest: (limit = 20) =>
      cached(`latest:${limit}`, async () => {
        const rows = await db
          .select({
            reportId: reportVersions.reportId,
            number: reportVersions.number,
            createdAt: reportVersions.createdAt,
            changeNote: reportVersions.changeNote,
            title: reports.title,
            townshipId: reports.townshipId,
            year: reports.year,
            kind: reports.kind,
          })
          .from(reportVersions)
          .innerJoin(reports, eq(reports.id, reportVersions.reportId))
          .where(and(eq(reportVersions.kind, "publication"), isPublicRow))
          .orderBy(desc(reportVersions.createdAt))
          .limit(Math.min(200, Math.max(1, limit)));
        const index = await placeIndex();
        return rows.map((r) => ({
          reportId: r.reportId,
          title: r.title,
          townshipId: r.townshipId,
          township: nameOf(index, r.townshipId),
          year: r.year,
          kind: r.kind as ReportKind,
          version: r.number,
          publishedAt: r.createdAt.toISOString(),
          correction: r.changeNote !== null,
          changeNote: r.changeNote,
        }));
      }),

    sitemap: () =>
      cached("sitemap", async () => {
        const rows = await db
          .select({ id: reports.id, at: reports.lastPublishedAt, townshipId: reports.townshipId })
          .from(reports)
          .where(isPublicRow)
          .orderBy(asc(reports.id));
        const codes = await db
          .selectDistinct({ code: publicObservations.indicatorCode })
          .from(publicObservations)
          .orderBy(asc(publicObservations.indicatorCode));
        return {
          reports: rows.map((r) => ({ id: r.id, lastModified: iso(r.at) })),
          townshipIds: [...new Set(rows.map((r) => r.townshipId))].sort(),
          indicatorCodes: codes.map((c) => c.code),
        };
      }),
  };
}

/**
 * The growth over the year before an actual achieved: as its report states it, or else computed from the year
 * before's published level when both convert to the same base unit.
 */
function achievedGrowth(
  actual: ObservationRow,
  base: ObservationRow | null,
): { pct: number; source: "stated" | "computed" } | null {
  if (actual.yoyPct !== null) return { pct: actual.yoyPct, source: "stated" };
  // Both are whole years (the actuals read are), so their levels compare.
  if (!base || base.periodYear !== actual.periodYear - 1) return null;
  const now = toBaseUnit(actual.decimal, actual.unit);
  const then = toBaseUnit(base.decimal, base.unit);
  if (!now.ok || !then.ok || now.value.unit !== then.value.unit) return null;
  const before = Number(then.value.value);
  if (!(before > 0)) return null;
  // One decimal, as reports state growth (增长7.2%).
  const pct = Math.round((Number(now.value.value) / before - 1) * 1000) / 10;
  return Number.isFinite(pct) ? { pct, source: "computed" } : null;
}

/**
 * A target row as `progressStatus` wants it: a growth target (measure `growth`, 增长6%左右) is judged on the growth
 * the year achieved; a level, or (figures entered before measures existed) a level in % of an indicator that is
 * not itself a ratio, as growth over the year before's level.
 */
function progressTarget(
  t: ObservationRow,
  definition: IndicatorDefinition | undefined,
  base: ObservationRow | null,
): ProgressTarget {
  const direction = definition?.higherIsBetter === false ? "decrease" : "increase";
  if (t.measure === "growth") {
    return (
      growthProgressTarget({ growthPct: Number(t.decimal), period: t.period }, direction) ?? {
        growthPct: Number(t.decimal),
        year: t.periodYear,
        direction,
      }
    );
  }
  const isGrowth = t.unit === "%" && definition?.dimension !== "ratio";
  if (isGrowth) {
    return {
      growthPct: Number(t.decimal),
      year: t.periodYear,
      direction,
      ...(base ? { base: { decimal: base.decimal, unit: base.unit, year: base.periodYear } } : {}),
    };
  }
  return {
    value: { decimal: t.decimal, unit: t.unit },
    year: t.periodYear,
    direction,
    ...(base ? { base: { decimal: base.decimal, unit: base.unit, year: base.periodYear } } : {}),
  };
}
