import { fileURLToPath } from "node:url";
import { ERROR_CODES } from "@gongkai/api";
import { describeEachEngine } from "@gongkai/db/testing";
import { readerRoutes } from "@gongkai/reader";
import { createApp } from "@gongkai/server";
import type { Hono } from "hono";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildOnce } from "../e2e/support/system";
import { buildFixture, createTestApi, type Fixture } from "./support/world";

/*
 * Every plain HTTP route — the open data (read from the server's own OpenAPI document, so that a new route is
 * covered when it is documented), the reader's pages and downloads, the feed, the sitemap, health, robots, the
 * editor's files — gets generated hostile parameters: each path and query parameter replaced by wrong types,
 * values past its documented limits, strings a database or a page chokes on, broken percent-encoding, repeats,
 * unknown parameters, path traversal and the wrong methods. Never a 5xx; an API error has a stable code in both
 * languages; a reader error is an HTML page; nothing outside the served folders is ever read.
 */

const EDITOR_DIST = fileURLToPath(new URL("../../apps/editor/dist", import.meta.url));
const CODES = new Set(Object.keys(ERROR_CODES));

/** Parameter values, already percent-encoded as they would stand in a URL. */
const HOSTILE_PARAMS: ReadonlyArray<readonly [string, string]> = [
  ["empty", ""],
  ["NUL", "%00"],
  ["NUL inside", "a%00b"],
  ["lone surrogate (CESU-8)", "%ED%A0%80"],
  ["overlong slash", "%C0%AF"],
  ["invalid UTF-8", "%FF%FE"],
  ["truncated UTF-8", "%E5%AD"],
  ["bad percent escape", "%ZZ"],
  ["lone percent", "%"],
  ["markup", encodeURIComponent('<script>alert(1)</script>"><svg onload=alert(1)>')],
  ["javascript URL", encodeURIComponent("javascript:alert(1)")],
  ["SQL", encodeURIComponent("' OR 1=1 --")],
  ["path traversal", encodeURIComponent("../../../../etc/passwd")],
  ["control characters", "%01%1B%7F"],
  ["right-to-left override", "%E2%80%AE"],
  ["negative", "-1"],
  ["zero", "0"],
  ["fraction", "1.5"],
  ["exponent", "1e3"],
  ["Infinity", "1e999"],
  ["NaN", "NaN"],
  ["hex", "0x10"],
  ["int4 overflow", "2147483648"],
  ["huge integer", "9".repeat(400)],
  ["long string (10k)", "x".repeat(10_000)],
  ["many commas", ",".repeat(5_000)],
  ["many ids", Array.from({ length: 500 }, (_, i) => `t${i}`).join(",")],
  ["array syntax", "a&x[]=1&x[]=2"],
];

interface Route {
  /** Path with `{name}` placeholders. */
  template: string;
  /** A valid value for each path parameter. */
  pathParams: Record<string, string>;
  /** Query parameters to attack (a valid value each, or "" when optional and left out). */
  query: Record<string, string>;
  api: boolean;
}

describeEachEngine("hostile parameters to every HTTP route", (engine) => {
  let fixture: Fixture;
  let app: Hono;
  let closeApi: () => Promise<void>;
  const routes: Route[] = [];

  beforeAll(async () => {
    await buildOnce();
    const api = await createTestApi(engine);
    closeApi = api.close;
    fixture = await buildFixture(api);
    app = createApp({
      services: api.services,
      editorDir: EDITOR_DIST,
      reader: readerRoutes({ reads: api.services.reads, cache: true }),
    });
    const valid = (name: string): string =>
      ({
        id: fixture.publishedA,
        code: "fiscal_revenue",
        township: fixture.world.townshipA,
        county: fixture.world.countyA,
        year: "2024",
        from: "2020",
        to: "2025",
        kind: "government_work_report",
        q: "工作",
        page: "1",
        pageSize: "10",
        version: "1",
        indicator: "fiscal_revenue",
      })[name] ?? "1";
    const openApi = (await (await app.request("/api/v1/openapi.json")).json()) as {
      paths: Record<string, { get?: { parameters?: Array<{ name: string; in: string }> } }>;
    };
    for (const [template, item] of Object.entries(openApi.paths)) {
      const params = item.get?.parameters ?? [];
      routes.push({
        template: `/api/v1${template}`,
        pathParams: Object.fromEntries(
          params.filter((p) => p.in === "path").map((p) => [p.name, valid(p.name)]),
        ),
        query: Object.fromEntries(params.filter((p) => p.in === "query").map((p) => [p.name, valid(p.name)])),
        api: true,
      });
    }
    const reader: Array<[string, string[]]> = [
      ["/", []],
      ["/townships/{township}", []],
      ["/reports/{id}", ["version"]],
      ["/reports/{id}/figures.csv", []],
      ["/indicators", []],
      ["/indicators/{code}", []],
      ["/indicators/{code}/metadata.json", []],
      ["/explore", ["indicator", "township", "from", "to"]],
      ["/promises", ["township", "indicator", "year"]],
      ["/search", ["q", "county", "township", "year", "kind", "page"]],
      ["/feed.xml", []],
      ["/sitemap.xml", []],
      ["/robots.txt", []],
      ["/healthz", []],
      ["/editor/", []],
    ];
    for (const [template, query] of reader) {
      for (const prefix of template.startsWith("/reports") || template === "/search" ? ["", "/en"] : [""]) {
        routes.push({
          template: prefix + template,
          pathParams: Object.fromEntries(
            [...template.matchAll(/\{(\w+)\}/g)].map((m) => [m[1] ?? "", valid(m[1] ?? "")]),
          ),
          query: Object.fromEntries(query.map((q) => [q, valid(q)])),
          api: false,
        });
      }
    }
  });
  afterAll(() => closeApi());

  const urlOf = (route: Route, path: Record<string, string>, query: string) =>
    route.template.replace(/\{(\w+)\}/g, (_m, name: string) => path[name] ?? "") + (query ? `?${query}` : "");

  const queryString = (q: Record<string, string>) =>
    Object.entries(q)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join("&");

  /** What is wrong with an answer, or null. */
  async function judge(route: Route, res: Response): Promise<string | null> {
    if (res.status >= 500) return `answered ${res.status}: ${(await res.text()).slice(0, 200)}`;
    const type = res.headers.get("content-type") ?? "";
    const body = await res.text();
    if (/"name":\s*"gongkai"|root:x:0:0/.test(body)) return "served a file outside the served folders";
    if (res.status < 400) return null;
    if (route.api || type.startsWith("application/json")) {
      try {
        const parsed = JSON.parse(body) as { code?: string; message?: { zh?: string; en?: string } };
        if (!parsed.code || !CODES.has(parsed.code)) return `answered ${res.status} without a stable code`;
        if (!parsed.message?.zh || !parsed.message.en) return `answered ${res.status} without both languages`;
      } catch {
        return `answered ${res.status} with a body that is not JSON`;
      }
    } else if (!/^text\/(html|plain)/.test(type)) return `answered ${res.status} as ${type}`;
    return null;
  }

  it("covers every documented open-data route and the reader's pages", () => {
    expect(routes.filter((r) => r.api).length).toBeGreaterThanOrEqual(11);
    expect(routes.length).toBeGreaterThan(25);
  });

  it("answers every route's generated hostile parameters without a 5xx, each error with a stable code", async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const cases: Array<[string, string]> = [];
      for (const [name, value] of HOSTILE_PARAMS) {
        for (const p of Object.keys(route.pathParams))
          cases.push([
            `${p} ← ${name}`,
            urlOf(route, { ...route.pathParams, [p]: value }, queryString(route.query)),
          ]);
        for (const q of Object.keys(route.query)) {
          const others = queryString(
            Object.fromEntries(Object.entries(route.query).filter(([k]) => k !== q)),
          );
          cases.push([`?${q} ← ${name}`, urlOf(route, route.pathParams, `${others}&${q}=${value}`)]);
        }
        cases.push([`unknown parameter ← ${name}`, urlOf(route, route.pathParams, `zzz=${value}`)]);
      }
      for (const q of Object.keys(route.query)) {
        cases.push([`?${q} twice`, urlOf(route, route.pathParams, `${q}=1&${q}=abc&${q}=`)]);
        cases.push([`?${q} alone`, urlOf(route, route.pathParams, q)]);
      }
      cases.push(["no parameters", urlOf(route, route.pathParams, "")]);
      for (const [name, url] of cases) {
        const res = await app.request(url);
        const problem = await judge(route, res);
        if (problem) failures.push(`GET ${route.template} ${name}: ${problem}`);
      }
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const res = await app.request(urlOf(route, route.pathParams, ""), {
          method,
          headers: { "content-type": "application/json", origin: "http://localhost" },
          body: "{}",
        });
        if (res.status >= 500 || res.status < 400)
          failures.push(`${method} ${route.template}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("serves nothing outside the editor's and the reader's folders, whatever the path", async () => {
    const traversals = [
      "/editor/../../package.json",
      "/editor/..%2f..%2f..%2fpackage.json",
      "/editor/%2e%2e/%2e%2e/%2e%2e/package.json",
      "/editor/assets/..%2f..%2f..%2f..%2fpackage.json",
      "/editor/..%5c..%5c..%5cpackage.json",
      "/editor/%252e%252e/%252e%252e/package.json",
      "/editor/index.html%00.js",
      "/editor/%c0%ae%c0%ae/%c0%ae%c0%ae/package.json",
      "/editor//etc/passwd",
      "/editor/%2fetc%2fpasswd",
      "/assets/..%2f..%2fpackage.json",
      "/assets/%2e%2e%2f%2e%2e%2fpackage.json",
      "/reports/..%2f..%2f..%2fpackage.json",
    ];
    for (const path of traversals) {
      const res = await app.request(path);
      const body = await res.text();
      expect(res.status, path).toBeLessThan(500);
      expect(body, path).not.toMatch(/"name":\s*"gongkai"|root:x:0:0|"packageManager"/);
    }
  });

  it("still answers /healthz afterwards", async () => {
    expect((await app.request("/healthz")).status).toBe(200);
  });
});
