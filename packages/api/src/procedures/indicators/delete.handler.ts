import type { z } from "zod";
import { AppError } from "../../errors";
import { editDraft } from "../../reports/working-copy";
import type { AccessContext } from "../../trpc";
import type { DeleteIndicatorInput } from "./delete.schema";

/** Removes a figure from the indicator table (the text is not touched). */
export async function deleteIndicatorHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof DeleteIndicatorInput>;
}) {
  return ctx.services.db.transaction((tx) =>
    editDraft(tx, { actor: ctx.actor, ip: ctx.request.ip, now: ctx.services.now() }, input, {
      summary: "indicators.delete",
      apply: (draft) => {
        const i = draft.observations.findIndex((o) => o.id === input.observationId);
        const [removed] = i >= 0 ? draft.observations.splice(i, 1) : [];
        if (!removed)
          throw new AppError("NOT_FOUND", { fields: [{ path: "observationId", message: "no such figure" }] });
        return { audit: { entityType: "observation", entityId: removed.id, before: removed, after: null } };
      },
    }),
  );
}
