import { z } from "zod";
import { IndicatorCode } from "../indicator";
import { ObservationKind, ObservationMeasure } from "../observation";
import { Period } from "../period";
import { DecimalString, Qualifier } from "../quantity";
import { Id } from "../text";

/** One published figure, with where it was read. */
export const ObservationPoint = z.object({
  townshipId: Id,
  township: z.string(),
  /** The township is demonstration data (示例镇): label the figure wherever it is shown. */
  demo: z.boolean(),
  indicatorCode: IndicatorCode,
  subject: z.string(),
  kind: ObservationKind,
  /** Level, or growth: then `decimal` is the rate in % over the year before (增长6%左右), not a level. */
  measure: ObservationMeasure,
  period: Period,
  periodKey: z.string(),
  /** The last year the period touches. */
  year: z.number().int(),
  /** The figure as the report wrote it: `decimal` in `unit`. */
  decimal: DecimalString,
  unit: z.string(),
  qualifier: Qualifier,
  /** The value in the indicator's unit, for charts and comparisons; null when the unit does not convert. */
  value: z.number().nullable(),
  yoyPct: z.number().nullable(),
  preliminary: z.boolean(),
  reportId: Id,
  reportYear: z.number().int(),
  observationId: Id,
  sectionId: Id.nullable(),
  quote: z.string().nullable(),
});
export type ObservationPoint = z.infer<typeof ObservationPoint>;
