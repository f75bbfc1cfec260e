import { Id } from "@gongkai/domain";
import { ReportEdit } from "../common.schema";

export const DeleteSectionInput = ReportEdit.extend({ sectionId: Id });
