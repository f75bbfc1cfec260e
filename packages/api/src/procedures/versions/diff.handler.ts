import type { z } from "zod";
import { diffReports, type ReportDiff } from "../../reports/diff";
import { loadVersion } from "../../reports/working-copy";
import { type AccessContext, reportOf } from "../../trpc";
import type { DiffVersionsInput } from "./diff.schema";

/** What changed between any two versions: metadata, sections and figures. */
export async function diffVersionsHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof DiffVersionsInput>;
}): Promise<{ from: number; to: number; diff: ReportDiff }> {
  const row = reportOf(ctx);
  const [a, b] = [
    await loadVersion(ctx.services.db, row.id, input.from),
    await loadVersion(ctx.services.db, row.id, input.to),
  ];
  return { from: input.from, to: input.to, diff: diffReports(a, b) };
}
