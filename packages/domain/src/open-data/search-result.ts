import { z } from "zod";
import { ReportKind } from "../report-kind";
import { Id } from "../text";
import { Instant } from "./instant";
import { SnippetPart } from "./snippet";

export const PublicSearchHit = z.object({
  reportId: Id,
  title: z.string(),
  townshipId: Id,
  township: z.string(),
  countyId: Id,
  county: z.string(),
  year: z.number().int(),
  kind: ReportKind,
  publishedAt: Instant,
  /** Where the query matched: the title, a heading or indicator name, or only the text. */
  matchedIn: z.enum(["title", "heading", "text"]),
  snippet: z.array(SnippetPart),
  demo: z.boolean(),
});
export type PublicSearchHit = z.infer<typeof PublicSearchHit>;

/** A page of full-text search hits over published reports, best first. */
export const PublicSearchResult = z.object({
  query: z.string(),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  hits: z.array(PublicSearchHit),
});
export type PublicSearchResult = z.infer<typeof PublicSearchResult>;
