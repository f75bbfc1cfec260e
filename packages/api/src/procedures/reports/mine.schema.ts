import { WorkflowState } from "@gongkai/domain";
import { z } from "zod";

export const MineInput = z.object({ state: WorkflowState.optional() }).optional();
