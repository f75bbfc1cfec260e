import { Id } from "@gongkai/domain";
import { ReportEdit } from "../common.schema";
import { ObservationFields } from "./add.schema";

export const EditIndicatorInput = ReportEdit.extend({
  observationId: Id,
  patch: ObservationFields.partial().strict(),
});
