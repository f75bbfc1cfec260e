import { Id } from "@gongkai/domain";
import { z } from "zod";
import { ReportEdit } from "../common.schema";

export const ConfirmIndicatorsInput = ReportEdit.extend({
  observationIds: z.array(Id).min(1).max(5000),
  /** false takes a confirmation back. */
  confirmed: z.boolean().default(true),
});
