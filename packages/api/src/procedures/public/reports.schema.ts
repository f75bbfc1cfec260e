import { Id, ReportKind } from "@gongkai/domain";
import { z } from "zod";
import { Page } from "../common.schema";

export const ReportsInput = z.object({
  townshipId: Id.optional(),
  countyId: Id.optional(),
  year: z.number().int().min(1949).max(2100).optional(),
  kind: ReportKind.optional(),
  ...Page,
});
