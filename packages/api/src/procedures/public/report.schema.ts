import { Id } from "@gongkai/domain";
import { z } from "zod";

export const ReportInput = z.object({ reportId: Id, version: z.number().int().min(1).optional() });
