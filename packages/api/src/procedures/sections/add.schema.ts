import { Id, Section } from "@gongkai/domain";
import { ReportEdit } from "../common.schema";

export const SectionFields = Section.omit({ id: true });

export const AddSectionInput = ReportEdit.extend({
  /** The section the new one follows; null puts it first. */
  afterSectionId: Id.nullable(),
  section: SectionFields.extend({
    topics: SectionFields.shape.topics.default([]),
    role: SectionFields.shape.role.default(null),
    numbering: SectionFields.shape.numbering.default("none"),
    text: SectionFields.shape.text.default(""),
  }),
});
