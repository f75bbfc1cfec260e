import type { z } from "zod";
import type { AccessContext } from "../../trpc";
import type { LatestInput } from "./latest.schema";

/** The latest publications and corrections. */
export async function latestHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof LatestInput>;
}) {
  return ctx.services.reads.latest(input.limit);
}
