import { Id, ReportKind } from "@gongkai/domain";
import { z } from "zod";
import { Page } from "../common.schema";

export const SearchInput = z.object({
  q: z.string().trim().min(1).max(100),
  townshipId: Id.optional(),
  countyId: Id.optional(),
  year: z.number().int().min(1949).max(2100).optional(),
  kind: ReportKind.optional(),
  ...Page,
});
