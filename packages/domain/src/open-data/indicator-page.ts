import { z } from "zod";
import { IndicatorDefinition } from "../indicator";
import { Id } from "../text";
import { ObservationPoint } from "./observation-point";

/** One indicator: its definition, the townships reporting it, and its most recent figures with their sources. */
export const IndicatorPage = z.object({
  definition: IndicatorDefinition,
  townships: z.array(
    z.object({
      townshipId: Id,
      township: z.string(),
      count: z.number().int().min(0),
      firstYear: z.number().int(),
      lastYear: z.number().int(),
    }),
  ),
  /** The most recent figures (at most 500), newest report first. */
  observations: z.array(ObservationPoint),
});
export type IndicatorPage = z.infer<typeof IndicatorPage>;
