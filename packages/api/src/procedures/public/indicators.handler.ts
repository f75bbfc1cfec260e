import type { AccessContext } from "../../trpc";

/** The indicator catalogue with how much published data each indicator has. */
export async function indicatorsHandler({ ctx }: { ctx: AccessContext }) {
  return ctx.services.reads.indicators();
}
