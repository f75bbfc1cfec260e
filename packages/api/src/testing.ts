import { places } from "@gongkai/db";
import { createTestDatabase, type TestDatabase } from "@gongkai/db/testing";
import type { Actor, RoleGrant } from "@gongkai/domain";
import type { Context } from "./context";
import { createCaller } from "./router";
import { createServices, type Services } from "./services";
import { createUser } from "./users";

/*
 * Test helpers: a database on an engine, services over it with a clock the test moves, and callers acting as
 * a given user without going through a session (the auth tests use real sessions).
 */

export interface TestClock {
  now(): Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function testClock(start = "2026-01-05T02:00:00Z"): TestClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (iso) => {
      t = new Date(iso).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export interface TestApi {
  store: TestDatabase;
  services: Services;
  clock: TestClock;
  close(): Promise<void>;
}

export async function createTestApi(engine: "pglite" | "postgres"): Promise<TestApi> {
  const store = await createTestDatabase(engine);
  const clock = testClock();
  const services = createServices({ db: store.db, engine, now: clock.now });
  return { store, services, clock, close: () => store.close() };
}

/** A context for an actor, as if their session had been resolved. */
export function contextFor(
  services: Services,
  actor: Actor,
  user: { id: string; email: string; name: string } | null = null,
): Context {
  return {
    services,
    actor,
    user,
    sessionId: null,
    request: {
      ip: "127.0.0.1",
      userAgent: "test",
      sessionToken: null,
      secure: false,
      responseHeaders: new Headers(),
    },
    setSessionCookie: () => {},
    clearSessionCookie: () => {},
  };
}

/** A tRPC caller acting as the actor. */
export const callerFor = (services: Services, actor: Actor) =>
  createCaller(
    contextFor(services, actor, actor.kind === "user" ? { id: actor.userId, email: "", name: "" } : null),
  );

export interface World {
  countyA: string;
  countyB: string;
  townshipA: string;
  townshipA2: string;
  townshipB: string;
  actors: Record<"anonymous" | "admin" | "editorA" | "editorB" | "reviewerA" | "reviewerB", Actor>;
  passwords: Record<
    "admin" | "editorA" | "editorB" | "reviewerA" | "reviewerB",
    { email: string; password: string }
  >;
}

/**
 * Two counties: A (townships A and A2) and B (township B); an admin, an editor of A, an editor of B, a
 * reviewer of county A and a reviewer of county B.
 */
export async function seedWorld(services: Services): Promise<World> {
  const db = services.db;
  await db.insert(places).values([
    { id: "prv-sc", level: "province", name: "四川省", kind: null, code: null, parentId: null },
    { id: "cty-gy", level: "city", name: "广元市", kind: null, code: null, parentId: "prv-sc" },
    { id: "cnty-a", level: "county", name: "甲县", kind: "县", code: null, parentId: "cty-gy" },
    { id: "cnty-b", level: "county", name: "乙县", kind: "县", code: null, parentId: "cty-gy" },
    { id: "twp-a", level: "township", name: "甲镇", kind: "镇", code: null, parentId: "cnty-a" },
    { id: "twp-a2", level: "township", name: "甲二乡", kind: "乡", code: null, parentId: "cnty-a" },
    { id: "twp-b", level: "township", name: "乙镇", kind: "镇", code: null, parentId: "cnty-b" },
  ]);
  const people: Array<[keyof World["passwords"], RoleGrant[]]> = [
    ["admin", [{ role: "admin" }]],
    ["editorA", [{ role: "editor", townshipIds: ["twp-a"] }]],
    ["editorB", [{ role: "editor", townshipIds: ["twp-b"] }]],
    ["reviewerA", [{ role: "reviewer", countyId: "cnty-a" }]],
    ["reviewerB", [{ role: "reviewer", countyId: "cnty-b" }]],
  ];
  const actors = { anonymous: { kind: "anonymous" } } as World["actors"];
  const passwords = {} as World["passwords"];
  for (const [name, grants] of people) {
    const email = `${name.toLowerCase()}@example.org`;
    const password = `pass-${name}-0123`;
    const user = await createUser(
      db,
      { id: `usr-${name.toLowerCase()}`, email, name, password, grants },
      services.now(),
    );
    actors[name] = { kind: "user", userId: user.id, grants };
    passwords[name] = { email, password };
  }
  return {
    countyA: "cnty-a",
    countyB: "cnty-b",
    townshipA: "twp-a",
    townshipA2: "twp-a2",
    townshipB: "twp-b",
    actors,
    passwords,
  };
}
