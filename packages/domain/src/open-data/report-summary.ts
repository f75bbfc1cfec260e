import { z } from "zod";
import { ReportKind } from "../report-kind";
import { Id, LocalizedText } from "../text";
import { Instant } from "./instant";

const count = z.number().int().min(0);

/** A published report as lists show it: the version the public sees and when it was published. */
export const PublicReportSummary = z.object({
  id: Id,
  title: z.string(),
  townshipId: Id,
  township: z.string(),
  countyId: Id,
  county: z.string(),
  year: z.number().int(),
  kind: ReportKind,
  kindLabel: LocalizedText,
  version: z.number().int().min(1),
  publishedAt: Instant,
  firstPublishedAt: Instant,
  /** Published more than once: the later publications are corrections with a public change note. */
  corrected: z.boolean(),
  /** Generated demonstration data. */
  demo: z.boolean(),
});
export type PublicReportSummary = z.infer<typeof PublicReportSummary>;

/** A page of published reports. */
export const ReportList = z.object({
  items: z.array(PublicReportSummary),
  total: count,
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
});
export type ReportList = z.infer<typeof ReportList>;
