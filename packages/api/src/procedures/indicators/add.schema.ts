import { Observation } from "@gongkai/domain";
import { ReportEdit } from "../common.schema";

export const ObservationFields = Observation.omit({ id: true });

export const AddIndicatorInput = ReportEdit.extend({ observation: ObservationFields });
