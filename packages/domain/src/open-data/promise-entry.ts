import { z } from "zod";
import { IndicatorCode } from "../indicator";
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
  actual: ObservationPoint.nullable(),
  status: ProgressStatus,
  statusLabel: LocalizedText,
  /** Share of the required change achieved, when it can be computed. */
  ratio: z.number().nullable(),
  /** The target level in the actual's unit, when it can be computed. */
  targetDecimal: DecimalString.nullable(),
});
export type PromiseEntry = z.infer<typeof PromiseEntry>;
