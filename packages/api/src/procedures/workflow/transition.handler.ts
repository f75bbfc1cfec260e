import type { z } from "zod";
import { applyWorkflowEvent, type WorkflowResult } from "../../reports/workflow";
import type { AccessContext } from "../../trpc";
import type { TransitionInput } from "./transition.schema";

/** Submit, recall, approve, reject, publish now or at a time, unschedule, withdraw, correct, reopen. */
export async function transitionHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof TransitionInput>;
}): Promise<WorkflowResult> {
  return applyWorkflowEvent(ctx.services, { actor: ctx.actor, ip: ctx.request.ip }, input);
}
