import { z } from "zod";
import { Place } from "../place";
import { Report } from "../report";
import { Instant } from "./instant";
import { NeighbourReport, Publication } from "./public-report";
import { PublicReportSummary } from "./report-summary";

/** A published report in `/api/v1/reports`: the fields the open-data contract names, and its public page. */
export const ReportEntry = PublicReportSummary.pick({
  id: true,
  title: true,
  township: true,
  townshipId: true,
  county: true,
  countyId: true,
  year: true,
  kind: true,
  publishedAt: true,
  version: true,
  corrected: true,
  demo: true,
}).extend({
  /** The report's public page. */
  url: z.url(),
});
export type ReportEntry = z.infer<typeof ReportEntry>;

/** A page of `/api/v1/reports`. */
export const ReportEntryList = z.object({
  items: z.array(ReportEntry),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
});
export type ReportEntryList = z.infer<typeof ReportEntryList>;

/**
 * `/api/v1/reports/{id}`: the entry, with the township and county as places, every publication with its change
 * note, the neighbouring years, and `report`, the whole published document.
 */
export const ReportDetail = ReportEntry.omit({ township: true, county: true }).extend({
  firstPublishedAt: Instant,
  /** The version shown: the latest, or the one `?version=` asked for. */
  shownVersion: z.number().int().min(1),
  isLatest: z.boolean(),
  publications: z.array(Publication),
  township: Place,
  county: Place.nullable(),
  previous: NeighbourReport.nullable(),
  next: NeighbourReport.nullable(),
  report: Report,
});
export type ReportDetail = z.infer<typeof ReportDetail>;
