import type { z } from "zod";
import { AppError } from "../../errors";
import { editDraft } from "../../reports/working-copy";
import type { AccessContext } from "../../trpc";
import type { EditIndicatorInput } from "./edit.schema";

/** Changes a figure: value, unit, period, kind, link to the catalogue, preliminary flag and revisions. */
export async function editIndicatorHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof EditIndicatorInput>;
}) {
  return ctx.services.db.transaction((tx) =>
    editDraft(tx, { actor: ctx.actor, ip: ctx.request.ip, now: ctx.services.now() }, input, {
      summary: "indicators.edit",
      apply: (draft) => {
        const i = draft.observations.findIndex((o) => o.id === input.observationId);
        const before = draft.observations[i];
        if (!before)
          throw new AppError("NOT_FOUND", { fields: [{ path: "observationId", message: "no such figure" }] });
        const after = { ...before, ...input.patch };
        draft.observations[i] = after;
        return { audit: { entityType: "observation", entityId: before.id, before, after } };
      },
    }),
  );
}
