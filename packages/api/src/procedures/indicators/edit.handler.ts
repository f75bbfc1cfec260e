import { reviseObservation } from "@gongkai/domain";
import type { z } from "zod";
import { AppError } from "../../errors";
import { editDraft } from "../../reports/working-copy";
import type { AccessContext } from "../../trpc";
import type { EditIndicatorInput } from "./edit.schema";

/**
 * Changes a figure: value, unit, period, kind, link to the catalogue, preliminary flag. With `revision`, the value
 * before the edit goes into the figure's revision history (written here, never by the client).
 */
export async function editIndicatorHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof EditIndicatorInput>;
}) {
  const now = ctx.services.now();
  return ctx.services.db.transaction((tx) =>
    editDraft(tx, { actor: ctx.actor, ip: ctx.request.ip, now }, input, {
      summary: "indicators.edit",
      apply: (draft) => {
        const i = draft.observations.findIndex((o) => o.id === input.observationId);
        const before = draft.observations[i];
        if (!before)
          throw new AppError("NOT_FOUND", { fields: [{ path: "observationId", message: "no such figure" }] });
        const revised = input.revision
          ? reviseObservation(
              before,
              { decimal: input.patch.decimal ?? before.decimal, unit: input.patch.unit ?? before.unit },
              input.revision.note,
              now.toISOString(),
            )
          : before;
        const after = { ...revised, ...input.patch, revisions: revised.revisions };
        draft.observations[i] = after;
        return { audit: { entityType: "observation", entityId: before.id, before, after } };
      },
    }),
  );
}
