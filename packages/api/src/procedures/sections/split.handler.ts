import type { z } from "zod";
import { AppError } from "../../errors";
import { newId } from "../../ids";
import { sectionIndex, splitSection } from "../../reports/section-ops";
import { editDraft } from "../../reports/working-copy";
import type { AccessContext } from "../../trpc";
import type { SplitSectionInput } from "./split.schema";

/** Splits a section in two at a character offset; figures in the second half follow their text. */
export async function splitSectionHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof SplitSectionInput>;
}) {
  const id = newId("sec");
  const result = await ctx.services.db.transaction((tx) =>
    editDraft(tx, { actor: ctx.actor, ip: ctx.request.ip, now: ctx.services.now() }, input, {
      summary: "sections.split",
      apply: (draft) => {
        const original = draft.sections[sectionIndex(draft, input.sectionId)];
        if (!original) throw new AppError("NOT_FOUND");
        const before = structuredClone(original);
        splitSection(draft, input.sectionId, input.at, {
          id,
          heading: input.heading,
          numbering: input.numbering,
          role: input.role === undefined ? original.role : input.role,
          topics: input.topics ?? original.topics,
        });
        const after = draft.sections.filter((s) => s.id === input.sectionId || s.id === id);
        return { audit: { entityType: "section", entityId: input.sectionId, before, after } };
      },
    }),
  );
  return { ...result, sectionId: id };
}
