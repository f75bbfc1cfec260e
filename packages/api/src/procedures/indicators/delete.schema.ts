import { Id } from "@gongkai/domain";
import { ReportEdit } from "../common.schema";

export const DeleteIndicatorInput = ReportEdit.extend({ observationId: Id });
