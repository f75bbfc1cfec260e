import { Id, MAX_TITLE_LENGTH, ReportKind } from "@gongkai/domain";
import { z } from "zod";

export const CreateReportInput = z.object({
  townshipId: Id,
  kind: ReportKind,
  year: z.number().int().min(1949).max(2100),
  title: z.string().trim().min(1).max(MAX_TITLE_LENGTH).optional(),
});
