import { z } from "zod";
import { ReportRef } from "../common.schema";

export const DiffVersionsInput = ReportRef.extend({
  from: z.number().int().min(1),
  to: z.number().int().min(1),
});
