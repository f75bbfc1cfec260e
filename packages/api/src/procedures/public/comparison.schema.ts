import { Id, IndicatorCode, ObservationKind } from "@gongkai/domain";
import { z } from "zod";

export const ComparisonInput = z.object({
  code: IndicatorCode,
  year: z.number().int().min(1949).max(2100),
  countyId: Id.optional(),
  kind: ObservationKind.optional(),
});
