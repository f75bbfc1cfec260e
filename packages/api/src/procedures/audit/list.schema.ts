import { Id } from "@gongkai/domain";
import { z } from "zod";

const Paging = {
  /** Entries older than this id (the last one of the previous page). */
  beforeId: z.number().int().min(1).optional(),
  limit: z.number().int().min(1).max(500).default(100),
};

export const AuditListInput = z.object({
  actorId: Id.optional(),
  action: z.string().max(80).optional(),
  ...Paging,
});

export const AuditForReportInput = z.object({ reportId: Id, ...Paging });
