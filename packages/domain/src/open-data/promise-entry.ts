import { z } from "zod";
import { IndicatorCode } from "../indicator";
import { ObservationMeasure } from "../observation";
import { ProgressStatus } from "../progress";
import { DecimalString } from "../quantity";
import { Id, LocalizedText } from "../text";
import { ObservationPoint } from "./observation-point";

/** A target a plan set for a year against what a later review reported for that year. */
export const PromiseEntry = z.object({
  townshipId: Id,
  township: z.string(),
  indicatorCode: IndicatorCode,
  indicator: z.string(),
  year: z.number().int(),
  target: ObservationPoint,
  /** Whether the target is a level (财政收入3000万元) or a growth rate (增长6%左右); the target point's measure. */
  measure: ObservationMeasure,
  /** The target as the plan wrote it: 增长6%左右, 3000万元. */
  targetAsWritten: z.string(),
  actual: ObservationPoint.nullable(),
  /**
   * The growth over the year before that the actual achieved, in percent: as the later report states it (同比增长7.2%),
   * or else computed from the two years' published levels; null when neither is known.
   */
  achievedGrowthPct: z.number().nullable(),
  /** Where `achievedGrowthPct` comes from: stated in the report, or computed from the published levels. */
  achievedGrowthSource: z.enum(["stated", "computed"]).nullable(),
  status: ProgressStatus,
  statusLabel: LocalizedText,
  /** Share of the required change achieved, when it can be computed. */
  ratio: z.number().nullable(),
  /** The target level in the actual's unit, when it can be computed. */
  targetDecimal: DecimalString.nullable(),
});
export type PromiseEntry = z.infer<typeof PromiseEntry>;
