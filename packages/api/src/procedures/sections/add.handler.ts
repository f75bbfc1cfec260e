import type { z } from "zod";
import { newId } from "../../ids";
import { addSection } from "../../reports/section-ops";
import { editDraft } from "../../reports/working-copy";
import type { AccessContext } from "../../trpc";
import type { AddSectionInput } from "./add.schema";

export async function addSectionHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof AddSectionInput>;
}) {
  const section = { ...input.section, id: newId("sec") };
  const result = await ctx.services.db.transaction((tx) =>
    editDraft(tx, { actor: ctx.actor, ip: ctx.request.ip, now: ctx.services.now() }, input, {
      summary: "sections.add",
      apply: (draft) => {
        addSection(draft, input.afterSectionId, section);
        return { audit: { entityType: "section", entityId: section.id, after: section } };
      },
    }),
  );
  return { ...result, sectionId: section.id };
}
