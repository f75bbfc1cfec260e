import type { z } from "zod";
import { AppError } from "../../errors";
import { editDraft } from "../../reports/working-copy";
import type { AccessContext } from "../../trpc";
import type { ConfirmIndicatorsInput } from "./confirm.schema";

/** Confirms figures the import extracted (unconfirmed ones are proposals and are not published as data). */
export async function confirmIndicatorsHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof ConfirmIndicatorsInput>;
}) {
  return ctx.services.db.transaction((tx) =>
    editDraft(tx, { actor: ctx.actor, ip: ctx.request.ip, now: ctx.services.now() }, input, {
      summary: "indicators.confirm",
      apply: (draft) => {
        const ids = new Set(input.observationIds);
        const found = draft.observations.filter((o) => ids.has(o.id));
        if (found.length !== ids.size) {
          throw new AppError("NOT_FOUND", {
            fields: [{ path: "observationIds", message: "a figure is not in the report" }],
          });
        }
        for (const o of found) o.confirmed = input.confirmed;
        return {
          audit: {
            entityType: "observation",
            before: null,
            after: { observationIds: [...ids], confirmed: input.confirmed },
          },
        };
      },
    }),
  );
}
