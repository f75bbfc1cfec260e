import type { z } from "zod";
import { orNotFound } from "../../public/not-found";
import type { AccessContext } from "../../trpc";
import type { TownshipInput } from "./township.schema";

/** A township with its published reports; NOT_FOUND for an unknown township. */
export async function townshipHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof TownshipInput>;
}) {
  return orNotFound(await ctx.services.reads.township(input.townshipId));
}
