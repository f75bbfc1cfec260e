import { Id, IndicatorCode } from "@gongkai/domain";
import { z } from "zod";

export const SeriesInput = z.object({
  code: IndicatorCode,
  townshipIds: z.array(Id).min(1).max(50),
  fromYear: z.number().int().min(1949).max(2100).optional(),
  toYear: z.number().int().min(1949).max(2100).optional(),
});
