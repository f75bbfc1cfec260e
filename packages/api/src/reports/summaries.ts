import { type Executor, places } from "@gongkai/db";
import type { Place } from "@gongkai/domain";
import { inArray } from "drizzle-orm";

/** The places named by some rows, by id: one indexed query for a whole list. */
export async function placesById(db: Executor, ids: Iterable<string>): Promise<Map<string, Place>> {
  const list = [...new Set(ids)];
  if (!list.length) return new Map();
  const rows = await db.select().from(places).where(inArray(places.id, list));
  return new Map(rows.map(({ createdAt: _, ...p }) => [p.id, p]));
}
