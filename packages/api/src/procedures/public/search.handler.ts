import type { z } from "zod";
import type { AccessContext } from "../../trpc";
import type { SearchInput } from "./search.schema";

/** Chinese full-text search over published reports, with highlighted snippets. */
export async function searchHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof SearchInput>;
}) {
  return ctx.services.reads.search(input);
}
