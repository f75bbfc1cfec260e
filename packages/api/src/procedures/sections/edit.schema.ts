import { Id } from "@gongkai/domain";
import { ReportEdit } from "../common.schema";
import { SectionFields } from "./add.schema";

export const EditSectionInput = ReportEdit.extend({
  sectionId: Id,
  patch: SectionFields.partial().strict(),
});
