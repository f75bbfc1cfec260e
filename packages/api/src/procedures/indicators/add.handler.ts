import type { z } from "zod";
import { newId } from "../../ids";
import { editDraft } from "../../reports/working-copy";
import type { AccessContext } from "../../trpc";
import type { AddIndicatorInput } from "./add.schema";

/** Adds a figure to the indicator table. */
export async function addIndicatorHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof AddIndicatorInput>;
}) {
  const observation = { ...input.observation, id: newId("obs"), revisions: [] };
  const result = await ctx.services.db.transaction((tx) =>
    editDraft(tx, { actor: ctx.actor, ip: ctx.request.ip, now: ctx.services.now() }, input, {
      summary: "indicators.add",
      apply: (draft) => {
        draft.observations.push(observation);
        return { audit: { entityType: "observation", entityId: observation.id, after: observation } };
      },
    }),
  );
  return { ...result, observationId: observation.id };
}
