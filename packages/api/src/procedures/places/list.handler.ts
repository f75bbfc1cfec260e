import { places } from "@gongkai/db";
import type { Place } from "@gongkai/domain";
import { asc } from "drizzle-orm";
import type { AccessContext } from "../../trpc";

/** Every place, for the editor's pickers and the admin screens. */
export async function listPlacesHandler({ ctx }: { ctx: AccessContext }): Promise<Place[]> {
  const rows = await ctx.services.db.select().from(places).orderBy(asc(places.level), asc(places.name));
  return rows.map(({ createdAt: _, ...p }) => p);
}
