import type { ObservationKind, ReportKind } from "@gongkai/domain";

/*
 * What the public read service answers is defined in the domain (`@gongkai/domain`'s open-data schemas: one zod
 * schema per shape, the OpenAPI document is generated from them); they are re-exported here for the service's
 * callers. The queries below are arguments of the service's functions, not shapes that cross a boundary.
 * Times are ISO 8601 strings in UTC; pages, CSV and feeds show Asia/Shanghai.
 */
export type {
  CountyEntry,
  Directory,
  IndicatorEntry,
  IndicatorPage,
  NeighbourReport,
  ObservationPoint,
  PromiseEntry,
  Publication,
  PublicationEvent,
  PublicReport,
  PublicReportSummary,
  PublicSearchHit,
  PublicSearchResult,
  ReportList,
  Series,
  SitemapEntries,
  TownshipEntry,
  TownshipPage,
} from "@gongkai/domain";

export interface ReportListQuery {
  townshipId?: string | undefined;
  countyId?: string | undefined;
  year?: number | undefined;
  kind?: ReportKind | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface SeriesQuery {
  code: string;
  townshipIds: string[];
  fromYear?: number | undefined;
  toYear?: number | undefined;
}

export interface ComparisonQuery {
  code: string;
  year: number;
  countyId?: string | undefined;
  kind?: ObservationKind | undefined;
}

export interface PromiseQuery {
  townshipId?: string | undefined;
  code?: string | undefined;
  year?: number | undefined;
}

export interface PublicSearchQuery {
  q: string;
  townshipId?: string | undefined;
  countyId?: string | undefined;
  year?: number | undefined;
  kind?: ReportKind | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}
