import { places } from "@gongkai/db";
import { Place } from "@gongkai/domain";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../audit";
import { AppError, validationError } from "../../errors";
import type { AccessContext } from "../../trpc";
import type { UpdatePlaceInput } from "./update.schema";

/** Renames a place or corrects its kind, division code or demonstration flag. */
export async function updatePlaceHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof UpdatePlaceInput>;
}): Promise<Place> {
  const saved = await ctx.services.db.transaction(async (tx) => {
    const [row] = await tx.select().from(places).where(eq(places.id, input.placeId)).for("update");
    if (!row) throw new AppError("NOT_FOUND");
    const { placeId: _, ...patch } = input;
    const { createdAt: _created, ...before } = row;
    const parsed = Place.safeParse({ ...before, ...patch });
    if (!parsed.success) throw validationError(parsed.error);
    await tx.update(places).set(parsed.data).where(eq(places.id, row.id));
    await audit(
      tx,
      { actor: ctx.actor, ip: ctx.request.ip },
      {
        action: "places.update",
        entityType: "place",
        entityId: row.id,
        before,
        after: parsed.data,
      },
    );
    return parsed.data;
  });
  // Cleared after the commit, so that no read can cache the state before it.
  ctx.services.reads.invalidate();
  return saved;
}
