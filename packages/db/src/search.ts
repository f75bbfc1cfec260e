import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { searchDocuments } from "./schema";
import { queryLiteral, type SnippetPart, snippet } from "./search-text";
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

/**
 * Full-text search over public reports. Matches use the GIN index over the whole vector; results are ranked by
 * where they matched (title above headings and indicator names, above text), then by `ts_rank` of the small
 * head vector, then newest first. Snippets are cut in TypeScript from the stored text of the page's hits only.
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
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(searchDocuments).where(condition);
  const total = Number(count?.n ?? 0);
  if (total === 0) return { total, page, pageSize, hits: [] };
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
  const bodies = rows.length
    ? await db
        .select({ reportId: searchDocuments.reportId, body: searchDocuments.body })
        .from(searchDocuments)
        .where(
          inArray(
            searchDocuments.reportId,
            rows.map((r) => r.reportId),
          ),
        )
    : [];
  const bodyOf = new Map(bodies.map((b) => [b.reportId, b.body]));
  return {
    total,
    page,
    pageSize,
    hits: rows.map((r) => {
      const body = bodyOf.get(r.reportId) ?? r.title;
      // Skip the title line so the snippet shows the text, unless only the title matched.
      const textStart = body.indexOf("\n");
      const text = textStart >= 0 ? body.slice(textStart + 1) : body;
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
        snippet: snippet(text, params.q),
      };
    }),
  };
}
