import type { z } from "zod";
import { AppError } from "../../errors";
import { sectionIndex } from "../../reports/section-ops";
import { editDraft } from "../../reports/working-copy";
import type { AccessContext } from "../../trpc";
import type { EditSectionInput } from "./edit.schema";

/** Changes a section's heading, text, level, numbering, role or topics. */
export async function editSectionHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof EditSectionInput>;
}) {
  return ctx.services.db.transaction((tx) =>
    editDraft(tx, { actor: ctx.actor, ip: ctx.request.ip, now: ctx.services.now() }, input, {
      summary: "sections.edit",
      apply: (draft) => {
        const i = sectionIndex(draft, input.sectionId);
        const before = draft.sections[i];
        if (!before) throw new AppError("NOT_FOUND");
        const after = { ...before, ...input.patch };
        draft.sections[i] = after;
        return { audit: { entityType: "section", entityId: input.sectionId, before, after } };
      },
    }),
  );
}
