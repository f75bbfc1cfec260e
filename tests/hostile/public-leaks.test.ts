import { callerFor, createTestApi, seedWorld, type TestApi, type World } from "@gongkai/api/testing";
import { describeEachEngine } from "@gongkai/db/testing";
import { readerRoutes } from "@gongkai/reader";
import { createApp } from "@gongkai/server";
import type { Hono } from "hono";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildOnce } from "../e2e/support/system";

/*
 * The public sees only what was published. A store holds a draft, a report in review, a scheduled publication not
 * yet due, a withdrawn report and a published report with a correction in progress (new title, text, figures and
 * a revision note in its working copy). Then every public GET is walked — each documented /api/v1 route (from the
 * OpenAPI document) with the id of every report, the feed, the sitemap, every reader page in Chinese and English
 * (and every page they link to), search, the CSV downloads, the public tRPC reads — and no unpublished title, text,
 * figure or id may appear in any answer; the published version, not the correction, is what is shown.
 */

const PUBLISHED = {
  title: "甲镇2024年政府工作报告",
  text: "全镇完成财政收入3100万元，樱桃产业公开可见。",
  figure: "3100",
};
/** Strings that exist only in unpublished working copies. */
const SECRET = {
  draftTitle: "草稿标题泄漏一号",
  draftText: "草稿正文泄漏一号的内容。",
  draftFigure: "1111111",
  reviewTitle: "审核标题泄漏二号",
  reviewText: "审核正文泄漏二号的内容。",
  reviewFigure: "2222222",
  scheduledTitle: "定时标题泄漏三号",
  scheduledText: "定时正文泄漏三号的内容。",
  scheduledFigure: "3333333",
  withdrawnText: "撤回正文泄漏四号的内容。",
  withdrawnFigure: "4444444",
  correctionTitle: "更正标题泄漏五号",
  correctionText: "更正正文泄漏五号的内容。",
  correctionFigure: "5555555",
  correctionNewFigure: "5555556",
  correctionNote: "更正备注泄漏五号",
};
/** A withdrawn report's title may stand on its own withdrawal notice, nowhere else. */
const WITHDRAWN_TITLE = "撤回标题公开四号";

type Caller = ReturnType<typeof callerFor>;

describeEachEngine("nothing unpublished leaks through any public route", (engine) => {
  let api: TestApi;
  let world: World;
  let app: Hono;
  const ids = { published: "", neighbour: "", draft: "", review: "", scheduled: "", withdrawn: "" };
  let maxVersion = 1;

  const version = async (who: Caller, reportId: string) => (await who.reports.get({ reportId })).version;
  const step = async (
    who: Caller,
    reportId: string,
    event: Parameters<Caller["workflow"]["transition"]>[0]["event"],
  ) => who.workflow.transition({ reportId, baseVersion: await version(who, reportId), event });
  const acknowledgeWarnings = async (who: Caller, reportId: string) => {
    for (const f of (await who.checks.run({ reportId })).findings.filter((f) => f.severity === "warning"))
      await who.checks.acknowledge({ reportId, key: f.key, note: "已核实" });
  };
  const figure = (decimal: string, code = "fiscal_revenue", year = 2023) => ({
    indicatorCode: code,
    subject: code === "fiscal_revenue" ? "财政收入" : "地区生产总值",
    decimal,
    unit: "万元",
    qualifier: "exact" as const,
    period: { type: "year" as const, year },
    kind: "actual" as const,
    comparisons: { yoyPct: null, multiple: null, shareOfTargetPct: null },
    provenance: null,
    preliminary: false,
    confirmed: true,
  });
  /** A report of a township with a title, a paragraph and a confirmed figure. */
  async function write(
    who: Caller,
    input: { townshipId: string; year: number; kind?: "government_work_report" | "work_summary" },
    content: { title: string; text: string; decimal: string },
  ) {
    const created = await who.reports.create({
      kind: "government_work_report",
      ...input,
      title: content.title,
    });
    let v = (
      await who.sections.edit({
        reportId: created.reportId,
        baseVersion: created.version,
        sectionId: created.report.sections[0]!.id,
        patch: { text: content.text },
      })
    ).version;
    v = (
      await who.indicators.add({
        reportId: created.reportId,
        baseVersion: v,
        observation: figure(content.decimal, "fiscal_revenue", input.year - 1),
      })
    ).version;
    await acknowledgeWarnings(who, created.reportId);
    return created.reportId;
  }
  async function approve(admin: Caller, reportId: string) {
    await step(admin, reportId, { type: "submit" });
    await step(admin, reportId, { type: "approve" });
  }

  beforeAll(async () => {
    await buildOnce();
    api = await createTestApi(engine);
    world = await seedWorld(api.services);
    const admin = callerFor(api.services, world.actors.admin);

    ids.neighbour = await write(
      admin,
      { townshipId: world.townshipA, year: 2023 },
      { title: "甲镇2023年政府工作报告", text: "上一年度的公开报告。", decimal: "2800" },
    );
    await approve(admin, ids.neighbour);
    await step(admin, ids.neighbour, { type: "publish" });

    ids.published = await write(
      admin,
      { townshipId: world.townshipA, year: 2024 },
      { title: PUBLISHED.title, text: PUBLISHED.text, decimal: PUBLISHED.figure },
    );
    await approve(admin, ids.published);
    await step(admin, ids.published, { type: "publish" });
    // The correction in progress: a new title, text, a changed figure with a revision note, a new figure.
    await step(admin, ids.published, { type: "start_correction" });
    const working = await admin.reports.get({ reportId: ids.published });
    let v = (
      await admin.reports.updateMeta({
        reportId: ids.published,
        baseVersion: working.version,
        patch: { title: SECRET.correctionTitle },
      })
    ).version;
    v = (
      await admin.sections.edit({
        reportId: ids.published,
        baseVersion: v,
        sectionId: working.report.sections[0]!.id,
        patch: { text: SECRET.correctionText },
      })
    ).version;
    v = (
      await admin.indicators.edit({
        reportId: ids.published,
        baseVersion: v,
        observationId: working.report.observations[0]!.id,
        patch: { decimal: SECRET.correctionFigure },
        revision: { note: SECRET.correctionNote },
      })
    ).version;
    await admin.indicators.add({
      reportId: ids.published,
      baseVersion: v,
      observation: figure(SECRET.correctionNewFigure, "gdp"),
    });

    ids.draft = await write(
      admin,
      { townshipId: world.townshipA, year: 2025 },
      { title: SECRET.draftTitle, text: SECRET.draftText, decimal: SECRET.draftFigure },
    );
    ids.review = await write(
      admin,
      { townshipId: world.townshipA2, year: 2025, kind: "work_summary" },
      { title: SECRET.reviewTitle, text: SECRET.reviewText, decimal: SECRET.reviewFigure },
    );
    await step(admin, ids.review, { type: "submit" });
    ids.scheduled = await write(
      admin,
      { townshipId: world.townshipB, year: 2025 },
      { title: SECRET.scheduledTitle, text: SECRET.scheduledText, decimal: SECRET.scheduledFigure },
    );
    await approve(admin, ids.scheduled);
    await step(admin, ids.scheduled, { type: "schedule", at: "2030-01-01T00:00:00+08:00" });
    ids.withdrawn = await write(
      admin,
      { townshipId: world.townshipB, year: 2022 },
      { title: WITHDRAWN_TITLE, text: SECRET.withdrawnText, decimal: SECRET.withdrawnFigure },
    );
    await approve(admin, ids.withdrawn);
    await step(admin, ids.withdrawn, { type: "publish" });
    await step(admin, ids.withdrawn, { type: "withdraw", reason: "数据有误，撤回核实" });

    for (const id of Object.values(ids)) maxVersion = Math.max(maxVersion, await version(admin, id));
    app = createApp({
      services: api.services,
      reader: readerRoutes({ reads: api.services.reads, cache: true }),
    });
  });
  afterAll(() => api?.close());

  /** Every URL to visit first; pages' links, the sitemap's and the feed's are followed from there. */
  async function seeds(): Promise<string[]> {
    const reportIds = Object.values(ids);
    const townships = [world.townshipA, world.townshipA2, world.townshipB];
    const codes = ["fiscal_revenue", "gdp"];
    const years = ["2022", "2023", "2024", "2025"];
    const versions = Array.from({ length: maxVersion }, (_, i) => String(i + 1));
    const queries = ["泄漏", "草稿标题", "更正正文", "审核", "定时", "撤回正文", "樱桃", "财政收入", "报告"];
    const values: Record<string, string[]> = {
      id: reportIds,
      code: codes,
      indicator: codes,
      township: [...townships, townships.join(",")],
      county: [world.countyA, world.countyB],
      year: years,
      from: ["2000"],
      to: ["2100"],
      kind: ["government_work_report", "work_summary"],
      q: queries,
      page: ["1"],
      pageSize: ["100"],
      version: versions,
    };
    const urls: string[] = [];
    const openApi = (await (await app.request("/api/v1/openapi.json")).json()) as {
      paths: Record<
        string,
        { get?: { parameters?: Array<{ name: string; in: string; required?: boolean }> } }
      >;
    };
    for (const [template, item] of Object.entries(openApi.paths)) {
      const params = item.get?.parameters ?? [];
      const pathParam = params.find((p) => p.in === "path");
      const paths = pathParam
        ? (values[pathParam.name] ?? []).map((v) =>
            template.replace(`{${pathParam.name}}`, encodeURIComponent(v)),
          )
        : [template];
      const required = params.filter((p) => p.in === "query" && p.required);
      const base = required.map((p) => `${p.name}=${encodeURIComponent(values[p.name]?.[0] ?? "")}`);
      for (const path of paths) {
        const query = (extra: string[]) => [...base, ...extra].join("&");
        urls.push(`/api/v1${path}?${query([])}`);
        for (const p of params.filter((p) => p.in === "query"))
          for (const v of values[p.name] ?? [])
            urls.push(
              `/api/v1${path}?${[...required.filter((r) => r.name !== p.name).map((r) => `${r.name}=${encodeURIComponent(values[r.name]?.[0] ?? "")}`), `${p.name}=${encodeURIComponent(v)}`].join("&")}`,
            );
      }
    }
    expect(urls.filter((u) => u.startsWith("/api/v1/reports/")).length).toBeGreaterThan(reportIds.length);
    for (const lang of ["", "/en"]) {
      urls.push(`${lang}/`, `${lang}/indicators`, `${lang}/explore`, `${lang}/promises`);
      for (const id of reportIds) {
        urls.push(`${lang}/reports/${id}`, `${lang}/reports/${id}/figures.csv`);
        for (const n of versions) urls.push(`${lang}/reports/${id}?version=${n}`);
      }
      for (const t of townships) urls.push(`${lang}/townships/${t}`, `${lang}/promises?township=${t}`);
      for (const code of codes) {
        urls.push(`${lang}/indicators/${code}`, `${lang}/indicators/${code}/metadata.json`);
        urls.push(`${lang}/explore?indicator=${code}&township=${townships.join(",")}&from=2000&to=2100`);
      }
      for (const year of years) urls.push(`${lang}/promises?year=${year}`);
      for (const q of queries) urls.push(`${lang}/search?q=${encodeURIComponent(q)}`);
    }
    urls.push("/feed.xml", "/sitemap.xml", "/robots.txt");
    const trpc = (path: string, input: unknown) =>
      `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
    urls.push(
      trpc("public.directory", {}),
      trpc("public.indicators", {}),
      trpc("public.latest", { limit: 100 }),
    );
    urls.push(trpc("public.reports", { pageSize: 100 }));
    for (const id of reportIds) {
      urls.push(trpc("public.report", { reportId: id }));
      for (const n of versions) urls.push(trpc("public.report", { reportId: id, version: Number(n) }));
    }
    for (const t of townships) {
      urls.push(trpc("public.township", { townshipId: t }), trpc("public.promises", { townshipId: t }));
      urls.push(trpc("public.reports", { townshipId: t, pageSize: 100 }));
    }
    for (const code of codes) {
      urls.push(trpc("public.indicator", { code }));
      urls.push(trpc("public.series", { code, townshipIds: townships }));
      for (const year of years) urls.push(trpc("public.comparison", { code, year: Number(year) }));
    }
    for (const q of queries) urls.push(trpc("public.search", { q, pageSize: 100 }));
    return urls;
  }

  /** Same-site addresses a body names: page links, the feed's and sitemap's URLs, open data's `url` fields. */
  function linksIn(body: string): string[] {
    const found: string[] = [];
    for (const m of body.matchAll(/(?:href="|<loc>|"url":"|http:\/\/localhost)(\/[^"<\s]*)/g)) {
      const link = (m[1] ?? "").replace(/&amp;/g, "&").split("#")[0] ?? "";
      if (/^\/(assets|editor|trpc)\b/.test(link) || link.startsWith("//")) continue;
      found.push(link);
    }
    return found;
  }

  const visited = new Map<string, { status: number; body: string }>();

  async function walk() {
    const queue = await seeds();
    while (queue.length && visited.size < 3000) {
      const url = queue.shift() ?? "";
      if (visited.has(url)) continue;
      const res = await app.request(url);
      const body = await res.text();
      visited.set(url, { status: res.status, body });
      for (const link of linksIn(body)) if (!visited.has(link)) queue.push(link);
    }
  }

  it("walks every public route and finds no unpublished title, text, figure or id in any answer", async () => {
    await walk();
    expect(visited.size).toBeGreaterThan(300);
    // The walk reached the published report everywhere it is shown.
    expect([...visited.keys()]).toEqual(expect.arrayContaining([`/reports/${ids.published}`, "/feed.xml"]));
    const leaks: string[] = [];
    for (const [url, { status, body }] of visited) {
      expect(status, url).toBeLessThan(500);
      // Highlighted search snippets split words with tags: look at the text without them too.
      const texts = [
        body,
        body.replace(/<[^>]+>/g, ""),
        body.replace(/","hit":(true|false)\},\{"text":"/g, ""),
      ];
      const forbidden: Array<[string, string]> = Object.entries(SECRET);
      const hidden: Array<[string, string]> = [
        ["draft id", ids.draft],
        ["review id", ids.review],
        ["scheduled id", ids.scheduled],
      ];
      for (const [name, id] of hidden) {
        if (!url.includes(id)) {
          forbidden.push([name, id]);
          continue;
        }
        // Asked for by its id, an unpublished report answers exactly as an id that never existed: no existence leak.
        const unknown = "rpt-neverexisted";
        const other = await app.request(url.replaceAll(id, unknown));
        const otherBody = (await other.text()).replaceAll(unknown, id);
        if (other.status !== status || otherBody !== body) leaks.push(`${url} answers unlike an unknown id`);
      }
      // A withdrawn report's id and title appear only on its own withdrawal notice.
      if (!url.includes(ids.withdrawn))
        forbidden.push(["withdrawn id", ids.withdrawn], ["withdrawn title", WITHDRAWN_TITLE]);
      for (const [name, secret] of forbidden)
        if (texts.some((t) => t.includes(secret))) leaks.push(`${url} shows ${name} (${secret})`);
    }
    expect(leaks).toEqual([]);
  });

  it("shows the published version of a report under correction, not the correction in progress", async () => {
    const json = (await (await app.request(`/api/v1/reports/${ids.published}`)).json()) as {
      title: string;
      year: number;
      report: { title: string; sections: Array<{ text: string }>; observations: Array<{ decimal: string }> };
    };
    expect(json.title).toBe(PUBLISHED.title);
    expect(json.report.title).toBe(PUBLISHED.title);
    expect(json.report.sections[0]?.text).toBe(PUBLISHED.text);
    expect(json.report.observations.map((o) => o.decimal)).toEqual([PUBLISHED.figure]);
    const list = (await (await app.request("/api/v1/reports?year=2024")).json()) as {
      items: Array<{ id: string; title: string }>;
    };
    expect(list.items).toEqual([expect.objectContaining({ id: ids.published, title: PUBLISHED.title })]);
    for (const path of [`/reports/${ids.published}`, `/en/reports/${ids.published}`]) {
      const page = await (await app.request(path)).text();
      expect(page).toContain(PUBLISHED.title);
      expect(page).toContain("樱桃产业公开可见");
      expect(page).toContain("3100万元");
    }
    const feed = await (await app.request("/feed.xml")).text();
    expect(feed).toContain(PUBLISHED.title);
    const series = (await (
      await app.request(`/api/v1/indicators/fiscal_revenue/series?township=${world.townshipA}`)
    ).json()) as { points: Array<{ decimal: string; reportId: string }> };
    expect(series.points.filter((p) => p.reportId === ids.published).map((p) => p.decimal)).toEqual([
      PUBLISHED.figure,
    ]);
    // Its editors meanwhile see the working copy's title on their dashboard.
    const mine = await callerFor(api.services, world.actors.editorA).reports.mine();
    expect(mine.find((r) => r.id === ids.published)?.title).toBe(SECRET.correctionTitle);
    const notice = await app.request(`/api/v1/reports/${ids.withdrawn}`);
    expect(notice.status).toBe(410);
  });
});
