import { Id, IndicatorCode } from "@gongkai/domain";
import { z } from "zod";

export const PromisesInput = z.object({
  townshipId: Id.optional(),
  code: IndicatorCode.optional(),
  year: z.number().int().min(1949).max(2100).optional(),
});
