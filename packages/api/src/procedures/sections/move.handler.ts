import type { z } from "zod";
import { moveSection } from "../../reports/section-ops";
import { editDraft } from "../../reports/working-copy";
import type { AccessContext } from "../../trpc";
import type { MoveSectionInput } from "./move.schema";

/** Moves a section with its subsections, and optionally changes its level; an impossible tree is refused. */
export async function moveSectionHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof MoveSectionInput>;
}) {
  return ctx.services.db.transaction((tx) =>
    editDraft(tx, { actor: ctx.actor, ip: ctx.request.ip, now: ctx.services.now() }, input, {
      summary: "sections.move",
      apply: (draft) => {
        const before = draft.sections.map((s) => [s.id, s.level]);
        moveSection(draft, input.sectionId, input.toIndex, input.level);
        const after = draft.sections.map((s) => [s.id, s.level]);
        return { audit: { entityType: "section", entityId: input.sectionId, before, after } };
      },
    }),
  );
}
