import type { z } from "zod";
import type { AccessContext } from "../../trpc";
import type { ReportsInput } from "./reports.schema";

/** Published reports, newest first, filtered and paginated. */
export async function reportsHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof ReportsInput>;
}) {
  return ctx.services.reads.reports(input);
}
