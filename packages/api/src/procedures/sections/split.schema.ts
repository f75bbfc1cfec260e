import { Id, MAX_HEADING_LENGTH, NumberingStyle, SectionRole, SectionTopic } from "@gongkai/domain";
import { z } from "zod";
import { ReportEdit } from "../common.schema";

export const SplitSectionInput = ReportEdit.extend({
  sectionId: Id,
  /** Character offset in the section's text where the new section begins. */
  at: z.number().int().min(0),
  heading: z.string().max(MAX_HEADING_LENGTH).default(""),
  numbering: NumberingStyle.default("none"),
  role: SectionRole.nullable().optional(),
  topics: z.array(SectionTopic).optional(),
});
