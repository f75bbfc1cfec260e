import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe";
import { launchBrowser, openPage, VIEWPORTS } from "./support/browser";
import { parseCsv } from "./support/csv";
import { browserAvailable } from "./support/requirements";
import { screenshot } from "./support/screenshots";
import { type System, startSystem } from "./support/system";

/*
 * The public reader in real Chromium against the real started system (`pnpm start`'s process on the sample data):
 * every page type without JavaScript, search, the explorer against the open data, downloads, keyboard use, axe,
 * and screenshots for a person to look at. One system and one browser for the whole file.
 */

interface ApiReport {
  id: string;
  title: string;
  report: {
    sections: Array<{ id: string; heading: string; text: string }>;
    observations: Array<{
      id: string;
      indicatorCode: string | null;
      confirmed: boolean;
      provenance: { sectionId: string | null; figure: string } | null;
    }>;
  };
}
interface ApiPoint {
  townshipId: string;
  year: number;
  kind: "actual" | "target" | "forecast";
  value: number | null;
  decimal: string;
}

let system: System;
let browser: Browser;
const api = async <T>(path: string): Promise<T> => {
  const res = await fetch(system.url + path);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
};
let wangjing: ApiReport;
let demoReports: Array<{ id: string; title: string }>;
let explorerCode: string;
let explorerTownships: string[];

const noJs = () => openPage(browser, { javaScriptEnabled: false });
const withJs = (options: Parameters<typeof openPage>[1] = {}) => openPage(browser, options);

async function visit(page: Page, path: string, status = 200) {
  const res = await page.goto(system.url + path);
  expect(res?.status(), path).toBe(status);
  return page;
}

describe.runIf(browserAvailable())("the public reader", () => {
  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
    const list = await api<{ items: Array<{ id: string; township: string; title: string }> }>(
      "/api/v1/reports?pageSize=100",
    );
    const wangjingId = list.items.find((r) => r.township === "望京镇")?.id ?? "";
    wangjing = await api<ApiReport>(`/api/v1/reports/${wangjingId}`);
    demoReports = list.items.filter((r) => r.township === "示例镇");
    // The explorer is checked on the indicator most townships report.
    const indicators =
      await api<Array<{ definition: { code: string }; townshipCount: number }>>("/api/v1/indicators");
    explorerCode =
      [...indicators].sort((a, b) => b.townshipCount - a.townshipCount)[0]?.definition.code ?? "";
    const page = await api<{ townships: Array<{ townshipId: string }> }>(
      `/api/v1/indicators/${explorerCode}`,
    );
    explorerTownships = page.townships.map((t) => t.townshipId).slice(0, 3);
  });

  afterAll(async () => {
    await browser?.close();
    await system?.dispose();
  });

  describe("every page type renders on the server and reads without JavaScript", () => {
    it("home: the latest publications and every township of the directory", async () => {
      const page = await visit(await noJs(), "/");
      expect(await page.textContent("h1")).toBe("乡镇政府工作报告公开平台");
      const latest = await page.locator("#latest-heading + ul a").allTextContents();
      expect(latest.length).toBeGreaterThan(5);
      const places = await api<{ counties: Array<{ townships: Array<{ township: { name: string } }> }> }>(
        "/api/v1/places",
      );
      const directory = await page.locator(".directory").textContent();
      for (const c of places.counties)
        for (const t of c.townships) expect(directory).toContain(t.township.name);
      expect(await page.locator(".directory .demo-badge").count()).toBeGreaterThan(0);
      expect(await page.locator("form[action='/search'] input[name=q]").count()).toBe(1);
    });

    it("township: its reports, headline trends with their figures, and its targets, labelled as demonstration data", async () => {
      const page = await visit(await noJs(), "/townships/twp-demo");
      expect(await page.textContent("h1")).toContain("示例镇");
      expect(await page.locator("h1 .demo-badge").textContent()).toBe("示例数据");
      const links = await page.locator("#reports-heading + dl a").allTextContents();
      expect(links.sort()).toEqual(demoReports.map((r) => r.title).sort());
      expect(await page.locator("table.headline svg.sparkline[role=img]").count()).toBeGreaterThan(0);
      const promises = await api<unknown[]>("/api/v1/promises?township=twp-demo");
      expect(await page.locator("table.promises tbody tr").count()).toBe(promises.length);
    });

    it("report: title, every section under a stable anchor, and the figures marked in the text", async () => {
      const page = await visit(await noJs(), `/reports/${wangjing.id}`);
      expect(await page.textContent("h1")).toBe(wangjing.title);
      for (const s of wangjing.report.sections) {
        if (s.heading) expect(await page.locator(`[id="s-${s.id}"]`).textContent()).toContain(s.heading);
        const opening = s.text.split("\n")[0]?.slice(0, 20) ?? "";
        if (opening) expect(await page.locator(".report-text").textContent()).toContain(opening);
      }
      const marked = wangjing.report.observations.filter(
        (o) => o.confirmed && o.indicatorCode && o.provenance,
      );
      expect(marked.length).toBeGreaterThan(0);
      for (const o of marked) {
        const mark = page.locator(`a[id="f-${o.id}"]`);
        expect(await mark.textContent()).toBe(o.provenance?.figure);
        expect(await mark.getAttribute("href")).toBe(`/indicators/${o.indicatorCode}`);
      }
      expect(await page.locator("#key-indicators-heading + .table-scroll tbody tr").count()).toBe(
        marked.length,
      );
      expect(await page.locator(`a[href="/api/v1/reports/${wangjing.id}"]`).count()).toBe(1);
      // The print button needs JavaScript: without it, it is not there to be pressed.
      expect(await page.locator("button[data-print]").isVisible()).toBe(false);
    });

    it("indicator: the definition, the townships that report it, and each figure's source sentence", async () => {
      const page = await visit(await noJs(), "/indicators/fiscal_revenue");
      expect(await page.textContent("h1")).toContain("财政收入");
      const data = await api<{ townships: Array<{ township: string }>; observations: unknown[] }>(
        "/api/v1/indicators/fiscal_revenue",
      );
      const townships = await page.locator("#townships-heading + ul").textContent();
      for (const t of data.townships) expect(townships).toContain(t.township);
      expect(await page.locator("table.figures tbody tr").count()).toBe(data.observations.length);
      const source = await page.locator("table.figures tbody tr a[href*='#f-']").first().getAttribute("href");
      const [path, anchor] = (source ?? "").split("#");
      const target = await visit(await noJs(), path ?? "");
      expect(await target.locator(`[id="${anchor}"]`).count()).toBe(1);
    });

    it("explorer, promises and the indicator catalogue", async () => {
      const page = await visit(await noJs(), `/explore?indicator=${explorerCode}`);
      expect(await page.locator("svg.line-chart[role=img] title").first().textContent()).not.toBe("");
      expect(await page.locator("table.series-table tbody tr").count()).toBeGreaterThan(0);
      // Without JavaScript the chart and its table both show, and the buttons that switch them do not.
      expect(await page.locator("[data-panel=chart]").isVisible()).toBe(true);
      expect(await page.locator("[data-panel=table]").isVisible()).toBe(true);
      expect(await page.locator("button[data-show]").first().isVisible()).toBe(false);
      const promises = await visit(await noJs(), "/promises");
      expect(await promises.locator("#by-township").count()).toBe(1);
      expect(await promises.locator("a[href='/promises?township=twp-demo']").count()).toBe(1);
      const catalogue = await visit(await noJs(), "/indicators");
      expect(await catalogue.locator("a[href='/indicators/fiscal_revenue']").count()).toBe(1);
    });

    it("English pages under /en, and a not-found page that helps", async () => {
      const en = await visit(await noJs(), `/en/reports/${wangjing.id}`);
      expect(await en.getAttribute("html", "lang")).toBe("en");
      expect(await en.textContent("#key-indicators-heading")).toBe("Key indicators");
      expect(await en.getAttribute("h1", "lang")).toBe("zh-CN");
      const missing = await visit(await noJs(), "/reports/no-such-report", 404);
      expect(await missing.textContent("h1")).toBe("找不到该页面");
      expect(await missing.locator("main input[name=q]").count()).toBe(1);
    });
  });

  it("every address of the sitemap is a reader page that names itself canonical, in both languages", async () => {
    const sitemap = await (await fetch(`${system.url}/sitemap.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
      (m[1] ?? "").replace(/&amp;/g, "&"),
    );
    expect(locs.length).toBeGreaterThan(20);
    for (const loc of locs) {
      const res = await fetch(loc);
      expect(res.status, loc).toBe(200);
      const html = await res.text();
      expect(html, loc).toContain(`<link rel="canonical" href="${loc.replace(/&/g, "&amp;")}"/>`);
      const en = html.match(/<link rel="alternate" hrefLang="en" href="([^"]+)"/)?.[1] ?? "";
      expect((await fetch(en.replace(/&amp;/g, "&"))).status, en).toBe(200);
    }
  });

  it("search finds a report by a Chinese phrase from its body", async () => {
    const body = wangjing.report.sections.map((s) => s.text).join("\n");
    // A run of Chinese characters from the middle of the text, as someone would remember it.
    const runs = body.match(/\p{Script=Han}{8,}/gu) ?? [];
    const phrase = runs[Math.floor(runs.length / 2)]?.slice(0, 6) ?? "";
    expect(phrase).toHaveLength(6);
    const page = await visit(await noJs(), "/");
    await page.fill("#q", phrase);
    await Promise.all([page.waitForURL(/\/search\?q=/), page.press("#q", "Enter")]);
    const hit = page.locator(`.results a[href="/reports/${wangjing.id}"]`);
    expect(await hit.count()).toBe(1);
    const marks = await page.locator(".results mark").allTextContents();
    expect(marks.join("")).toContain(phrase.slice(0, 2));
  });

  it("search filters by township and pages through many results", async () => {
    const page = await visit(await noJs(), `/search?q=${encodeURIComponent("工作")}`);
    const total = Number((await page.textContent("#results-heading"))?.match(/共找到 (\d+) 篇/)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator(".results > li").count()).toBe(10);
    await Promise.all([page.waitForURL(/page=2/), page.click(".pagination a[rel=next]")]);
    expect(await page.getAttribute(".results", "start")).toBe("11");
    expect(await page.locator(".results > li").count()).toBe(Math.min(10, total - 10));
    await page.selectOption("#search-township", "twp-demo");
    await Promise.all([page.waitForURL(/township=twp-demo/), page.press("#search-q", "Enter")]);
    const townships = await page.locator(".results .hit-place").allTextContents();
    expect(townships.length).toBeGreaterThan(0);
    for (const t of townships) expect(t).toContain("示例镇");
  });

  describe("the explorer", () => {
    const readTable = async (page: Page) =>
      page.locator("table.series-table tbody tr").evaluateAll((rows) =>
        rows.flatMap((tr) => {
          const row = tr as HTMLElement;
          return [...row.querySelectorAll<HTMLElement>("td[data-kind]")]
            .filter((td) => td.textContent?.trim() !== "—")
            .map((td) => ({
              townshipId: row.dataset.township ?? "",
              year: Number(row.dataset.year),
              kind: td.dataset.kind ?? "",
              text: td.textContent?.trim() ?? "",
            }));
        }),
      );
    const expectMatches = (cells: Awaited<ReturnType<typeof readTable>>, points: ApiPoint[]) => {
      expect(cells).toHaveLength(points.length);
      for (const p of points) {
        const cell = cells.find(
          (c) => c.townshipId === p.townshipId && c.year === p.year && c.kind === p.kind,
        );
        expect(cell, `${p.townshipId} ${p.year} ${p.kind}`).toBeDefined();
        if (p.value === null) expect(cell?.text).toContain(p.decimal);
        else expect(Number(cell?.text)).toBeCloseTo(p.value, 4);
      }
    };

    it("shows in its table exactly the API's series for the selection in its address", async () => {
      const selection = explorerTownships.join(",");
      const page = await visit(await noJs(), `/explore?indicator=${explorerCode}&township=${selection}`);
      const series = await api<{ points: ApiPoint[] }>(
        `/api/v1/indicators/${explorerCode}/series?township=${selection}`,
      );
      expect(series.points.length).toBeGreaterThan(0);
      expectMatches(await readTable(page), series.points);
    });

    it("with JavaScript, updates in place when the selection changes, keeping the address shareable", async () => {
      const page = await visit(
        await withJs(),
        `/explore?indicator=${explorerCode}&township=${explorerTownships.join(",")}`,
      );
      // Chart first; the table is a button away.
      expect(await page.locator("[data-panel=table]").isVisible()).toBe(false);
      await page.getByRole("button", { name: "表格" }).click();
      expect(await page.locator("[data-panel=table]").isVisible()).toBe(true);
      const dropped = explorerTownships[0] ?? "";
      await Promise.all([
        page.waitForURL((url) => !url.searchParams.getAll("township").join(",").includes(dropped)),
        page.locator(`input[name=township][value="${dropped}"]`).uncheck(),
      ]);
      await page.waitForFunction(
        () => !document.getElementById("explorer-result")?.hasAttribute("aria-busy"),
      );
      const url = new URL(page.url());
      const kept = url.searchParams.getAll("township");
      expect(kept.sort()).toEqual(explorerTownships.slice(1).sort());
      const series = await api<{ points: ApiPoint[] }>(
        `/api/v1/indicators/${explorerCode}/series?township=${kept.join(",")}&from=${url.searchParams.get("from")}&to=${url.searchParams.get("to")}`,
      );
      await page.getByRole("button", { name: "表格" }).click();
      expectMatches(await readTable(page), series.points);
      // The same address, opened afresh, shows the same selection.
      const fresh = await visit(await noJs(), url.pathname + url.search);
      expectMatches(await readTable(fresh), series.points);
    });
  });

  describe("downloads", () => {
    const download = async (path: string) => {
      const res = await fetch(system.url + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)], `${path} starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)));
      const width = rows[0]?.length ?? 0;
      expect(width).toBeGreaterThan(3);
      for (const row of rows) expect(row).toHaveLength(width);
      return rows;
    };

    it("the explorer's CSV of what is shown has one row per figure of the series", async () => {
      const selection = explorerTownships.join(",");
      const page = await visit(await noJs(), `/explore?indicator=${explorerCode}&township=${selection}`);
      const shown = page.locator(".downloads li").first().locator("a", { hasText: "CSV" });
      const rows = await download((await shown.getAttribute("href")) ?? "");
      const series = await api<{ points: ApiPoint[] }>(
        `/api/v1/indicators/${explorerCode}/series?township=${selection}`,
      );
      expect(rows[0]).toContain("indicator_code");
      expect(rows.length - 1).toBe(series.points.length);
      const whole = page.locator(".downloads li").nth(1).locator("a", { hasText: "CSV" });
      expect((await download((await whole.getAttribute("href")) ?? "")).length).toBeGreaterThanOrEqual(
        rows.length,
      );
    });

    it("a report's figures download as CSV, one row per confirmed figure, Chinese intact", async () => {
      const page = await visit(await noJs(), `/reports/${wangjing.id}`);
      const href = await page.locator("a[type='text/csv']").getAttribute("href");
      const rows = await download(href ?? "");
      expect(rows.length - 1).toBe(wangjing.report.observations.filter((o) => o.confirmed).length);
      expect(rows[1]?.[1]).toBe(wangjing.title);
    });
  });

  describe("keyboard", () => {
    const PAGES = () => [
      "/",
      "/townships/twp-demo",
      `/reports/${wangjing.id}`,
      `/explore?indicator=${explorerCode}`,
      "/search?q=财政收入",
      "/promises",
    ];

    it("Tab reaches every control of every main page, each with a visible focus ring", async () => {
      for (const path of PAGES()) {
        const page = await visit(await withJs(), path);
        const count = await page.evaluate(() => {
          const focusable = [
            ...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, [tabindex]"),
          ].filter(
            (el) =>
              el.tabIndex >= 0 &&
              !(el as HTMLButtonElement).disabled &&
              el.getClientRects().length > 0 &&
              getComputedStyle(el).visibility !== "hidden",
          );
          focusable.forEach((el, i) => {
            el.dataset.kb = String(i);
          });
          return focusable.length;
        });
        const reached = new Set<string>();
        for (let i = 0; i < count + 3; i++) {
          await page.keyboard.press("Tab");
          const focused = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            return {
              kb: el.dataset.kb ?? "",
              ring: style.outlineStyle !== "none" && style.outlineWidth !== "0px",
            };
          });
          if (!focused) continue;
          expect(focused.ring, `${path}: focus ring on control ${focused.kb}`).toBe(true);
          reached.add(focused.kb);
        }
        const missed = [...Array(count).keys()].map(String).filter((k) => !reached.has(k));
        const names = await page.evaluate(
          (ids) => ids.map((id) => document.querySelector(`[data-kb="${id}"]`)?.outerHTML.slice(0, 120)),
          missed,
        );
        expect(names, `${path}: controls Tab never reached`).toEqual([]);
        await page.context().close();
      }
    });

    it("the skip link is the first stop and takes focus to the main content", async () => {
      const page = await visit(await withJs(), `/reports/${wangjing.id}`);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
      expect(await page.locator(".skip-link").isVisible()).toBe(true);
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    });
  });

  describe("accessibility", () => {
    const PAGES = () => [
      "/",
      "/en/",
      "/townships/twp-demo",
      `/reports/${wangjing.id}`,
      `/en/reports/${wangjing.id}`,
      "/indicators",
      "/indicators/fiscal_revenue",
      `/explore?indicator=${explorerCode}`,
      "/promises",
      "/promises?township=twp-demo",
      "/search?q=财政收入",
      "/search?q=不存在的词语组合",
      "/reports/no-such-report",
    ];

    for (const scheme of ["light", "dark"] as const) {
      it(`axe-core finds no WCAG 2.1 AA violation on any page, in ${scheme} mode`, async () => {
        const found: Record<string, unknown> = {};
        for (const path of PAGES()) {
          const page = await withJs({ colorScheme: scheme });
          await page.goto(system.url + path);
          const violations = await axeViolations(page);
          if (violations.length) found[path] = violations;
          await page.context().close();
        }
        expect(found).toEqual({});
      });
    }
  });

  it("writes screenshots of the main pages at phone and desktop widths", async () => {
    const pages: Array<[string, string]> = [
      ["home", "/"],
      ["township", "/townships/twp-demo"],
      ["report", `/reports/${wangjing.id}`],
      ["indicator", "/indicators/fiscal_revenue"],
      ["explorer", `/explore?indicator=${explorerCode}`],
      ["promises", "/promises?township=twp-demo"],
      ["search", "/search?q=财政收入"],
      ["not-found", "/reports/no-such-report"],
      ["report-en", `/en/reports/${wangjing.id}`],
    ];
    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      const page = await withJs({ viewport });
      for (const [name, path] of pages) {
        await page.goto(system.url + path);
        const file = await screenshot(page, `reader-${name}-${width}`);
        expect(file).toMatch(/\.png$/);
      }
      await page.context().close();
    }
  });
});
