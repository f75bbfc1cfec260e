import { places } from "@gongkai/db";
import { Place, parentLevel, townshipKindFromName } from "@gongkai/domain";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../audit";
import { AppError, validationError } from "../../errors";
import { newId } from "../../ids";
import type { AccessContext } from "../../trpc";
import type { CreatePlaceInput } from "./create.schema";

/** Adds a province, city, county or township under a parent of the level above. */
export async function createPlaceHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof CreatePlaceInput>;
}): Promise<Place> {
  const kind = input.kind ?? (input.level === "township" ? townshipKindFromName(input.name) : null);
  const parsed = Place.safeParse({ ...input, id: input.id ?? newId(input.level.slice(0, 3)), kind });
  if (!parsed.success) throw validationError(parsed.error);
  const place = parsed.data;
  const saved = await ctx.services.db.transaction(async (tx) => {
    if (place.parentId) {
      const [parent] = await tx.select().from(places).where(eq(places.id, place.parentId));
      if (!parent || parent.level !== parentLevel(place.level)) {
        throw new AppError("VALIDATION", {
          message: {
            zh: "上级区划不存在或级别不对",
            en: "The parent place is missing or of the wrong level",
          },
          fields: [{ path: "parentId", message: `must be a ${parentLevel(place.level)}` }],
        });
      }
    }
    const [existing] = await tx.select({ id: places.id }).from(places).where(eq(places.id, place.id));
    if (existing) throw new AppError("DUPLICATE", { fields: [{ path: "id", message: "already used" }] });
    await tx.insert(places).values(place);
    await audit(
      tx,
      { actor: ctx.actor, ip: ctx.request.ip },
      {
        action: "places.create",
        entityType: "place",
        entityId: place.id,
        after: place,
      },
    );
    return place;
  });
  // Cleared after the commit, so that no read can cache the state before it.
  ctx.services.reads.invalidate();
  return saved;
}
