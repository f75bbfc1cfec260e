import { z } from "zod";
import { Place } from "../place";
import { PublicReportSummary } from "./report-summary";

/** A township with where it lies and its published reports. */
export const TownshipPage = z.object({
  township: Place,
  county: Place.nullable(),
  city: Place.nullable(),
  province: Place.nullable(),
  reports: z.array(PublicReportSummary),
});
export type TownshipPage = z.infer<typeof TownshipPage>;
