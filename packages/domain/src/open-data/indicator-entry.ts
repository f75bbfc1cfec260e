import { z } from "zod";
import { IndicatorDefinition } from "../indicator";

/** An indicator of the catalogue with how much published data it has. */
export const IndicatorEntry = z.object({
  definition: IndicatorDefinition,
  /** Townships with a published figure of it, and how many figures. */
  townshipCount: z.number().int().min(0),
  observationCount: z.number().int().min(0),
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
});
export type IndicatorEntry = z.infer<typeof IndicatorEntry>;
