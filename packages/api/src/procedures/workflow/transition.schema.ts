import { WorkflowEvent } from "@gongkai/domain";
import { ReportEdit } from "../common.schema";

/** A workflow step (`publish_due` is the scheduler's alone: the domain refuses it to people). */
export const TransitionInput = ReportEdit.extend({ event: WorkflowEvent });
