import type { z } from "zod";
import { orNotFound } from "../../public/not-found";
import type { AccessContext } from "../../trpc";
import type { ReportInput } from "./report.schema";

/** One published report (a given publication when `version` is set), or the notice of its withdrawal. */
export async function reportHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof ReportInput>;
}) {
  return orNotFound(await ctx.services.reads.report(input.reportId, { version: input.version }));
}
