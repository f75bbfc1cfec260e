import type { z } from "zod";
import { orNotFound } from "../../public/not-found";
import type { AccessContext } from "../../trpc";
import type { IndicatorInput } from "./indicator.schema";

/** One indicator: its definition, the townships reporting it, and where each figure comes from. */
export async function indicatorHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof IndicatorInput>;
}) {
  return orNotFound(await ctx.services.reads.indicator(input.code));
}
