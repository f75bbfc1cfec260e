import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { callerFor, createTestApi, seedWorld, type TestApi, type World } from "@gongkai/api/testing";
import { describeEachEngine } from "@gongkai/db/testing";
import type { Hono } from "hono";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp } from "./app";

const ORIGIN = "http://localhost";

describeEachEngine("the HTTP server", (engine) => {
  let api: TestApi;
  let world: World;
  let app: Hono;
  let published: string;
  let draft: string;

  beforeAll(async () => {
    api = await createTestApi(engine);
    world = await seedWorld(api.services);
    const editor = callerFor(api.services, world.actors.editorA);
    const reviewer = callerFor(api.services, world.actors.reviewerA);
    const created = await editor.reports.create({
      townshipId: world.townshipA,
      kind: "government_work_report",
      year: 2024,
    });
    let v = (
      await editor.sections.edit({
        reportId: created.reportId,
        baseVersion: 1,
        sectionId: created.report.sections[0]!.id,
        patch: { text: "全镇完成财政收入3100万元，樱桃产业兴旺。" },
      })
    ).version;
    v = (
      await editor.indicators.add({
        reportId: created.reportId,
        baseVersion: v,
        observation: {
          indicatorCode: "fiscal_revenue",
          subject: "财政收入",
          decimal: "3100",
          unit: "万元",
          qualifier: "exact",
          period: { type: "year", year: 2023 },
          kind: "actual",
          comparisons: { yoyPct: 5, multiple: null, shareOfTargetPct: null },
          provenance: null,
          preliminary: false,
          revisions: [],
          confirmed: true,
        },
      })
    ).version;
    await editor.workflow.transition({
      reportId: created.reportId,
      baseVersion: v,
      event: { type: "submit" },
    });
    await reviewer.workflow.transition({
      reportId: created.reportId,
      baseVersion: v,
      event: { type: "approve" },
    });
    await reviewer.workflow.transition({
      reportId: created.reportId,
      baseVersion: v,
      event: { type: "publish" },
    });
    published = created.reportId;
    draft = (
      await editor.reports.create({
        townshipId: world.townshipA,
        kind: "work_summary",
        year: 2025,
        title: "未发布草稿",
      })
    ).reportId;
    app = createApp({
      services: api.services,
      publicUrl: "https://gongkai.example.org",
      maxBodyBytes: 64 * 1024,
    });
  });
  afterAll(() => api.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });

  it("answers /healthz when the database does", async () => {
    const res = await app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", engine });
  });

  it("lists published reports as open data, with their public page's address", async () => {
    const res = await app.request("/api/v1/reports");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: Array<Record<string, unknown>>; total: number };
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      id: published,
      title: "甲镇2024年政府工作报告",
      township: "甲镇",
      year: 2024,
      kind: "government_work_report",
      url: `https://gongkai.example.org/reports/${published}`,
    });
    expect(typeof body.items[0]?.publishedAt).toBe("string");
  });

  it("gives the list as CSV with a UTF-8 BOM", async () => {
    const res = await app.request("/api/v1/reports.csv");
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split("\r\n")[0]).toBe(
      "id,title,township,township_id,county,county_id,year,kind,published_at,version,corrected,demo,url",
    );
    expect(text).toContain("甲镇2024年政府工作报告");
  });

  it("gives a whole published report, and 404 for a draft", async () => {
    const res = await app.request(`/api/v1/reports/${published}`);
    const body = (await res.json()) as {
      report: { sections: Array<{ text: string }>; observations: unknown[] };
    };
    expect(body.report.sections[0]?.text).toContain("樱桃");
    expect(body.report.observations).toHaveLength(1);
    const hidden = await app.request(`/api/v1/reports/${draft}`);
    expect(hidden.status).toBe(404);
    expect(JSON.stringify(await hidden.json())).not.toContain("未发布草稿");
  });

  it("sends cache headers and an ETag, and 304 when it matches", async () => {
    const first = await app.request(`/api/v1/reports/${published}`);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toContain("max-age=60");
    const again = await app.request(`/api/v1/reports/${published}`, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
  });

  it("gives an indicator's series as JSON and as CSV", async () => {
    const res = await app.request(`/api/v1/indicators/fiscal_revenue/series?township=${world.townshipA}`);
    const body = (await res.json()) as { points: Array<{ year: number; value: number }> };
    expect(body.points.map((p) => [p.year, p.value])).toEqual([[2023, 3100]]);
    const bytes = new Uint8Array(
      await (await app.request("/api/v1/indicators/fiscal_revenue/series.csv")).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(csv.startsWith("\uFEFFindicator_code,indicator,township_id")).toBe(true);
    expect(csv).toContain(
      "fiscal_revenue,财政收入,twp-a,甲镇,false,2023,2023,actual,3100,万元,3100,万元,5,exact,false,",
    );
    expect((await app.request("/api/v1/indicators/no_such/series")).status).toBe(404);
    expect((await app.request("/api/v1/indicators")).status).toBe(200);
  });

  it("names the parameter of a bad query", async () => {
    const res = await app.request("/api/v1/reports?year=abc");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; fields: Array<{ path: string }> };
    expect(body.code).toBe("VALIDATION");
    expect(body.fields[0]?.path).toBe("year");
  });

  it("documents the open data in OpenAPI", async () => {
    const doc = (await (await app.request("/api/v1/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/reports",
        "/reports.csv",
        "/reports/{id}",
        "/indicators",
        "/indicators/{code}/series",
        "/indicators/{code}/series.csv",
      ]),
    );
  });

  it("publishes an Atom feed and a sitemap of public pages", async () => {
    const feed = await (await app.request("/feed.xml")).text();
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed).toContain(`https://gongkai.example.org/reports/${published}`);
    expect(feed).not.toContain("未发布草稿");
    const sitemap = await (await app.request("/sitemap.xml")).text();
    expect(sitemap).toContain(`<loc>https://gongkai.example.org/reports/${published}</loc>`);
    expect(sitemap).not.toContain(draft);
  });

  it("serves tRPC: public reads by GET and a sign-in that sets the session cookie", async () => {
    const input = encodeURIComponent(JSON.stringify({ townshipId: world.townshipA }));
    const list = await app.request(`/trpc/public.reports?input=${input}`);
    expect(list.status).toBe(200);
    const login = await post("/trpc/auth.login", world.passwords.editorA);
    expect(login.status).toBe(200);
    const cookie = login.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^gongkai_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
    const me = await app.request("/trpc/auth.me", { headers: { cookie: cookie.split(";")[0]! } });
    expect(JSON.stringify(await me.json())).toContain("usr-editora");
  });

  it("refuses mutations that are not JSON or come from another origin", async () => {
    const form = await post("/trpc/auth.login", "email=a&password=b", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(415);
    const plain = await post("/trpc/auth.login", world.passwords.editorA, { "content-type": "text/plain" });
    expect(plain.status).toBe(415);
    const foreign = await post("/trpc/auth.login", world.passwords.editorA, {
      origin: "https://evil.example",
    });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { code: string }).code).toBe("ORIGIN_REJECTED");
    const site = await post("/trpc/auth.login", world.passwords.editorB, {
      origin: "https://gongkai.example.org",
    });
    expect(site.status).toBe(200);
  });

  it("answers tRPC errors with a stable code, both languages and the field", async () => {
    const res = await post("/trpc/auth.login", { email: "x" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { data: { app: { code: string; message: { zh: string }; fields: Array<{ path: string }> } } };
    };
    expect(body.error.data.app.code).toBe("VALIDATION");
    expect(body.error.data.app.fields.map((f) => f.path)).toContain("password");
  });

  it("answers an unknown procedure and a GET for a mutation with stable codes", async () => {
    const unknown = await app.request("/trpc/nothing.here");
    expect(unknown.status).toBe(404);
    expect(
      ((await unknown.json()) as { error: { data: { app: { code: string } } } }).error.data.app.code,
    ).toBe("NOT_FOUND");
    const get = await app.request("/trpc/auth.login");
    expect(get.status).toBe(405);
    expect(((await get.json()) as { error: { data: { app: { code: string } } } }).error.data.app.code).toBe(
      "VALIDATION",
    );
  });

  it("serves the editor's files at /editor/, with index.html for its own routes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gongkai-editor-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>编辑器</title>");
    writeFileSync(join(dir, "assets", "app.js"), "console.log(1)");
    const withEditor = createApp({ services: api.services, editorDir: dir });
    expect(await (await withEditor.request("/editor/")).text()).toContain("编辑器");
    expect(await (await withEditor.request("/editor/reports/abc")).text()).toContain("编辑器");
    expect(await (await withEditor.request("/editor/assets/app.js")).text()).toBe("console.log(1)");
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a body over the size limit with 413", async () => {
    const res = await post("/trpc/auth.login", { email: "a@b.c", password: "x".repeat(100_000) });
    expect(res.status).toBe(413);
  });

  it("sends security headers on every response", async () => {
    for (const path of ["/healthz", "/api/v1/reports", "/nowhere"]) {
      const res = await app.request(path);
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    }
  });

  it("mounts the reader's pages at / behind the API's own routes", async () => {
    const withReader = createApp({
      services: api.services,
      reader: { fetch: (req) => new Response(`reader:${new URL(req.url).pathname}`) },
    });
    expect(await (await withReader.request("/reports/x")).text()).toBe("reader:/reports/x");
    expect((await withReader.request("/healthz")).status).toBe(200);
    expect((await withReader.request("/api/v1/nothing")).status).toBe(404);
  });

  it("shows a withdrawn report's notice with 410", async () => {
    const reviewer = callerFor(api.services, world.actors.reviewerA);
    const current = await reviewer.reports.get({ reportId: published });
    await reviewer.workflow.transition({
      reportId: published,
      baseVersion: current.version,
      event: { type: "withdraw", reason: "数据待核实" },
    });
    const res = await app.request(`/api/v1/reports/${published}`);
    expect(res.status).toBe(410);
    expect(await res.json()).toMatchObject({ status: "withdrawn", notice: { reason: "数据待核实" } });
    expect(((await (await app.request("/api/v1/reports")).json()) as { total: number }).total).toBe(0);
  });
});
