import type { SQL } from "drizzle-orm";
import type { Executor } from "./types";

/** Rows of a raw SQL statement; both drivers answer `{ rows }`, which the shared base type leaves untyped. */
export async function rawRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
