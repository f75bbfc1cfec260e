import type { z } from "zod";
import { deleteSection } from "../../reports/section-ops";
import { editDraft } from "../../reports/working-copy";
import type { AccessContext } from "../../trpc";
import type { DeleteSectionInput } from "./delete.schema";

/** Deletes a section; its subsections move up a level and its text stays in the version history. */
export async function deleteSectionHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof DeleteSectionInput>;
}) {
  return ctx.services.db.transaction((tx) =>
    editDraft(tx, { actor: ctx.actor, ip: ctx.request.ip, now: ctx.services.now() }, input, {
      summary: "sections.delete",
      apply: (draft) => {
        const removed = deleteSection(draft, input.sectionId);
        return { audit: { entityType: "section", entityId: input.sectionId, before: removed, after: null } };
      },
    }),
  );
}
