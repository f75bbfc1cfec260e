import { appRouter } from "@gongkai/api";
import { auditLog } from "@gongkai/db";
import { describeEachEngine } from "@gongkai/db/testing";
import { createApp } from "@gongkai/server";
import { count } from "drizzle-orm";
import type { Hono } from "hono";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { buildFixture, createTestApi, EXAMPLES, type Fixture } from "./support/world";

/*
 * Cross-site request forgery, stolen and stale sessions, session fixation, cookie flags and the sign-in limit,
 * through the HTTP server as a browser or an attacker would reach it. Every mutation of the router (read from
 * the router itself) is refused without this site's Origin or with a form-like content type, and changes nothing.
 */

const SITE = "http://localhost";

interface ProcedureDef {
  _def: { type: "query" | "mutation" };
}
const procedures = (appRouter as unknown as { _def: { procedures: Record<string, ProcedureDef> } })._def
  .procedures;
const mutations = Object.keys(procedures).filter((p) => procedures[p]?._def.type === "mutation");

/** Hono's node adapter reads the client's address from the socket; in-process requests bring their own. */
const fromAddress = (address: string) => ({
  incoming: { socket: { remoteAddress: address, remoteFamily: "IPv4" } },
});

/** The session cookie a response leaves in the browser: the last one it sets wins. */
const cookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => /^gongkai_session=([^;]*)/.exec(c)?.[1])
    .filter((v) => v !== undefined)
    .at(-1) ?? null;

describeEachEngine("forged requests and sessions", (engine) => {
  let fixture: Fixture;
  let app: Hono;
  let closeApi: () => Promise<void>;

  beforeAll(async () => {
    const api = await createTestApi(engine);
    closeApi = api.close;
    fixture = await buildFixture(api);
  });
  beforeEach(async () => {
    fixture = await buildFixture(fixture.api);
    app = createApp({ services: fixture.api.services });
  });
  afterAll(() => closeApi());

  const auditCount = async () =>
    Number((await fixture.api.store.db.select({ n: count() }).from(auditLog))[0]?.n);

  const call = (
    path: string,
    body: unknown,
    headers: Record<string, string | undefined>,
    env: object = fromAddress("192.0.2.10"),
    url = SITE,
  ) => {
    const h: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers)) if (v !== undefined) h[k] = v;
    return app.request(
      `${url}/trpc/${path}`,
      { method: "POST", headers: h, body: typeof body === "string" ? body : JSON.stringify(body) },
      env,
    );
  };

  const login = async (who: { email: string; password: string }, extra: Record<string, string> = {}) => {
    const res = await call("auth.login", who, { "content-type": "application/json", origin: SITE, ...extra });
    expect(res.status).toBe(200);
    return cookieOf(res) ?? "";
  };

  const me = async (token: string) => {
    const res = await app.request("/trpc/auth.me", { headers: { cookie: `gongkai_session=${token}` } });
    return ((await res.json()) as { result: { data: { user: { id: string } | null } | null } }).result.data
      ?.user?.id;
  };

  it("refuses every mutation without this site's Origin or with a form-like body, and changes nothing", async () => {
    const cookie = `gongkai_session=${fixture.tokens.admin}`;
    const json = "application/json";
    const forgeries: Array<[string, Record<string, string | undefined>, number]> = [
      ["no Origin", { "content-type": json, origin: undefined }, 403],
      ["another site's Origin", { "content-type": json, origin: "https://evil.example" }, 403],
      ["a look-alike Origin", { "content-type": json, origin: "http://localhost.evil.example" }, 403],
      ["Origin null (sandboxed frame)", { "content-type": json, origin: "null" }, 403],
      [
        "Sec-Fetch-Site cross-site",
        { "content-type": json, origin: SITE, "sec-fetch-site": "cross-site" },
        403,
      ],
      ["a form", { "content-type": "application/x-www-form-urlencoded", origin: SITE }, 415],
      ["a multipart form", { "content-type": "multipart/form-data; boundary=x", origin: SITE }, 415],
      ["text/plain", { "content-type": "text/plain", origin: SITE }, 415],
      ["no content type", { "content-type": undefined, origin: SITE }, 415],
      ["a JSON look-alike type", { "content-type": "application/jsonp", origin: SITE }, 415],
    ];
    const before = await auditCount();
    const accepted: string[] = [];
    for (const path of mutations) {
      const input = EXAMPLES[path]?.(fixture, await fixture.version());
      for (const [name, headers, status] of forgeries) {
        const res = await call(path, input, { ...headers, cookie });
        const body = (await res.json()) as { code?: string };
        if (
          res.status !== status ||
          body.code !== (status === 403 ? "ORIGIN_REJECTED" : "UNSUPPORTED_MEDIA_TYPE")
        )
          accepted.push(`${path} with ${name}: ${res.status} ${body.code}`);
      }
      // A mutation cannot be sent as a GET (which a link or an image could do) either.
      const get = await app.request(
        `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
        { headers: { cookie } },
        fromAddress("192.0.2.10"),
      );
      if (get.status !== 405) accepted.push(`${path} by GET: ${get.status}`);
    }
    expect(accepted).toEqual([]);
    expect(await auditCount()).toBe(before);
    // The same request from this site goes through (the refusals above were about the forgery, not the input).
    const ok = await call("comments.add", EXAMPLES["comments.add"]?.(fixture, 0), {
      "content-type": "application/json; charset=utf-8",
      origin: SITE,
      cookie,
    });
    expect(ok.status).toBe(200);
  });

  it("refuses another user's session on a report it may not see, and changes nothing", async () => {
    const version = await fixture.version();
    const before = await auditCount();
    for (const path of mutations.filter((p) =>
      /^(sections|indicators|checks|comments|workflow|reports\.update)/.test(p),
    )) {
      const res = await call(path, EXAMPLES[path]?.(fixture, version), {
        "content-type": "application/json",
        origin: SITE,
        cookie: `gongkai_session=${fixture.tokens.editorB}`,
      });
      const code = ((await res.json()) as { error: { data: { app: { code: string } } } }).error.data.app.code;
      expect([res.status, code], path).toEqual([404, "NOT_FOUND"]);
    }
    expect(await fixture.version()).toBe(version);
    expect(await auditCount()).toBe(before);
  });

  it("ends the session at sign-out: the old cookie opens nothing afterwards", async () => {
    const token = await login(fixture.world.passwords.editorA);
    expect(await me(token)).toBe("usr-editora");
    const out = await call(
      "auth.logout",
      {},
      {
        "content-type": "application/json",
        origin: SITE,
        cookie: `gongkai_session=${token}`,
      },
    );
    expect(out.headers.getSetCookie().join()).toMatch(/gongkai_session=; .*Max-Age=0/);
    expect(await me(token)).toBeUndefined();
    const replay = await call("comments.add", EXAMPLES["comments.add"]?.(fixture, 0), {
      "content-type": "application/json",
      origin: SITE,
      cookie: `gongkai_session=${token}`,
    });
    expect(replay.status).toBe(401);
  });

  it("issues a new session id at sign-in, so that a planted one is worthless (session fixation)", async () => {
    // The attacker plants their own valid session, or an id they made up, in the victim's browser.
    const planted = await login(fixture.world.passwords.editorB);
    for (const plant of [planted, "attacker-chosen-session-id"]) {
      const res = await call("auth.login", fixture.world.passwords.editorA, {
        "content-type": "application/json",
        origin: SITE,
        cookie: `gongkai_session=${plant}`,
      });
      const issued = cookieOf(res);
      expect(issued).toBeTruthy();
      expect(issued).not.toBe(plant);
      expect(await me(issued ?? "")).toBe("usr-editora");
      expect(await me(plant)).toBeUndefined();
    }
  });

  it("ends a disabled account's session at once and clears its cookie", async () => {
    const token = await login(fixture.world.passwords.editorA);
    const disabled = await call(
      "users.update",
      { userId: "usr-editora", disabled: true },
      {
        "content-type": "application/json",
        origin: SITE,
        cookie: `gongkai_session=${fixture.tokens.admin}`,
      },
    );
    expect(disabled.status).toBe(200);
    const res = await app.request("/trpc/auth.me", { headers: { cookie: `gongkai_session=${token}` } });
    expect(res.headers.getSetCookie().join()).toMatch(/gongkai_session=; .*Max-Age=0/);
    const edit = await call("comments.add", EXAMPLES["comments.add"]?.(fixture, 0), {
      "content-type": "application/json",
      origin: SITE,
      cookie: `gongkai_session=${token}`,
    });
    expect(edit.status).toBe(401);
    // And the account cannot sign in again.
    const again = await call("auth.login", fixture.world.passwords.editorA, {
      "content-type": "application/json",
      origin: SITE,
    });
    expect(again.status).toBe(401);
  });

  it("marks the session cookie HttpOnly and SameSite=Lax always, and Secure over HTTPS and behind a trusted proxy", async () => {
    const cookieHeader = async (a: Hono, url: string, headers: Record<string, string> = {}) => {
      app = a;
      const res = await call(
        "auth.login",
        fixture.world.passwords.editorA,
        { "content-type": "application/json", origin: url, ...headers },
        fromAddress("192.0.2.20"),
        url,
      );
      expect(res.status).toBe(200);
      return res.headers.getSetCookie().find((c) => c.startsWith("gongkai_session=")) ?? "";
    };
    const services = fixture.api.services;
    const plain = await cookieHeader(createApp({ services }), "http://localhost");
    expect(plain).toMatch(/; HttpOnly/);
    expect(plain).toMatch(/; SameSite=Lax/);
    expect(plain).toMatch(/; Path=\//);
    expect(plain).not.toMatch(/Secure/);
    expect(await cookieHeader(createApp({ services }), "https://gongkai.example.org")).toMatch(/; Secure/);
    const proxied = createApp({ services, trustProxy: true });
    expect(await cookieHeader(proxied, "http://localhost", { "x-forwarded-proto": "https" })).toMatch(
      /; Secure/,
    );
    // Without a trusted proxy the header is anyone's to send, and is ignored.
    const direct = await cookieHeader(createApp({ services }), "http://localhost", {
      "x-forwarded-proto": "https",
    });
    expect(direct).not.toMatch(/Secure/);
  });

  const attempt = (
    who: { email: string; password: string },
    env: object,
    headers: Record<string, string> = {},
  ) => call("auth.login", who, { "content-type": "application/json", origin: SITE, ...headers }, env);

  const codeOf = async (res: Response) =>
    ((await res.json()) as { error: { data: { app: { code: string; details: Record<string, number> } } } })
      .error.data.app;

  it("limits failed sign-ins per client address, which a forged X-Forwarded-For does not change", async () => {
    const socket = fromAddress("203.0.113.7");
    for (let i = 0; i < 20; i++) {
      const res = await attempt({ email: `nobody${i}@example.org`, password: "wrong-password" }, socket, {
        "x-forwarded-for": `10.0.0.${i}`,
      });
      expect(res.status).toBe(401);
    }
    // The next attempt from that address is refused, even with the right password of a real account.
    const limited = await attempt(fixture.world.passwords.editorA, socket, { "x-forwarded-for": "10.9.9.9" });
    expect(limited.status).toBe(429);
    const app429 = await codeOf(limited);
    expect(app429.code).toBe("RATE_LIMITED");
    expect(app429.details.retryAfterSeconds).toBeGreaterThan(0);
    // Another client is not punished for it.
    expect((await attempt(fixture.world.passwords.editorA, fromAddress("203.0.113.8"))).status).toBe(200);
    // After the window the address may try again.
    fixture.api.clock.advance(16 * 60_000);
    expect((await attempt(fixture.world.passwords.editorA, socket)).status).toBe(200);
  });

  it("limits failed sign-ins per account whatever the email's spelling and the client's address", async () => {
    const { email, password } = fixture.world.passwords.admin;
    const spellings = [email.toUpperCase(), ` ${email} `, email.replace("admin", "ａｄｍｉｎ"), email];
    for (let i = 0; i < 10; i++) {
      const res = await attempt(
        { email: spellings[i % spellings.length] ?? email, password: "wrong-password" },
        fromAddress(`198.51.100.${i}`),
      );
      expect(res.status).toBe(401);
    }
    const limited = await attempt({ email, password }, fromAddress("198.51.100.200"));
    expect(limited.status).toBe(429);
    expect((await codeOf(limited)).code).toBe("RATE_LIMITED");
  });

  it("behind a trusted proxy limits by the address the proxy appended, not the ones the client wrote", async () => {
    app = createApp({ services: fixture.api.services, trustProxy: true });
    const proxy = fromAddress("127.0.0.1");
    for (let i = 0; i < 20; i++) {
      const res = await attempt({ email: `nobody${i}@example.org`, password: "wrong-password" }, proxy, {
        "x-forwarded-for": `10.0.${i}.1, 203.0.113.50`,
      });
      expect(res.status).toBe(401);
    }
    const limited = await attempt(fixture.world.passwords.editorA, proxy, {
      "x-forwarded-for": "10.99.0.1, 203.0.113.50",
    });
    expect(limited.status).toBe(429);
    const other = await attempt(fixture.world.passwords.editorA, proxy, {
      "x-forwarded-for": "203.0.113.51",
    });
    expect(other.status).toBe(200);
  });
});
