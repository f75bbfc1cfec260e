import { Id } from "@gongkai/domain";
import { z } from "zod";

/** Input naming a report. */
export const ReportRef = z.object({ reportId: Id });

/** Input of an edit: the report and the version the edit was based on (a stale one is refused). */
export const ReportEdit = ReportRef.extend({ baseVersion: z.number().int().min(1) });

export const Empty = z.object({}).strict().optional();

export const Page = {
  page: z.number().int().min(1).max(10_000).optional(),
  pageSize: z.number().int().min(1).max(100).optional(),
};
