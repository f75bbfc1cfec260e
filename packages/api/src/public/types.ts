import type { SnippetPart } from "@gongkai/db";
import type {
  IndicatorDefinition,
  LocalizedText,
  ObservationKind,
  Period,
  Place,
  ProgressStatus,
  Qualifier,
  Report,
  ReportKind,
} from "@gongkai/domain";

/*
 * What the public read service answers. The report, places and indicator definitions are the domain's shapes;
 * these types only gather them for pages. Times are ISO 8601 strings in UTC; pages show Asia/Shanghai.
 */

export interface TownshipEntry {
  township: Place;
  /** Published reports of this township. */
  reportCount: number;
  years: number[];
}

export interface CountyEntry {
  county: Place;
  city: Place | null;
  province: Place | null;
  townships: TownshipEntry[];
}

/** Townships by county, for the home page's directory. */
export interface Directory {
  counties: CountyEntry[];
}

export interface TownshipPage {
  township: Place;
  county: Place | null;
  city: Place | null;
  province: Place | null;
  reports: PublicReportSummary[];
}

export interface PublicReportSummary {
  id: string;
  title: string;
  townshipId: string;
  township: string;
  countyId: string;
  county: string;
  year: number;
  kind: ReportKind;
  kindLabel: LocalizedText;
  /** The version the public sees and when it was published. */
  version: number;
  publishedAt: string;
  firstPublishedAt: string;
  /** Published more than once: the later publications are corrections with a public change note. */
  corrected: boolean;
  /** Generated demonstration data. */
  demo: boolean;
}

export interface ReportList {
  items: PublicReportSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ReportListQuery {
  townshipId?: string | undefined;
  countyId?: string | undefined;
  year?: number | undefined;
  kind?: ReportKind | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** One publication of a report: the first, or a correction with its public change note. */
export interface Publication {
  version: number;
  publishedAt: string;
  changeNote: string | null;
}

export interface NeighbourReport {
  id: string;
  year: number;
  title: string;
}

export type PublicReport =
  | {
      status: "published";
      summary: PublicReportSummary;
      /** The published content: sections and figures, as the domain defines a report. */
      report: Report;
      /** The version shown (the latest unless an earlier publication was asked for). */
      version: number;
      isLatest: boolean;
      publications: Publication[];
      township: Place;
      county: Place | null;
      previous: NeighbourReport | null;
      next: NeighbourReport | null;
    }
  | {
      status: "withdrawn";
      notice: {
        id: string;
        title: string;
        townshipId: string;
        township: string;
        year: number;
        kind: ReportKind;
        reason: string;
        withdrawnAt: string;
      };
    };

export interface IndicatorEntry {
  definition: IndicatorDefinition;
  /** Townships with a published figure of it, and how many figures. */
  townshipCount: number;
  observationCount: number;
  firstYear: number | null;
  lastYear: number | null;
}

/** One published figure, with where it was read. */
export interface ObservationPoint {
  townshipId: string;
  township: string;
  /** The township is demonstration data (示例镇): label the figure wherever it is shown. */
  demo: boolean;
  indicatorCode: string;
  subject: string;
  kind: ObservationKind;
  period: Period;
  periodKey: string;
  /** The last year the period touches. */
  year: number;
  decimal: string;
  unit: string;
  qualifier: Qualifier;
  /** The value in the indicator's display unit, for charts; null when the unit does not convert. */
  value: number | null;
  yoyPct: number | null;
  preliminary: boolean;
  reportId: string;
  reportYear: number;
  observationId: string;
  sectionId: string | null;
  quote: string | null;
}

export interface IndicatorPage {
  definition: IndicatorDefinition;
  townships: Array<{
    townshipId: string;
    township: string;
    count: number;
    firstYear: number;
    lastYear: number;
  }>;
  /** The most recent figures (at most 500), newest report first. */
  observations: ObservationPoint[];
}

export interface SeriesQuery {
  code: string;
  townshipIds: string[];
  fromYear?: number | undefined;
  toYear?: number | undefined;
}

/** Whole-year figures of one indicator, one point per township, year and kind (the latest report's word). */
export interface Series {
  definition: IndicatorDefinition;
  unit: string;
  points: ObservationPoint[];
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

/** A target a plan set for a year against what a later review reported for that year. */
export interface PromiseEntry {
  townshipId: string;
  township: string;
  indicatorCode: string;
  indicator: string;
  year: number;
  target: ObservationPoint;
  actual: ObservationPoint | null;
  status: ProgressStatus;
  statusLabel: LocalizedText;
  /** Share of the required change achieved, when it can be computed. */
  ratio: number | null;
  /** The target level in the actual's unit, when it can be computed. */
  targetDecimal: string | null;
}

export interface PublicSearchHit {
  reportId: string;
  title: string;
  townshipId: string;
  township: string;
  countyId: string;
  county: string;
  year: number;
  kind: ReportKind;
  publishedAt: string;
  matchedIn: "title" | "heading" | "text";
  snippet: SnippetPart[];
  demo: boolean;
}

export interface PublicSearchResult {
  query: string;
  total: number;
  page: number;
  pageSize: number;
  hits: PublicSearchHit[];
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

/** A publication or a correction, for the home page and the Atom feed. */
export interface PublicationEvent {
  reportId: string;
  title: string;
  townshipId: string;
  township: string;
  year: number;
  kind: ReportKind;
  version: number;
  publishedAt: string;
  correction: boolean;
  changeNote: string | null;
}

export interface SitemapEntries {
  reports: Array<{ id: string; lastModified: string }>;
  townshipIds: string[];
  indicatorCodes: string[];
}
