import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { searchDocuments } from "./schema";
import { queryLiteral, queryPhrases, type SnippetPart, snippet } from "./search-text";
import type { Executor } from "./types";

export interface SearchParams {
  q: string;
  townshipId?: string | undefined;
  countyId?: string | undefined;
  year?: number | undefined;
  kind?: string | undefined;
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
 * where they matched (title above headings and indicator names, above text), then by `ts_rank` of the small
 * head vector, then newest first. The passage around the first phrase is cut from the stored text in SQL and
 * highlighted in TypeScript, for the page's hits only.
 */
export async function searchPublicReports(db: Executor, params: SearchParams): Promise<SearchResult> {
  const page = Math.max(1, Math.floor(params.page ?? 1));
  const pageSize = Math.min(MAX_SEARCH_PAGE_SIZE, Math.max(1, Math.floor(params.pageSize ?? 20)));
  const literal = queryLiteral(params.q);
  if (!literal) return { total: 0, page, pageSize, hits: [] };
  const q = sql`${literal}::tsquery`;
  const where: SQL[] = [sql`${searchDocuments.vector} @@ ${q}`];
  if (params.townshipId) where.push(eq(searchDocuments.townshipId, params.townshipId));
  if (params.countyId) where.push(eq(searchDocuments.countyId, params.countyId));
  if (params.year !== undefined) where.push(eq(searchDocuments.year, params.year));
  if (params.kind) where.push(eq(searchDocuments.kind, params.kind));
  const condition = and(...where);
  const inTitle = sql<boolean>`${searchDocuments.head} @@ ${queryLiteral(params.q, "A")}::tsquery`;
  const inHead = sql<boolean>`${searchDocuments.head} @@ ${q}`;
  const rank = sql<number>`ts_rank(${searchDocuments.head}, ${q})`;
  // The passage around the first phrase is cut in SQL, so a hit costs a few hundred characters, not its whole text.
  const phrase = queryPhrases(params.q)[0] ?? "";
  const at = sql`strpos(lower(${searchDocuments.body}), ${phrase})`;
  const from = sql`greatest(1, ${at} - ${SNIPPET_LEAD})`;
  const rows = await db
    .select({
      reportId: searchDocuments.reportId,
      title: searchDocuments.title,
      townshipId: searchDocuments.townshipId,
      countyId: searchDocuments.countyId,
      year: searchDocuments.year,
      kind: searchDocuments.kind,
      publishedAt: searchDocuments.publishedAt,
      inTitle,
      inHead,
      rank,
      total: sql<number>`count(*) over ()`,
      passage: sql<string>`substr(${searchDocuments.body}, ${from}, ${SNIPPET_WINDOW})`,
      cutBefore: sql<boolean>`${from} > 1`,
      cutAfter: sql<boolean>`length(${searchDocuments.body}) >= ${from} + ${SNIPPET_WINDOW}`,
    })
    .from(searchDocuments)
    .where(condition)
    .orderBy(
      desc(inTitle),
      desc(inHead),
      desc(rank),
      desc(searchDocuments.publishedAt),
      searchDocuments.reportId,
    )
    .limit(pageSize)
    .offset((page - 1) * pageSize);
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
      if (r.cutBefore && parts[0]?.text !== "…") parts.unshift({ text: "…", hit: false });
      if (r.cutAfter && parts.at(-1)?.text !== "…") parts.push({ text: "…", hit: false });
      return {
        reportId: r.reportId,
        title: r.title,
        townshipId: r.townshipId,
        countyId: r.countyId,
        year: r.year,
        kind: r.kind,
        publishedAt: r.publishedAt,
        rank: Number(r.rank),
        matchedIn: r.inTitle ? "title" : r.inHead ? "heading" : "text",
        snippet: parts,
      };
    }),
  };
}
