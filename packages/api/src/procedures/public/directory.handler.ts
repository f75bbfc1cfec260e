import type { AccessContext } from "../../trpc";

/** Townships by county, with how many reports each has published. */
export async function directoryHandler({ ctx }: { ctx: AccessContext }) {
  return ctx.services.reads.directory();
}
