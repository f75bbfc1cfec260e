import type { z } from "zod";
import { mergeWithPrevious, sectionIndex } from "../../reports/section-ops";
import { editDraft } from "../../reports/working-copy";
import type { AccessContext } from "../../trpc";
import type { MergeSectionInput } from "./merge.schema";

/** Merges a section into the one before it; its heading becomes the first line of the merged text. */
export async function mergeSectionHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof MergeSectionInput>;
}) {
  return ctx.services.db.transaction((tx) =>
    editDraft(tx, { actor: ctx.actor, ip: ctx.request.ip, now: ctx.services.now() }, input, {
      summary: "sections.merge",
      apply: (draft) => {
        const i = sectionIndex(draft, input.sectionId);
        const before = structuredClone(draft.sections.slice(Math.max(0, i - 1), i + 1));
        const merged = mergeWithPrevious(draft, input.sectionId);
        const into = draft.sections[i - 1];
        return { audit: { entityType: "section", entityId: merged.id, before, after: into ?? null } };
      },
    }),
  );
}
