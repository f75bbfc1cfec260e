import { gunzipSync } from "node:zlib";
import { applyWorkflowEvent } from "@gongkai/api";
import { createTestApi, type TestApi } from "@gongkai/api/testing";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testAssets } from "../testing/assets";
import { seedReader } from "../testing/seed";
import { readerRoutes } from "./routes";

let api: TestApi;
let app: Hono;
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const html = async (path: string) => {
  const res = await get(path);
  return { status: res.status, body: await res.text(), res };
};

beforeAll(async () => {
  api = await createTestApi("pglite");
  await seedReader(api.services);
  app = readerRoutes({
    reads: api.services.reads,
    assets: testAssets(),
    publicUrl: "https://gongkai.example.org",
  });
});
afterAll(() => api?.close());

describe("the reader's pages", () => {
  it("home lists the latest publications with corrections marked, and the townships by county", async () => {
    const { status, body } = await html("/");
    expect(status).toBe(200);
    expect(body).toContain('<html lang="zh-CN">');
    expect(body).toMatch(/望京镇2023年政府工作报告<\/a><span class="badge badge-correction">更正<\/span>/);
    expect(body).toContain("更正会议名称中的届次。");
    expect(body).toMatch(/<h3 id="county-cnty-qc">青川县/);
    expect(body).toMatch(/示例镇<\/a> <span class="demo-badge">示例数据<\/span>/);
    expect(body).toContain('<link rel="canonical" href="https://gongkai.example.org/"/>');
    expect(body).toContain('"@type":"WebSite"');
  });

  it("a report shows its title block, numbered sections with anchors, marked figures and key indicators", async () => {
    const { status, body } = await html("/reports/rpt-wangjing-2023");
    expect(status).toBe(200);
    expect(body).toContain("<h1>望京镇2023年政府工作报告</h1>");
    expect(body).toContain('<h2 id="s-rpt-wangjing-2023-s1">一、2022年工作回顾');
    expect(body).toMatch(
      /<a class="fig fig-actual" id="f-rpt-wangjing-2023-o1" href="\/indicators\/fiscal_revenue"[^>]*>3100万元<\/a>/,
    );
    // 3100万元 in 2022 against the 3000万元 target the 2022 report set: met.
    expect(body).toContain('<span class="status status-met">已完成</span>');
    expect(body).toContain("第 3 版更正：");
    expect(body).toContain('rel="prev" href="/reports/rpt-wangjing-2022"');
    expect(body).toContain('rel="next" href="/reports/rpt-wangjing-2024"');
    expect(body).toContain('href="/api/v1/reports/rpt-wangjing-2023"');
    expect(body).toContain('"@type":"Report"');
    expect(body).toMatch(/<script type="module" src="\/assets\/reader-test.js">/);
  });

  it("an earlier publication of a report says that it has been corrected since", async () => {
    const { body } = await html("/reports/rpt-wangjing-2023?version=2");
    expect(body).toContain("您正在查看本报告的第 2 版，此后已有更正。");
    expect(body).toContain(
      '<link rel="canonical" href="https://gongkai.example.org/reports/rpt-wangjing-2023?version=2"/>',
    );
  });

  it("an unknown report gets a 404 that says so and offers search", async () => {
    const { status, body } = await html("/reports/no-such-report");
    expect(status).toBe(404);
    expect(body).toContain("没有编号为“no-such-report”的已发布报告");
    expect(body).toContain('name="q"');
    expect(body).toContain('<meta name="robots" content="noindex"/>');
    const elsewhere = await html("/no/such/page");
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body).toContain("找不到该页面");
  });

  it("speaks English under /en with the alternates of both languages", async () => {
    const { status, body } = await html("/en/reports/rpt-wangjing-2022");
    expect(status).toBe(200);
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('<h1 lang="zh-CN">望京镇2022年政府工作报告</h1>');
    expect(body).toContain("Key indicators");
    expect(body).toContain('hrefLang="zh-CN" href="https://gongkai.example.org/reports/rpt-wangjing-2022"');
    expect(body).toContain('hrefLang="en" href="https://gongkai.example.org/en/reports/rpt-wangjing-2022"');
    expect(body).toContain('href="/en/indicators/fiscal_revenue"');
    expect(body).toContain(
      'href="/reports/rpt-wangjing-2022" hrefLang="zh-CN" class="lang-switch"><span lang="zh-CN">中文',
    );
    expect((await html("/en")).body).toContain("Township government work reports, in the open");
  });

  it("a township shows its reports by year, headline trends with their figures, and its targets", async () => {
    const { status, body } = await html("/townships/twp-wangjing");
    expect(status).toBe(200);
    expect(body).toContain("四川省 广元市 青川县");
    expect(body).toMatch(/<dt>2024年<\/dt><dd><a href="\/reports\/rpt-wangjing-2024">/);
    expect(body).toContain('aria-label="财政收入2021—2023年的变化趋势"');
    expect(body).toMatch(/<td class="num">2630<\/td><td class="num">3100<\/td><td class="num">3250<\/td>/);
    expect(body).toContain('<span class="status status-not_met">未完成</span>');
    expect((await html("/townships/twp-demo")).body).toContain("本页包含演示用的生成数据");
  });

  it("an indicator page gives the definition and links each figure to the sentence it was read from", async () => {
    const { status, body } = await html("/indicators/fiscal_revenue");
    expect(status).toBe(200);
    expect(body).toContain("<dd>财政收入、地方财政收入、财税收入、财政总收入</dd>");
    expect(body).toContain('<a href="/reports/rpt-wangjing-2023#f-rpt-wangjing-2023-o1">“3100万元”</a>');
    expect(body).toMatch(/示例镇<\/a><span class="demo-badge">示例数据<\/span>/);
    expect(body).toContain('"@type":"Dataset"');
    expect((await html("/indicators/no_such_code")).status).toBe(404);
  });

  it("the explorer's table holds exactly the figures of the read service's series", async () => {
    const { body } = await html(
      "/explore?indicator=fiscal_revenue&township=twp-wangjing&township=twp-qiaozhuang&from=2021&to=2023",
    );
    const series = await api.services.reads.series({
      code: "fiscal_revenue",
      townshipIds: ["twp-wangjing", "twp-qiaozhuang"],
      fromYear: 2021,
      toYear: 2023,
    });
    expect(series?.points.length).toBeGreaterThan(4);
    for (const p of series?.points ?? []) {
      const row =
        new RegExp(`data-township="${p.townshipId}" data-year="${p.year}">.*?</tr>`).exec(body)?.[0] ?? "";
      expect(row, `${p.townshipId} ${p.year}`).toMatch(
        new RegExp(`data-kind="${p.kind}"><a [^>]*>${p.value}</a>`),
      );
    }
    expect(body).toContain('<option value="fiscal_revenue" selected="">财政收入（万元）</option>');
    expect(body).toContain('checked="" value="twp-wangjing"');
    expect(body).not.toContain('checked="" value="twp-demo"');
    expect(body).toContain(
      'href="/api/v1/indicators/fiscal_revenue/series.csv?indicator=fiscal_revenue&amp;township=twp-wangjing%2Ctwp-qiaozhuang&amp;from=2021&amp;to=2023"',
    );
    expect(body).toMatch(/<svg class="chart line-chart"[^>]*role="img"/);
  });

  it("the explorer chooses a sensible selection when the address holds none, and survives a bad one", async () => {
    const { status, body } = await html("/explore");
    expect(status).toBe(200);
    expect(body).toContain('selected="">财政收入（万元）</option>');
    expect(body).toMatch(/data-kind="actual"/);
    const bad = await html("/explore?indicator=DROP%20TABLE&township=nowhere&from=abc&to=9999");
    expect(bad.status).toBe(200);
    expect(bad.body).not.toContain('value="9999"');
    expect(bad.body).toContain('selected="">财政收入（万元）</option>');
  });

  it("search finds a report by a Chinese phrase from its body and highlights it", async () => {
    const { body } = await html(`/search?q=${encodeURIComponent("茶叶产业为主导")}`);
    expect(body).toContain("共找到 3 篇报告");
    expect(body).toMatch(/<mark>[^<]*茶叶[^<]*<\/mark>/);
    expect(body).toContain('href="/reports/rpt-wangjing-2024"');
    const filtered = await html(
      `/search?q=${encodeURIComponent("财政收入")}&township=twp-qiaozhuang&year=2024`,
    );
    expect(filtered.body).toContain("共找到 1 篇报告");
    expect(filtered.body).toContain('href="/reports/rpt-qiaozhuang-2024"');
  });

  it("a search without hits says so and suggests a way on", async () => {
    const { body } = await html(`/search?q=${encodeURIComponent("财政收入翻两番")}&year=2024`);
    expect(body).toContain("没有找到与“财政收入翻两番”相关的报告。");
    expect(body).toContain(
      'href="/search?q=%E8%B4%A2%E6%94%BF%E6%94%B6%E5%85%A5%E7%BF%BB%E4%B8%A4%E7%95%AA"',
    );
    expect(body).toContain("使用更短或更常见的词语，例如“财政”");
    expect(body).toContain('href="/indicators/fiscal_revenue"');
  });

  it("promises: an overview by township and indicator, and each target against its result", async () => {
    const overview = await html("/promises");
    expect(overview.body).toContain('href="/promises?township=twp-wangjing"');
    const wangjing = await html("/promises?township=twp-wangjing");
    expect(wangjing.body).toContain("望京镇的目标完成情况");
    expect(wangjing.body).toMatch(
      /3300万元<\/a><\/td><td class="num"><a [^>]*>3250万元<\/a><\/td><td><span class="status status-not_met">未完成/,
    );
  });

  it("promises: a growth target against the growth the next year achieved, in Chinese and English", async () => {
    const text = (body: string) => body.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|");
    // 17500元 after 16400元 is 6.7 %, short of the 8 % planned for 2023.
    const zh = await html("/promises?township=twp-wangjing&indicator=rural_income_per_capita");
    expect(text(zh.body)).toContain(
      "|2023|农民人均可支配收入|增长8%|增长6.7%|17500元| · 增速按公布数计算|未完成|",
    );
    const en = await html("/en/promises?township=twp-wangjing&indicator=rural_income_per_capita");
    expect(text(en.body)).toContain(
      "|2023|Rural per-capita disposable income|up 8%|up 6.7%|17500元| · growth computed from published figures|Not met|",
    );
    const township = await html("/townships/twp-wangjing");
    expect(text(township.body)).toContain("|增长8%|增长7.9%|");
  });
});

describe("downloads", () => {
  it("a report's figures download as CSV with a BOM, one row per figure", async () => {
    const res = await get("/reports/rpt-wangjing-2023/figures.csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/^report_id,report_title,township,/);
    expect(lines).toHaveLength(7);
    expect(
      lines.some((l) =>
        l.includes(
          "rural_income_per_capita,农民人均可支配收入,农村居民人均可支配收入,target,growth,2023年,8,%",
        ),
      ),
    ).toBe(true);
    expect(
      lines.some((l) => l.includes("fiscal_revenue,财政收入,财政收入,actual,level,2022年,3100,万元")),
    ).toBe(true);
  });

  it("an indicator's metadata downloads as JSON", async () => {
    const res = await get("/indicators/fiscal_revenue/metadata.json");
    const meta = (await res.json()) as {
      code: string;
      unit: string;
      townshipCount: number;
      series: { csv: string };
    };
    expect(meta).toMatchObject({ code: "fiscal_revenue", unit: "万元", townshipCount: 3 });
    expect(meta.series.csv).toBe("https://gongkai.example.org/api/v1/indicators/fiscal_revenue/series.csv");
  });
});

describe("caching and HTTP", () => {
  it("answers again from the cache with the same ETag, and 304 to a matching If-None-Match", async () => {
    const first = await get("/townships/twp-qiaozhuang");
    const second = await get("/townships/twp-qiaozhuang");
    expect(first.headers.get("server-timing")).toMatch(/^render;dur=/);
    expect(second.headers.get("server-timing")).toBe("cache;desc=hit");
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    const revalidated = await get("/townships/twp-qiaozhuang", {
      "if-none-match": first.headers.get("etag") ?? "",
    });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
  });

  it("compresses for clients that accept it", async () => {
    const res = await get("/", { "accept-encoding": "gzip" });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("vary")).toBe("accept-encoding");
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toContain("乡镇政府工作报告公开平台");
  });

  it("serves hashed assets for a year, and refuses methods other than GET and HEAD", async () => {
    const css = await get("/assets/style-test.css");
    expect(css.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await css.text()).toBe("body{}");
    expect((await get("/assets/missing.js")).status).toBe(404);
    expect((await app.request("/", { method: "POST" })).status).toBe(405);
    const head = await app.request("/reports/rpt-wangjing-2022", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(await (await get("/robots.txt")).text()).toContain(
      "Sitemap: https://gongkai.example.org/sitemap.xml",
    );
  });

  it("answers a failure of the store with an error page that helps, logs it, and keeps none of it", async () => {
    const logged: string[] = [];
    const reads = api.services.reads;
    const failing = readerRoutes({
      reads: {
        ...reads,
        generation: reads.generation,
        directory: () => Promise.reject(new Error("connection refused")),
      },
      assets: testAssets(),
      logger: { error: (message) => logged.push(message) },
    });
    const res = await failing.request("/");
    expect(res.status).toBe(500);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.text();
    expect(body).toContain("服务器暂时无法显示此页面");
    expect(body).not.toContain("connection refused");
    expect(logged).toEqual(["reader page failed"]);
    // Pages that do not need the failing read still work.
    expect((await failing.request("/reports/rpt-wangjing-2022")).status).toBe(200);
  });

  it("answers a store it cannot reach with a 503 page in the page's language, and its downloads in both", async () => {
    const reads = api.services.reads;
    // What node-postgres rejects with while PostgreSQL restarts.
    const refused = () =>
      Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    const failing = readerRoutes({
      reads: { ...reads, generation: reads.generation, report: refused, directory: refused },
      assets: testAssets(),
      cache: false,
    });
    const zh = await failing.request("/reports/rpt-wangjing-2022");
    expect(zh.status).toBe(503);
    expect(zh.headers.get("cache-control")).toBe("no-store");
    expect(zh.headers.get("retry-after")).toBe("5");
    expect(await zh.text()).toContain("服务暂时不可用");
    const en = await failing.request("/en/reports/rpt-wangjing-2022");
    expect(en.status).toBe(503);
    expect(await en.text()).toContain("Service temporarily unavailable");
    const csv = await failing.request("/reports/rpt-wangjing-2022/figures.csv");
    expect(csv.status).toBe(503);
    expect(await csv.text()).toMatch(/暂时不可用.*unavailable/i);
    // A failure that is ours stays a 500.
    const broken = readerRoutes({
      reads: { ...reads, generation: reads.generation, report: () => Promise.reject(new Error("a bug")) },
      assets: testAssets(),
      cache: false,
    });
    expect((await broken.request("/reports/rpt-wangjing-2022")).status).toBe(500);
    expect((await broken.request("/reports/rpt-wangjing-2022/figures.csv")).status).toBe(500);
  });

  it("shows a withdrawn report as withdrawn, at once: publication changes clear the cache", async () => {
    expect((await get("/reports/rpt-qiaozhuang-2023")).status).toBe(200);
    const admin = { kind: "user" as const, userId: "", grants: [{ role: "admin" as const }] };
    const [user] = await api.services.db.query.users.findMany({ limit: 1 });
    admin.userId = user?.id ?? "";
    const result = await applyWorkflowEvent(
      api.services,
      { actor: admin },
      {
        reportId: "rpt-qiaozhuang-2023",
        baseVersion: null,
        event: { type: "withdraw", reason: "发布有误，重新审核。" },
      },
    );
    expect(result.publicChanged).toBe(true);
    api.services.reads.invalidate();
    const { status, body } = await html("/reports/rpt-qiaozhuang-2023");
    expect(status).toBe(410);
    expect(body).toContain("该报告已撤回");
    expect(body).toContain("发布有误，重新审核。");
  });
});
