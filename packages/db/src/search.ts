import type { ReportKind } from "@gongkai/domain";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { rawRows } from "./raw";
import { searchDocuments } from "./schema";
import { queryLiteral, queryPhrases, type SnippetPart, snippet } from "./search-text";
import type { Executor } from "./types";

export interface SearchParams {
  q: string;
  townshipId?: string | undefined;
  countyId?: string | undefined;
  year?: number | undefined;
  kind?: ReportKind | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface SearchHit {
  reportId: string;
  title: string;
  townshipId: string;
  countyId: string;
  year: number;
  kind: string;
  publishedAt: Date;
  /** 2 for a match in the title, 1 in a heading or indicator name, 0 in the text only. */
  rank: number;
  /** Where the query matched: the title, a heading or indicator name, or only the text. */
  matchedIn: "title" | "heading" | "text";
  snippet: SnippetPart[];
}

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  hits: SearchHit[];
}

/** One report of a ranked page, before its row and passage are read. */
export interface RankedMatch {
  reportId: string;
  /** Every term of the query is in the title. */
  inTitle: boolean;
  /** Every term is in the title, the headings and the indicator names together. */
  inHead: boolean;
}

/** A page of matches in rank order, and how many matched in all. */
export interface RankedPage {
  total: number;
  page: number;
  pageSize: number;
  matches: RankedMatch[];
}

export const MAX_SEARCH_PAGE_SIZE = 50;
const SNIPPET_LENGTH = 120;
const SNIPPET_LEAD = 40;
const SNIPPET_WINDOW = 240;

/** The page and page size a search asks for, clamped to what is served. */
export function searchPaging(params: SearchParams): { page: number; pageSize: number } {
  return {
    page: Math.max(1, Math.floor(params.page ?? 1)),
    pageSize: Math.min(MAX_SEARCH_PAGE_SIZE, Math.max(1, Math.floor(params.pageSize ?? 20))),
  };
}

/**
 * Full-text search over public reports, on either engine. Results are ranked by where they matched (title above
 * headings and indicator names, above text), then newest first, then by id; the passage around the first phrase
 * is cut from the stored text for the page's hits only.
 */
export async function searchPublicReports(db: Executor, params: SearchParams): Promise<SearchResult> {
  const ranked = await rankPublicReports(db, params);
  return {
    total: ranked.total,
    page: ranked.page,
    pageSize: ranked.pageSize,
    hits: await searchHits(db, params.q, ranked.matches),
  };
}

/** The ranked page of matches, in SQL: the GIN index over the whole vector finds them. */
export async function rankPublicReports(db: Executor, params: SearchParams): Promise<RankedPage> {
  const { page, pageSize } = searchPaging(params);
  const literal = queryLiteral(params.q);
  if (!literal) return { total: 0, page, pageSize, matches: [] };
  const q = sql`${literal}::tsquery`;
  const where: SQL[] = [];
  if (params.townshipId) where.push(eq(searchDocuments.townshipId, params.townshipId));
  if (params.countyId) where.push(eq(searchDocuments.countyId, params.countyId));
  if (params.year !== undefined) where.push(eq(searchDocuments.year, params.year));
  if (params.kind) where.push(eq(searchDocuments.kind, params.kind));
  const filters = where.length ? and(...where) : sql`true`;
  const condition = and(sql`${searchDocuments.vector} @@ ${q}`, ...where);
  // Where each match stands comes from GIN indexes (title: the A lexemes of `head`; headings: `head`), hashed
  // once per query, so ranking reads no row's vectors. Ids order bytewise (`collate "C"`) whatever the
  // database's collation, as the in-memory index orders them.
  const rows = await rawRows<{
    report_id: string;
    in_title: boolean;
    in_head: boolean;
    total: number | string;
  }>(
    db,
    sql`with in_title as (
          select report_id from ${searchDocuments} where ts_filter(head, '{a}') @@ ${q} and ${filters}
        ), in_head as (
          select report_id from ${searchDocuments} where head @@ ${q} and ${filters}
        ), ranked as (
          select report_id, published_at,
                 report_id in (select report_id from in_title) as in_title,
                 report_id in (select report_id from in_head) as in_head,
                 count(*) over () as total
          from ${searchDocuments}
          where ${condition}
        )
        select report_id, in_title, in_head, total from ranked
        order by in_title desc, in_head desc, published_at desc, report_id collate "C"
        limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && page > 1) {
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(searchDocuments).where(condition);
    total = Number(count?.n ?? 0);
  }
  return {
    total,
    page,
    pageSize,
    matches: rows.map((r) => ({ reportId: r.report_id, inTitle: r.in_title, inHead: r.in_head })),
  };
}

/**
 * The hits of a ranked page: each report's row as it stands now and a highlighted passage around the first phrase
 * of the query. A report no longer public (withdrawn since it was ranked) has no row and is left out, so whatever
 * ranked the page, only public reports are shown.
 */
export async function searchHits(db: Executor, query: string, matches: RankedMatch[]): Promise<SearchHit[]> {
  if (!matches.length) return [];
  const phrase = queryPhrases(query)[0] ?? "";
  // Han characters have no case: lower-casing a whole text is only worth it for a Latin phrase.
  const haystack = /[a-z]/.test(phrase) ? sql`lower(d.body)` : sql`d.body`;
  // The start is computed once (`offset 0` keeps the planner from copying the lateral expression into both of
  // its uses), and one character more than the window is read to know whether the text goes on: no whole-text
  // `length()` of a long body.
  const rows = await rawRows<{
    report_id: string;
    title: string;
    township_id: string;
    county_id: string;
    year: number;
    kind: string;
    published_at: Date | string;
    start: number;
    passage: string;
  }>(
    db,
    sql`select d.report_id, d.title, d.township_id, d.county_id, d.year, d.kind, d.published_at, s.start,
               substr(d.body, s.start, ${SNIPPET_WINDOW + 1}) as passage
        from ${searchDocuments} d
        cross join lateral (select greatest(1, strpos(${haystack}, ${phrase}) - ${SNIPPET_LEAD}) as start offset 0) s
        where ${inArray(
          sql`d.report_id`,
          matches.map((m) => m.reportId),
        )}`,
  );
  const byId = new Map(rows.map((r) => [r.report_id, r]));
  return matches.flatMap((m) => {
    const r = byId.get(m.reportId);
    if (!r) return [];
    const row = {
      reportId: r.report_id,
      title: r.title,
      townshipId: r.township_id,
      countyId: r.county_id,
      year: Number(r.year),
      kind: r.kind,
      publishedAt: new Date(r.published_at),
    };
    return [searchHit(m, row, { start: Number(r.start), passage: r.passage }, query)];
  });
}

/** The fields of a hit that come from its search document. */
export type SearchHitRow = Pick<
  SearchHit,
  "reportId" | "title" | "townshipId" | "countyId" | "year" | "kind" | "publishedAt"
>;

/** A passage of a text: `start` counts characters from 1 (as SQL does); one character more than the window. */
export interface Passage {
  start: number;
  passage: string;
}

/**
 * The passage `searchHits` cuts in SQL, cut from a text held in memory: from 40 characters before the first
 * phrase (or the start), one character more than the window. Characters are code points, as in SQL's `strpos`
 * and `substr`; a Latin phrase is found case-insensitively.
 */
export function passageOf(body: string, query: string): Passage {
  const phrase = queryPhrases(query)[0] ?? "";
  // Lower-cased a character at a time, as PostgreSQL's lower() does: İ stays one character, a final Σ is σ.
  const haystack = /[a-z]/.test(phrase)
    ? body.replace(/[\p{Lu}\p{Lt}]/gu, (c) => (c === "\u0130" ? "i" : c.toLowerCase()))
    : body;
  const at = haystack.indexOf(phrase);
  // Texts without characters beyond the BMP (nearly all) count code units; the others count code points.
  const astral = /[\uD800-\uDFFF]/.test(body);
  const position = at < 0 ? 0 : (astral ? [...haystack.slice(0, at)].length : at) + 1;
  const start = Math.max(1, position - SNIPPET_LEAD);
  const passage = astral
    ? [...body].slice(start - 1, start + SNIPPET_WINDOW).join("")
    : body.slice(start - 1, start + SNIPPET_WINDOW);
  return { start, passage };
}

/** A hit: its row, where it matched, and its passage highlighted and marked where the text was cut. */
export function searchHit(match: RankedMatch, row: SearchHitRow, cut: Passage, query: string): SearchHit {
  const chars = [...cut.passage];
  const parts = snippet(chars.slice(0, SNIPPET_WINDOW).join(""), query, SNIPPET_LENGTH);
  if (cut.start > 1 && parts[0]?.text !== "…") parts.unshift({ text: "…", hit: false });
  if (chars.length > SNIPPET_WINDOW && parts.at(-1)?.text !== "…") parts.push({ text: "…", hit: false });
  return {
    ...row,
    rank: match.inTitle ? 2 : match.inHead ? 1 : 0,
    matchedIn: match.inTitle ? "title" : match.inHead ? "heading" : "text",
    snippet: parts,
  };
}
