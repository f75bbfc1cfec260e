// The reader's budgets, on the sample data `pnpm start` loads:
//  - per page (home, township, report, search, indicator page, explorer): JavaScript gzipped (≤ 50 KB reading
//    pages, ≤ 120 KB explorer) and HTML + CSS gzipped (≤ 60 KB for a typical report), as the server sends them;
//  - server render p50 < 20 ms (rendering without the page cache, and from it), against a baseline of the same
//    run: the same Hono stack answering a static HTML string of the same size;
//  - Lighthouse 12 (Debian Chromium, mobile preset): performance ≥ 95, accessibility 100, SEO 100, best practices
//    ≥ 95 on home, a report, the explorer and search.
// Exits non-zero when a budget is missed, after printing every figure.
import { gzipSync } from "node:zlib";
import { createServices } from "@gongkai/api";
import { openDatabase } from "@gongkai/db";
import { readerRoutes } from "@gongkai/reader";
import * as chromeLauncher from "chrome-launcher";
import { Hono } from "hono";
import lighthouse from "lighthouse";
import { chromiumPath } from "../e2e/support/requirements";
import { System } from "../e2e/support/system";

const RENDER_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const KB = 1024;
const missed: string[] = [];
const budget = (what: string, ok: boolean, detail: string) => {
  if (!ok) missed.push(`${what}: ${detail}`);
  return ok ? "ok" : "MISSED";
};

const system = new System();
await system.start();
const api = async <T>(path: string) => (await (await fetch(system.url + path)).json()) as T;
const list = await api<{ items: Array<{ id: string; township: string }> }>("/api/v1/reports?pageSize=100");
const reportId = list.items.find((r) => r.township === "望京镇")?.id ?? list.items[0]?.id ?? "";
const indicators =
  await api<Array<{ definition: { code: string }; townshipCount: number }>>("/api/v1/indicators");
const code = [...indicators].sort((a, b) => b.townshipCount - a.townshipCount)[0]?.definition.code ?? "";

const PAGES: Array<{ name: string; path: string; jsBudget: number; htmlCssBudget: number | null }> = [
  { name: "home", path: "/", jsBudget: 50, htmlCssBudget: null },
  { name: "township", path: "/townships/twp-demo", jsBudget: 50, htmlCssBudget: null },
  { name: "report", path: `/reports/${reportId}`, jsBudget: 50, htmlCssBudget: 60 },
  { name: "search", path: `/search?q=${encodeURIComponent("财政收入")}`, jsBudget: 50, htmlCssBudget: null },
  { name: "indicator", path: `/indicators/${code}`, jsBudget: 50, htmlCssBudget: null },
  { name: "explorer", path: `/explore?indicator=${code}`, jsBudget: 120, htmlCssBudget: null },
];

// 1. Bytes on the wire, gzipped as the server sends them.
const gzipped = async (path: string) => {
  const res = await fetch(system.url + path, { headers: { "accept-encoding": "gzip" } });
  const text = await res.text();
  // fetch decodes; what crossed the wire is the gzip of the body (the server uses level 6).
  return { text, bytes: gzipSync(text, { level: 6 }).length, encoding: res.headers.get("content-encoding") };
};
console.log("\nPage weight (gzipped, KB)");
console.log("page        html    css     html+css  js      budget js / html+css");
const weights: Record<string, { html: string }> = {};
for (const p of PAGES) {
  const html = await gzipped(p.path);
  if (html.encoding !== "gzip") missed.push(`${p.name}: the HTML was not sent compressed`);
  weights[p.name] = { html: html.text };
  const css = [...html.text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? "");
  const js = [
    ...[...html.text.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? ""),
    ...[...html.text.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1] ?? ""),
  ];
  let cssBytes = 0;
  for (const href of css) cssBytes += (await gzipped(href)).bytes;
  let jsBytes = 0;
  for (const src of new Set(js)) jsBytes += (await gzipped(src)).bytes;
  const htmlCss = (html.bytes + cssBytes) / KB;
  const jsOk = budget(`${p.name} JavaScript`, jsBytes / KB <= p.jsBudget, `${(jsBytes / KB).toFixed(1)} KB`);
  const hcOk =
    p.htmlCssBudget === null
      ? "—"
      : budget(`${p.name} HTML+CSS`, htmlCss <= p.htmlCssBudget, `${htmlCss.toFixed(1)} KB`);
  console.log(
    `${p.name.padEnd(11)} ${(html.bytes / KB).toFixed(1).padStart(5)}  ${(cssBytes / KB).toFixed(1).padStart(5)}   ${htmlCss.toFixed(1).padStart(6)}   ${(jsBytes / KB).toFixed(1).padStart(5)}   ≤${p.jsBudget} ${jsOk} / ${p.htmlCssBudget ? `≤${p.htmlCssBudget} ` : ""}${hcOk}`,
  );
}

// 2. Lighthouse, mobile preset (Lighthouse's default), against the running system.
const chromePath = chromiumPath();
const LIGHTHOUSE_PAGES = PAGES.filter((p) => ["home", "report", "explorer", "search"].includes(p.name));
if (!chromePath) {
  missed.push("Lighthouse: no Chromium (set CHROMIUM_PATH)");
} else {
  console.log("\nLighthouse (mobile)");
  console.log("page        performance  accessibility  seo  best-practices");
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"],
  });
  try {
    for (const p of LIGHTHOUSE_PAGES) {
      const run = () =>
        lighthouse(system.url + p.path, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "seo", "best-practices"],
        });
      let result = await run();
      // A run that failed to load the page (a crashed renderer on a busy machine) says so; try it once more.
      if (result?.lhr.runtimeError) {
        console.log(
          `            ${p.name}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}; again`,
        );
        result = await run();
      }
      const categories = result?.lhr.categories ?? {};
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const s = {
        performance: score("performance"),
        accessibility: score("accessibility"),
        seo: score("seo"),
        bestPractices: score("best-practices"),
      };
      const marks = [
        budget(`${p.name} Lighthouse performance`, s.performance >= 95, `${s.performance}`),
        budget(`${p.name} Lighthouse accessibility`, s.accessibility === 100, `${s.accessibility}`),
        budget(`${p.name} Lighthouse SEO`, s.seo === 100, `${s.seo}`),
        budget(`${p.name} Lighthouse best practices`, s.bestPractices >= 95, `${s.bestPractices}`),
      ];
      console.log(
        `${p.name.padEnd(11)} ${String(s.performance).padStart(11)}  ${String(s.accessibility).padStart(13)}  ${String(s.seo).padStart(3)}  ${String(s.bestPractices).padStart(14)}   ${marks.includes("MISSED") ? "MISSED" : "ok"}`,
      );
      if (result?.lhr.runtimeError) console.log(`            ${p.name}: ${result.lhr.runtimeError.message}`);
      // Say which audits cost points, so a miss can be acted on.
      for (const [id, category] of Object.entries(categories)) {
        if ((category.score ?? 0) >= 1) continue;
        const failing = category.auditRefs
          .filter((ref) => ref.weight > 0 && (result?.lhr.audits[ref.id]?.score ?? 1) < 1)
          .map(
            (ref) =>
              `${ref.id} (${result?.lhr.audits[ref.id]?.displayValue ?? result?.lhr.audits[ref.id]?.score})`,
          );
        if (failing.length) console.log(`            ${id}: ${failing.join(", ")}`);
      }
    }
  } finally {
    chrome.kill();
  }
}
await system.stop();

// 3. Server render time, in this process, over the same data folder the server seeded.
const store = await openDatabase({ dataDir: system.dataDir });
const services = createServices({ db: store.db, engine: store.engine });
const uncached = readerRoutes({ reads: services.reads, cache: false });
const cached = readerRoutes({ reads: services.reads });
const reportHtml = weights.report?.html ?? "";
const baseline = new Hono().get("/static", (c) => c.html(reportHtml));

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const time = async (app: Hono, path: string) => {
  for (let i = 0; i < 20; i++) await (await app.request(path)).text();
  const ms: number[] = [];
  for (let i = 0; i < RENDER_ROUNDS; i++) {
    const t = performance.now();
    const res = await app.request(path);
    await res.text();
    ms.push(performance.now() - t);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
};
const base = await time(baseline, "/static");
console.log(
  `\nServer render (${RENDER_ROUNDS} requests each, in process; the read service's own cache warm)`,
);
console.log(
  `baseline: a static HTML string of the report's size: p50 ${base.p50.toFixed(3)} ms, p95 ${base.p95.toFixed(3)} ms`,
);
console.log(
  "page        render p50   p95      ×baseline   from page cache p50  ×baseline   budget p50 < 20 ms",
);
for (const p of PAGES) {
  const r = await time(uncached, p.path);
  const c = await time(cached, p.path);
  const ok = budget(`${p.name} render p50`, r.p50 < 20, `${r.p50.toFixed(2)} ms`);
  console.log(
    `${p.name.padEnd(11)} ${r.p50.toFixed(2).padStart(7)} ms ${r.p95.toFixed(2).padStart(6)} ms ${(r.p50 / base.p50).toFixed(0).padStart(8)}×   ${c.p50.toFixed(3).padStart(10)} ms ${(c.p50 / base.p50).toFixed(1).padStart(12)}×   ${ok}`,
  );
}
await store.close();
await system.dispose();

if (missed.length) {
  console.log(`\nBudgets missed:\n  ${missed.join("\n  ")}`);
  process.exit(1);
}
console.log("\nAll budgets met.");
