import type { z } from "zod";
import type { AccessContext } from "../../trpc";
import type { PromisesInput } from "./promises.schema";

/** Targets of year N against the actuals later reports give for year N. */
export async function promisesHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof PromisesInput>;
}) {
  return ctx.services.reads.promises(input);
}
