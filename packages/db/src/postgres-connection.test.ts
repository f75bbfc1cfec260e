import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./open";
import { rawRows } from "./raw";
import { createTestPostgresDatabase, TEST_ENGINES } from "./testing";

/*
 * A PostgreSQL server that restarts ends every connection, including one the server holds in the middle of a
 * transaction. node-postgres then emits 'error' on that client; with no listener the whole process stops
 * (this happened to the server when PostgreSQL restarted under it). Now the transaction fails, and the pool
 * goes on with fresh connections.
 */

const onPostgres = TEST_ENGINES.includes("postgres");
const inCi = process.env.GONGKAI_CI === "1";

describe("a PostgreSQL connection ended by the server", () => {
  if (inCi && !onPostgres) {
    it("runs against PostgreSQL in CI", () => {
      throw new Error("GONGKAI_CI=1 but TEST_DATABASE_URL is not set");
    });
  }

  it.runIf(onPostgres)(
    "fails the transaction that held it, does not stop the process, and the next query gets a new one",
    async () => {
      const created = await createTestPostgresDatabase();
      const errors: string[] = [];
      const store = await openDatabase({
        databaseUrl: created.url,
        poolSize: 2,
        onPoolError: (e) => errors.push(e.message),
      });
      const killer = new pg.Client({ connectionString: created.url });
      await killer.connect();
      try {
        const failed = await store.db
          .transaction(async (tx) => {
            const [me] = await rawRows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
            await killer.query("select pg_terminate_backend($1)", [me?.pid]);
            // The connection's end arrives while no query runs on it: the moment that used to stop the process.
            await new Promise((r) => setTimeout(r, 300));
            await tx.execute(sql`select 1`);
          })
          .then(
            () => null,
            (e: unknown) => e as Error,
          );
        expect(failed).toBeInstanceOf(Error);
        expect(errors.join()).toMatch(/terminat/);
        const [after] = await rawRows<{ ok: number }>(store.db, sql`select 1 as ok`);
        expect(after?.ok).toBe(1);
      } finally {
        await killer.end();
        await store.close();
        await created.drop();
      }
    },
  );
});
