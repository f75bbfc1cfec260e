import { z } from "zod";
import { IndicatorDefinition } from "../indicator";
import { ObservationPoint } from "./observation-point";

/**
 * Whole-year figures of one indicator: across years (one point per township, year and kind, the latest report's
 * word) or one year across townships. Each point's `value` is in `unit`, the indicator's unit.
 */
export const Series = z.object({
  definition: IndicatorDefinition,
  unit: z.string(),
  points: z.array(ObservationPoint),
});
export type Series = z.infer<typeof Series>;
