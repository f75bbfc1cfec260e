import { appRouter, ERROR_CODES } from "@gongkai/api";
import { describeEachEngine } from "@gongkai/db/testing";
import { createApp } from "@gongkai/server";
import fc from "fast-check";
import type { Hono } from "hono";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { z } from "zod";
import { holdsUnstorableText, hostileCases, locations, replaceAt, serialize } from "./support/mutations";
import { buildFixture, createTestApi, EXAMPLES, type Fixture } from "./support/world";

/*
 * Every tRPC procedure, read from the router itself, gets inputs generated from its zod schema and a valid example
 * (wrong types, missing and unknown fields, nulls, huge strings and arrays, numbers past every limit and past what
 * the database holds, NUL and lone surrogates, deep nesting, prototype-polluting keys, bodies that are not JSON),
 * sent over HTTP as the editor would send them, signed in as an administrator so that access checks let the input
 * reach the handler. The answer is never a 5xx: it is a 2xx, or a 4xx with a stable code and a message in Chinese
 * and English; an input the schema refuses is a VALIDATION error; the server still answers /healthz afterwards.
 */

const ORIGIN = "http://localhost";
const CODES = new Set(Object.keys(ERROR_CODES));

interface ProcedureDef {
  _def: { type: "query" | "mutation"; inputs: z.ZodType[] };
}
const procedures = (appRouter as unknown as { _def: { procedures: Record<string, ProcedureDef> } })._def
  .procedures;

interface AppBody {
  code?: string;
  message?: { zh?: string; en?: string };
}
/** tRPC's envelope; the guards in front of tRPC (size, content type, origin) answer with the body itself. */
interface Envelope extends AppBody {
  error?: { data?: { app?: AppBody } };
}

/** What is wrong with an answer to a hostile input, or null when it is a proper one. */
async function judge(res: Response, schema: z.ZodType, text: string): Promise<string | null> {
  if (res.status >= 500) return `answered ${res.status}: ${(await res.text()).slice(0, 300)}`;
  let body: Envelope;
  try {
    body = (await res.json()) as Envelope;
  } catch {
    return `answered ${res.status} with a body that is not JSON`;
  }
  const app = body.error?.data?.app ?? (body.code ? body : undefined);
  if (res.status >= 400) {
    if (!app?.code || !CODES.has(app.code)) return `answered ${res.status} without a stable code`;
    if (!app.message?.zh || !app.message?.en) return `answered ${app.code} without both languages`;
  }
  let parsed: unknown;
  try {
    // tRPC reads an empty body (or an empty `input`) as no input at all.
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    return res.status === 400 && app?.code === "VALIDATION" ? null : `took invalid JSON (${res.status})`;
  }
  const checked = schema.safeParse(parsed);
  // What the handler would get (unknown fields dropped) must hold only text the database can store.
  const refused = !checked.success || holdsUnstorableText(checked.data);
  if (refused && !(res.status === 400 && app?.code === "VALIDATION"))
    return `took an input its schema refuses: ${res.status} ${app?.code ?? "ok"}`;
  return null;
}

describeEachEngine("hostile input to every procedure", (engine) => {
  let fixture: Fixture;
  let app: Hono;
  let closeApi: () => Promise<void>;

  beforeAll(async () => {
    const api = await createTestApi(engine);
    closeApi = api.close;
    fixture = await buildFixture(api);
    app = createApp({ services: api.services });
  });
  afterAll(() => closeApi());

  const send = (path: string, type: "query" | "mutation", text: string) => {
    const headers = { cookie: `gongkai_session=${fixture.tokens.admin}`, origin: ORIGIN };
    return type === "query"
      ? app.request(`/trpc/${path}?input=${encodeURIComponent(text)}`, { headers })
      : app.request(`/trpc/${path}`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: text,
        });
  };

  it("has a valid example for every procedure of the router, and the example is valid", async () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(procedures).sort());
    for (const [path, p] of Object.entries(procedures)) {
      const example = EXAMPLES[path]?.(fixture, await fixture.version());
      const schema = p._def.inputs[0];
      if (schema) expect(schema.safeParse(example).success, path).toBe(true);
    }
  });

  for (const path of Object.keys(procedures)) {
    it(`${path}: refuses generated malformed input with a 4xx and a stable code, never a 5xx`, async () => {
      const { type, inputs } = procedures[path]!._def;
      const schema = inputs[0];
      const example = EXAMPLES[path];
      if (!schema || !example) throw new Error(`${path} has no input schema or no example`);
      // A fresh world for each procedure: one procedure's successes (a sign-out, a deletion, failed sign-ins
      // counting towards the limit) must not shape the next one's answers.
      fixture = await buildFixture(fixture.api);
      const failures: string[] = [];
      for (const c of hostileCases(schema, example(fixture, await fixture.version()))) {
        const problem = await judge(await send(path, type, c.text), schema, c.text);
        if (problem) failures.push(`${c.name}: ${problem}`);
      }
      // Random JSON values (any code point in strings) at random places of the example.
      const valid = example(fixture, await fixture.version());
      const places = locations(valid);
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: places.length - 1 }),
          fc.jsonValue({ maxDepth: 3, stringUnit: "binary" }),
          async (at, value) => {
            const text = serialize(replaceAt(valid, places[at] ?? [], value));
            const problem = await judge(await send(path, type, text), schema, text);
            if (problem) failures.push(`random ${text.slice(0, 120)}: ${problem}`);
          },
        ),
        { numRuns: 20, seed: 7 },
      );
      expect(failures).toEqual([]);
    });
  }

  it("still answers /healthz, and no input polluted a prototype", async () => {
    expect((await app.request("/healthz")).status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});
