import type { z } from "zod";
import { type EditResult, editDraft } from "../../reports/working-copy";
import type { AccessContext } from "../../trpc";
import type { UpdateMetaInput } from "./update-meta.schema";

/** Changes a draft's title, kind, year, meeting, presenter, dates, disclosure metadata or source address. */
export async function updateMetaHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof UpdateMetaInput>;
}): Promise<EditResult> {
  const { sourceUrl, ...fields } = input.patch;
  return ctx.services.db.transaction((tx) =>
    editDraft(tx, { actor: ctx.actor, ip: ctx.request.ip, now: ctx.services.now() }, input, {
      summary: "reports.update_meta",
      apply: (draft) => {
        const before = Object.fromEntries(
          Object.keys(input.patch).map((k) => [
            k,
            k === "sourceUrl" ? draft.source.sourceUrl : draft[k as keyof typeof fields],
          ]),
        );
        Object.assign(draft, fields);
        if (sourceUrl !== undefined) draft.source = { ...draft.source, sourceUrl };
        return { audit: { entityType: "report", entityId: draft.id, before, after: input.patch } };
      },
    }),
  );
}
