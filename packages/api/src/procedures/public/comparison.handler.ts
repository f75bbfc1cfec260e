import type { z } from "zod";
import { orNotFound } from "../../public/not-found";
import type { AccessContext } from "../../trpc";
import type { ComparisonInput } from "./comparison.schema";

/** One indicator across townships for a year. */
export async function comparisonHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof ComparisonInput>;
}) {
  return orNotFound(await ctx.services.reads.comparison(input));
}
