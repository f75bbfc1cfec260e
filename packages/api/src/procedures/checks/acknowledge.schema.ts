import { z } from "zod";
import { ReportRef } from "../common.schema";

export const AcknowledgeInput = ReportRef.extend({
  /** The finding's `key` as `checks.run` gives it. */
  key: z.string().min(1).max(1000),
  note: z.string().trim().max(500).optional(),
});
