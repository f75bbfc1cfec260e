import { sessions } from "@gongkai/db";
import { describeEachEngine } from "@gongkai/db/testing";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { createContext } from "../context";
import { AppError } from "../errors";
import { createCaller } from "../router";
import { callerFor, createTestApi, seedWorld, type TestApi, type World } from "../testing";
import { readSessionToken } from "./cookie";
import { sessionIdOf } from "./sessions";

describeEachEngine("signing in and sessions", (engine) => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    api = await createTestApi(engine);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await api.store.reset();
    world = await seedWorld(api.services);
    api.services.loginLimits.perIp.reset("ip:10.0.0.1");
    api.services.loginLimits.perIp.reset("ip:10.0.0.2");
    api.services.loginLimits.perAccount.reset("account:editora@example.org");
  });

  async function request(token: string | null, ip = "10.0.0.1") {
    const responseHeaders = new Headers();
    const ctx = await createContext(api.services, {
      ip,
      userAgent: "test",
      sessionToken: token,
      secure: true,
      responseHeaders,
    });
    return { caller: createCaller(ctx), responseHeaders };
  }
  const tokenOf = (h: Headers) => readSessionToken(h.get("set-cookie")?.split(";")[0]);
  const code = async (p: Promise<unknown>) =>
    p.then(
      () => "OK",
      (e) => (e instanceof TRPCError && e.cause instanceof AppError ? e.cause.code : String(e)),
    );

  async function login(
    email = world.passwords.editorA.email,
    password = world.passwords.editorA.password,
    token: string | null = null,
  ) {
    const { caller, responseHeaders } = await request(token);
    const me = await caller.auth.login({ email, password });
    return { me, token: tokenOf(responseHeaders), cookie: responseHeaders.get("set-cookie") ?? "" };
  }

  it("signs in with a case-insensitive email and sets an HttpOnly, SameSite=Lax, Secure cookie", async () => {
    const { me, token, cookie } = await login("  EditorA@Example.org ");
    expect(me.user.id).toBe("usr-editora");
    expect(me.grants).toEqual([{ role: "editor", townshipIds: ["twp-a"] }]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
    const { caller } = await request(token);
    expect((await caller.auth.me()).user?.email).toBe("editora@example.org");
  });

  it("stores only a hash of the session token", async () => {
    const { token } = await login();
    const rows = await api.store.db.select().from(sessions);
    expect(rows.map((r) => r.id)).toEqual([sessionIdOf(token!)]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("issues a new session id at every sign-in and ends the one the browser had", async () => {
    const first = await login();
    const second = await login(undefined, undefined, first.token);
    expect(second.token).not.toBe(first.token);
    expect((await (await request(first.token)).caller.auth.me()).user).toBeNull();
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const { caller } = await request(null);
    expect(
      await code(caller.auth.login({ email: world.passwords.editorA.email, password: "wrong-password" })),
    ).toBe("INVALID_CREDENTIALS");
    expect(await code(caller.auth.login({ email: "nobody@example.org", password: "wrong-password" }))).toBe(
      "INVALID_CREDENTIALS",
    );
  });

  it("limits failed sign-ins per account whatever the email's spelling, and per client address", async () => {
    for (let i = 0; i < 10; i++) {
      const spelling = i % 2 ? "EDITORA@example.org" : " editora@EXAMPLE.org";
      const { caller } = await request(null, `10.0.1.${i}`);
      await code(caller.auth.login({ email: spelling, password: "wrong-password" }));
    }
    const { caller } = await request(null, "10.0.0.2");
    expect(await code(caller.auth.login(world.passwords.editorA))).toBe("RATE_LIMITED");
    // Another account from another address is not affected.
    const other = await request(null, "10.0.0.2");
    expect(await code(other.caller.auth.login(world.passwords.editorB))).toBe("OK");
    for (let i = 0; i < 20; i++) {
      const r = await request(null, "10.0.0.1");
      await code(r.caller.auth.login({ email: `user${i}@example.org`, password: "wrong-password" }));
    }
    const fromSameIp = await request(null, "10.0.0.1");
    expect(await code(fromSameIp.caller.auth.login(world.passwords.reviewerA))).toBe("RATE_LIMITED");
  });

  it("ends a session after the idle timeout and after the absolute timeout", async () => {
    const { token } = await login();
    api.clock.advance((api.services.sessions.idleMinutes - 1) * 60_000);
    expect((await (await request(token)).caller.auth.me()).user).not.toBeNull();
    api.clock.advance((api.services.sessions.idleMinutes + 1) * 60_000);
    expect((await (await request(token)).caller.auth.me()).user).toBeNull();
    const again = await login();
    for (let h = 0; h < api.services.sessions.maxHours; h++) {
      api.clock.advance(3_600_000);
      await (await request(again.token)).caller.auth.me();
    }
    expect((await (await request(again.token)).caller.auth.me()).user).toBeNull();
  });

  it("ends every session of an account when it is disabled", async () => {
    const { token } = await login();
    await callerFor(api.services, world.actors.admin).users.update({ userId: "usr-editora", disabled: true });
    expect((await (await request(token)).caller.auth.me()).user).toBeNull();
    expect(await code((await request(null)).caller.auth.login(world.passwords.editorA))).toBe(
      "INVALID_CREDENTIALS",
    );
  });

  it("ends the other sessions after a password change and keeps this one", async () => {
    const elsewhere = await login();
    const here = await login();
    const { caller } = await request(here.token);
    const changed = await caller.auth.changePassword({
      currentPassword: world.passwords.editorA.password,
      newPassword: "another-password-1",
    });
    expect(changed.endedSessions).toBe(1);
    expect((await (await request(elsewhere.token)).caller.auth.me()).user).toBeNull();
    expect((await (await request(here.token)).caller.auth.me()).user?.id).toBe("usr-editora");
    expect(
      await code(
        (await request(null, "10.0.0.2")).caller.auth.login({
          email: world.passwords.editorA.email,
          password: "another-password-1",
        }),
      ),
    ).toBe("OK");
  });

  it("signs out and clears the cookie", async () => {
    const { token } = await login();
    const { caller, responseHeaders } = await request(token);
    await caller.auth.logout();
    expect(responseHeaders.get("set-cookie")).toMatch(/Max-Age=0/);
    expect(
      await api.store.db
        .select()
        .from(sessions)
        .where(eq(sessions.id, sessionIdOf(token!))),
    ).toEqual([]);
  });
});
