import type { ReportKind } from "@gongkai/domain";
import { and, eq, type SQL, sql } from "drizzle-orm";
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

export const MAX_SEARCH_PAGE_SIZE = 50;
const SNIPPET_LENGTH = 120;
const SNIPPET_LEAD = 40;
const SNIPPET_WINDOW = 240;

/**
 * Full-text search over public reports. Matches use the GIN index over the whole vector; results are ranked by
 * where they matched (title above headings and indicator names, above text), then newest first. The passage
 * around the first phrase is cut from the stored text in SQL and highlighted in TypeScript.
 */
export async function searchPublicReports(db: Executor, params: SearchParams): Promise<SearchResult> {
  const page = Math.max(1, Math.floor(params.page ?? 1));
  const pageSize = Math.min(MAX_SEARCH_PAGE_SIZE, Math.max(1, Math.floor(params.pageSize ?? 20)));
  const literal = queryLiteral(params.q);
  if (!literal) return { total: 0, page, pageSize, hits: [] };
  const q = sql`${literal}::tsquery`;
  const where: SQL[] = [];
  if (params.townshipId) where.push(eq(searchDocuments.townshipId, params.townshipId));
  if (params.countyId) where.push(eq(searchDocuments.countyId, params.countyId));
  if (params.year !== undefined) where.push(eq(searchDocuments.year, params.year));
  if (params.kind) where.push(eq(searchDocuments.kind, params.kind));
  const filters = where.length ? and(...where) : sql`true`;
  const condition = and(sql`${searchDocuments.vector} @@ ${q}`, ...where);
  // Where each match stands comes from GIN indexes (title: the A lexemes of `head`; headings: `head`), hashed
  // once per query, so ranking reads no row's vectors; the passage around the first phrase is then cut for the
  // page's hits only, a few hundred characters each.
  const phrase = queryPhrases(params.q)[0] ?? "";
  // Han characters have no case: lower-casing a whole text is only worth it for a Latin phrase.
  const caseless = /[a-z]/.test(phrase);
  const rows = await rawRows<{
    report_id: string;
    title: string;
    township_id: string;
    county_id: string;
    year: number;
    kind: string;
    published_at: Date | string;
    in_title: boolean;
    in_head: boolean;
    total: number | string;
    passage: string;
    cut_before: boolean;
    cut_after: boolean;
  }>(
    db,
    sql`with in_title as (
          select report_id from ${searchDocuments} where ts_filter(head, '{a}') @@ ${q} and ${filters}
        ), in_head as (
          select report_id from ${searchDocuments} where head @@ ${q} and ${filters}
        ), ranked as (
          select report_id, title, township_id, county_id, year, kind, published_at,
                 report_id in (select report_id from in_title) as in_title,
                 report_id in (select report_id from in_head) as in_head,
                 count(*) over () as total
          from ${searchDocuments}
          where ${condition}
          order by in_title desc, in_head desc, published_at desc, report_id
          limit ${pageSize} offset ${(page - 1) * pageSize}
        ), cut as (
          select r.*, d.body, greatest(1, strpos(${caseless ? sql`lower(d.body)` : sql`d.body`}, ${phrase}) - ${SNIPPET_LEAD}) as start
          from ranked r join ${searchDocuments} d on d.report_id = r.report_id
        )
        select report_id, title, township_id, county_id, year, kind, published_at, in_title, in_head, total,
               substr(body, start, ${SNIPPET_WINDOW}) as passage, start > 1 as cut_before,
               length(body) >= start + ${SNIPPET_WINDOW} as cut_after
        from cut
        order by in_title desc, in_head desc, published_at desc, report_id`,
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
    hits: rows.map((r) => {
      const parts = snippet(r.passage, params.q, SNIPPET_LENGTH);
      if (r.cut_before && parts[0]?.text !== "…") parts.unshift({ text: "…", hit: false });
      if (r.cut_after && parts.at(-1)?.text !== "…") parts.push({ text: "…", hit: false });
      return {
        reportId: r.report_id,
        title: r.title,
        townshipId: r.township_id,
        countyId: r.county_id,
        year: Number(r.year),
        kind: r.kind,
        publishedAt: new Date(r.published_at),
        rank: r.in_title ? 2 : r.in_head ? 1 : 0,
        matchedIn: r.in_title ? "title" : r.in_head ? "heading" : "text",
        snippet: parts,
      };
    }),
  };
}
