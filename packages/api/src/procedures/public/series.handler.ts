import type { z } from "zod";
import { orNotFound } from "../../public/not-found";
import type { AccessContext } from "../../trpc";
import type { SeriesInput } from "./series.schema";

/** One indicator across years for some townships. */
export async function seriesHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof SeriesInput>;
}) {
  return orNotFound(await ctx.services.reads.series(input));
}
