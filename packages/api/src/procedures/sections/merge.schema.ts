import { Id } from "@gongkai/domain";
import { ReportEdit } from "../common.schema";

/** Merges `sectionId` into the section before it. */
export const MergeSectionInput = ReportEdit.extend({ sectionId: Id });
