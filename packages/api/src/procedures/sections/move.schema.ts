import { Id, MAX_SECTION_LEVEL } from "@gongkai/domain";
import { z } from "zod";
import { ReportEdit } from "../common.schema";

export const MoveSectionInput = ReportEdit.extend({
  sectionId: Id,
  /** Where its subtree starts, counted in the list without it. */
  toIndex: z.number().int().min(0),
  level: z.number().int().min(1).max(MAX_SECTION_LEVEL).optional(),
});
