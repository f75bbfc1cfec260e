import { connect } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, signInApi } from "./support/api-client";
import { launchBrowser, openPage } from "./support/browser";
import { parseCsv } from "./support/csv";
import { payload, type ScriptWatch, visibleText, watchForScript } from "./support/payloads";
import { browserAvailable } from "./support/requirements";
import { SCREENSHOT_DIR, screenshot } from "./support/screenshots";
import { type System, startSystem } from "./support/system";

/*
 * Hostile input against the real started system in real Chromium. Every text field an editor, a reviewer or an
 * administrator can fill gets script, HTML, SVG and URL payloads (each calling pwn(<field id>) if it ever runs),
 * goes through import, editing, review, publication, correction and withdrawal, and is then shown by the reader
 * and the editor: as text, with no script run, no dialog, and no Content-Security-Policy violation (which would
 * mean markup was made from the data). The feed and sitemap parse as XML with the payloads intact as text, the CSV
 * defuses formulas, the JSON round-trips. Then: security headers on every page the sitemap lists and on errors, and
 * raw HTTP abuse of the socket, after which the server still answers.
 */

const ADMIN = { email: "admin@hostile.gongkai.local", password: "admin-password-hostile" };
const PASSWORD = "hostile-password-e2e";
const EDITOR = { email: "editor@hostile.gongkai.local", password: PASSWORD };
const REVIEWER = { email: "reviewer@hostile.gongkai.local", password: PASSWORD };
const COUNTY = "cnty-hostile";
const TOWNSHIP = "twp-hostile";

/** What was stored in each field, by field id (the id its payloads call pwn with). */
const FIELDS = {
  townshipName: payload(1, 40),
  countyName: payload(2, 40),
  countyKind: payload(3, 10),
  editorName: payload(4, 80),
  reviewerName: payload(5, 80),
  fileName: `${payload(6, 240, { noSlash: true })}.txt`,
  importText: payload(7, 2000),
  // A title that opens with a spreadsheet formula as well.
  title: `=HYPERLINK("https://evil.example","点击") ${payload(8, 150)}`,
  meeting: payload(9, 120),
  presenterName: payload(10, 40),
  presenterTitle: payload(11, 40),
  indexNumber: payload(12, 80),
  publisher: payload(13, 80),
  disclosureSubject: payload(14, 80),
  sourceUrl: `https://example.org/"><script>pwn(15)</script>`,
  heading: payload(16, 200),
  // Very long: every payload, then a word with no place to break, then plenty of text.
  sectionText: `${payload(17, 3000)}\n${"Ｗ".repeat(3000)}\n${"全镇经济社会发展稳中有进。".repeat(5000)}`,
  subject: `-1+2 ${payload(18, 70)}`,
  unit: payload(19, 20),
  quote: `@SUM(1+1) ${payload(20, 1900)}`,
  figure: payload(21, 80),
  revisionNote: payload(22, 500),
  acknowledgement: payload(23, 500),
  comment: payload(24, 5000),
  reply: payload(25, 5000),
  rejection: payload(26, 2000),
  approval: payload(27, 2000),
  changeNote: payload(28, 2000),
  withdrawal: payload(29, 2000),
  secondTitle: `+cmd|' /C calc'!A0 ${payload(30, 150)}`,
};

let system: System;
let browser: Browser;
let admin: ApiClient;
let editor: ApiClient;
let reviewer: ApiClient;
let reportId = "";
let withdrawnId = "";
let importId = "";

/** Lets every warning of the checks through (submission waits for that), with the note given. */
async function acknowledgeWarnings(id: string, note: string) {
  const checks = await editor.query<{ findings: Array<{ key: string; severity: string }> }>("checks.run", {
    reportId: id,
  });
  for (const f of checks.findings.filter((f) => f.severity === "warning"))
    await editor.mutate("checks.acknowledge", { reportId: id, key: f.key, note });
}

/** Takes a workflow step on the report's current version. */
async function step(who: ApiClient, id: string, event: object) {
  const { version } = await who.query<{ version: number }>("reports.get", { reportId: id });
  return who.mutate<{ version: number }>("workflow.transition", {
    reportId: id,
    baseVersion: version,
    event,
  });
}

async function publish(id: string, changeNote?: string) {
  await acknowledgeWarnings(id, "已核实");
  await step(editor, id, { type: "submit" });
  await step(reviewer, id, { type: "approve" });
  await step(reviewer, id, changeNote ? { type: "publish", changeNote } : { type: "publish" });
}

/** Puts every payload into the system through the API, as the editor's screens would send them. */
async function fillEveryField() {
  await admin.mutate("places.create", {
    id: COUNTY,
    level: "county",
    name: FIELDS.countyName,
    kind: FIELDS.countyKind,
    parentId: "cty-sample",
  });
  await admin.mutate("places.create", {
    id: TOWNSHIP,
    level: "township",
    name: FIELDS.townshipName,
    kind: "镇",
    parentId: COUNTY,
  });
  await admin.mutate("users.create", {
    ...EDITOR,
    name: FIELDS.editorName,
    grants: [{ role: "editor", townshipIds: [TOWNSHIP] }],
  });
  await admin.mutate("users.create", {
    ...REVIEWER,
    name: FIELDS.reviewerName,
    grants: [{ role: "reviewer", countyId: COUNTY }],
  });
  editor = await signInApi(system.url, EDITOR.email, EDITOR.password);
  reviewer = await signInApi(system.url, REVIEWER.email, REVIEWER.password);

  const text = [
    "样本镇2024年政府工作报告",
    "一、2024年工作回顾",
    `全年完成财政收入100万元，同比增长5%。${FIELDS.importText}`,
    "二、2025年工作安排",
    "继续抓好各项工作。",
  ].join("\n");
  const imported = await editor.mutate<{ importId: string }>("imports.create", {
    fileName: FIELDS.fileName,
    text,
  });
  importId = imported.importId;
  const draft = await editor.mutate<{
    reportId: string;
    version: number;
    report: { sections: Array<{ id: string }> };
  }>("reports.createFromImport", {
    townshipId: TOWNSHIP,
    importId,
    year: 2024,
    kind: "government_work_report",
  });
  reportId = draft.reportId;
  let v = draft.version;
  const edit = async <T extends { version: number }>(path: string, input: object) => {
    const r = await editor.mutate<T>(path, { reportId, baseVersion: v, ...input });
    v = r.version;
    return r;
  };
  await edit("reports.updateMeta", {
    patch: {
      title: FIELDS.title,
      meeting: { name: FIELDS.meeting, congress: 14, session: 3 },
      presenter: { name: FIELDS.presenterName, title: FIELDS.presenterTitle },
      disclosure: {
        indexNumber: FIELDS.indexNumber,
        publisher: FIELDS.publisher,
        method: "proactive",
        subject: FIELDS.disclosureSubject,
        publishedOn: null,
        effectiveOn: null,
      },
      sourceUrl: FIELDS.sourceUrl,
    },
  });
  const first = draft.report.sections[0]?.id ?? null;
  await edit("sections.add", {
    afterSectionId: first,
    section: { level: 2, heading: FIELDS.heading, text: FIELDS.sectionText },
  });
  const added = await edit<{ version: number; observationId: string }>("indicators.add", {
    observation: {
      indicatorCode: "fiscal_revenue",
      subject: FIELDS.subject,
      decimal: "100",
      unit: FIELDS.unit,
      qualifier: "exact",
      period: { type: "year", year: 2024 },
      kind: "actual",
      comparisons: { yoyPct: 5, multiple: null, shareOfTargetPct: null },
      provenance: { sectionId: null, start: 0, end: 0, quote: FIELDS.quote, figure: FIELDS.figure },
      preliminary: true,
      revisions: [],
      confirmed: true,
    },
  });
  await edit("indicators.edit", {
    observationId: added.observationId,
    patch: {
      preliminary: false,
      revisions: [
        { decimal: "90", unit: "万元", note: FIELDS.revisionNote, revisedAt: "2025-01-05T10:00:00+08:00" },
      ],
    },
  });
  await acknowledgeWarnings(reportId, FIELDS.acknowledgement);
  const { commentId } = await reviewer.mutate<{ commentId: string }>("comments.add", {
    reportId,
    sectionId: first,
    body: FIELDS.comment,
  });
  await editor.mutate("comments.reply", { reportId, commentId, body: FIELDS.reply });

  // Review: sent back with a reason, resubmitted, approved with a comment, published, then corrected.
  await step(editor, reportId, { type: "submit" });
  await step(reviewer, reportId, { type: "reject", reason: FIELDS.rejection });
  await acknowledgeWarnings(reportId, FIELDS.acknowledgement);
  await step(editor, reportId, { type: "submit" });
  await step(reviewer, reportId, { type: "approve", comment: FIELDS.approval });
  await step(reviewer, reportId, { type: "publish" });
  v = (await step(editor, reportId, { type: "start_correction" })).version;
  await edit("sections.edit", {
    sectionId: first,
    patch: { text: `更正后的正文。${payload(28, 300)}` },
  });
  await publish(reportId, FIELDS.changeNote);

  // A second report, published and then withdrawn with a public reason.
  const second = await editor.mutate<{ reportId: string; version: number }>("reports.create", {
    townshipId: TOWNSHIP,
    kind: "work_summary",
    year: 2023,
    title: FIELDS.secondTitle,
  });
  withdrawnId = second.reportId;
  await publish(withdrawnId);
  await step(reviewer, withdrawnId, { type: "withdraw", reason: FIELDS.withdrawal });
}

describe.runIf(browserAvailable())("hostile input in the reader and the editor", () => {
  beforeAll(async () => {
    [system, browser] = await Promise.all([
      startSystem({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } }),
      launchBrowser(),
    ]);
    admin = await signInApi(system.url, ADMIN.email, ADMIN.password);
    await fillEveryField();
  });

  afterAll(async () => {
    await browser?.close();
    await system?.dispose();
  });

  it("refuses a source address that would run script when followed", async () => {
    for (const sourceUrl of ["javascript:pwn(15)", "data:text/html,<script>pwn(15)</script>"]) {
      const current = await editor.query<{ version: number }>("reports.get", { reportId: withdrawnId });
      await expect(
        editor.mutate("reports.updateMeta", {
          reportId: withdrawnId,
          baseVersion: current.version,
          patch: { sourceUrl },
        }),
      ).rejects.toMatchObject({ code: "VALIDATION" });
    }
  });

  const watches = new WeakMap<Page, ScriptWatch>();
  /** Opens a page, lets it settle, and returns what ran (nothing, we expect) and what it shows. */
  async function visit(page: Page, path: string) {
    let watch = watches.get(page);
    if (!watch) {
      watch = await watchForScript(page);
      watches.set(page, watch);
    }
    const res = await page.goto(system.url + path);
    await page.waitForLoadState("networkidle");
    // Events that fire late (an image's onerror, an SVG's onload) get a moment.
    await page.waitForTimeout(300);
    return { status: res?.status() ?? 0, found: await watch.collect(), text: await visibleText(page) };
  }

  const readerPages = () => [
    "/",
    `/townships/${TOWNSHIP}`,
    `/reports/${reportId}`,
    `/reports/${reportId}?version=1`,
    `/en/reports/${reportId}`,
    `/reports/${withdrawnId}`,
    "/indicators",
    "/indicators/fiscal_revenue",
    `/explore?indicator=fiscal_revenue&township=${TOWNSHIP}`,
    `/promises?township=${TOWNSHIP}`,
    "/promises",
    "/search?q=%E5%85%A8%E9%95%87%E7%BB%8F%E6%B5%8E",
    // Reflected: the query itself is hostile.
    `/search?q=${encodeURIComponent(payload(31, 100))}`,
    `/explore?indicator=${encodeURIComponent(payload(32, 60))}&township=${encodeURIComponent(payload(33, 60))}`,
    `/promises?township=${encodeURIComponent(payload(34, 60))}&indicator=x&year=2024`,
    `/reports/${encodeURIComponent(payload(35, 60, { noSlash: true }))}`,
    `/${encodeURIComponent(payload(36, 60, { noSlash: true }))}`,
  ];

  it("shows every payload in the reader as text, with no script run and no policy violated", async () => {
    const page = await openPage(browser, { viewport: { width: 360, height: 740 } });
    const problems: string[] = [];
    for (const path of readerPages()) {
      const { found } = await visit(page, path);
      if (found.ran.length || found.dialogs.length || found.violations.length)
        problems.push(`${path}: ${JSON.stringify(found)}`);
    }
    expect(problems).toEqual([]);
    // The payloads are there, as text a person can read.
    const report = await visit(page, `/reports/${reportId}`);
    for (const field of [
      "title",
      "heading",
      "meeting",
      "presenterName",
      "townshipName",
      "changeNote",
    ] as const)
      expect(report.text, field).toContain(
        FIELDS[field].split(" ")[0]?.replace(/^=HYPERLINK.*/, "=HYPERLINK"),
      );
    expect(report.text).toContain("<svg onload=pwn(17)>");
    expect(report.text).toContain("<script>pwn(16)</script>");
    expect((await visit(page, "/indicators/fiscal_revenue")).text).toContain("-1+2 <svg onload=pwn(18)>");
    const withdrawn = await visit(page, `/reports/${withdrawnId}`);
    expect(withdrawn.status).toBe(410);
    expect(withdrawn.text).toContain("<svg onload=pwn(29)>");
    // A word with no place to break does not widen the page on a phone.
    await visit(page, `/reports/${reportId}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${SCREENSHOT_DIR}hostile-reader-report.png` });
    // The page's structured data parses as JSON and holds the title as it was written.
    const ld = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""),
    );
    expect(ld.length).toBeGreaterThan(0);
    expect(ld.map((j) => JSON.stringify(JSON.parse(j))).join()).toContain(
      JSON.stringify(FIELDS.title).slice(1, -1),
    );
    await page.context().close();
  });

  it("runs nothing inline even when markup is forced into a page: the Content-Security-Policy blocks it", async () => {
    const page = await openPage(browser);
    const watch = await watchForScript(page);
    await page.goto(`${system.url}/reports/${reportId}`);
    await page.evaluate(() => {
      const div = document.createElement("div");
      div.innerHTML = `<img src="x" onerror="pwn('forced-handler')">`;
      document.body.append(div);
      const script = document.createElement("script");
      script.textContent = "pwn('forced-script')";
      document.body.append(script);
      const link = document.createElement("a");
      link.href = "javascript:pwn('forced-url')";
      document.body.append(link);
      link.click();
    });
    await page.waitForTimeout(300);
    const found = await watch.collect();
    expect(found.ran).toEqual([]);
    expect(found.violations.join("\n")).toMatch(/script-src/);
    await page.context().close();
  });

  async function signIn(who: { email: string; password: string }) {
    const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    watches.set(page, await watchForScript(page));
    await page.goto(`${system.url}/editor/login?next=${encodeURIComponent("javascript:pwn(40)")}`);
    await page.getByLabel("邮箱").fill(who.email);
    await page.getByLabel("密码").fill(who.password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(`${system.url}/editor/`);
    return { page };
  }

  it("shows every payload in the editor as text, with no script run and no policy violated", async () => {
    const screens = (id: string) => [
      "/editor/",
      `/editor/reports/${id}/edit`,
      `/editor/reports/${id}/indicators`,
      `/editor/reports/${id}/checks`,
      `/editor/reports/${id}/review`,
      `/editor/reports/${id}/history`,
      `/editor/reports/${id}/details`,
      `/editor/import/${importId}`,
      `/editor/preview.html?report=${id}`,
      `/editor/preview.html?report=${id}&version=1`,
      "/editor/account",
    ];
    const problems: string[] = [];
    const shown: Record<string, string> = {};
    for (const who of [EDITOR, REVIEWER, ADMIN]) {
      const { page } = await signIn(who);
      const paths = [...screens(reportId), `/editor/reports/${withdrawnId}/review`];
      if (who === ADMIN) paths.push("/editor/admin/users", "/editor/admin/places");
      for (const path of paths) {
        const { found, text } = await visit(page, path);
        shown[path] = (shown[path] ?? "") + text;
        if (found.ran.length || found.dialogs.length || found.violations.length)
          problems.push(`${who.email} ${path}: ${JSON.stringify(found)}`);
      }
      if (who === EDITOR) {
        await page.goto(`${system.url}/editor/reports/${reportId}/review`);
        await page.getByText("<svg onload=pwn(24)>", { exact: false }).first().waitFor();
        await screenshot(page, "hostile-editor-review");
      }
      await page.context().close();
    }
    expect(problems).toEqual([]);
    const all = Object.values(shown).join("\n");
    for (const [field, stored] of Object.entries(FIELDS)) {
      // Each field's first payload is on some screen, as text (or as a field's value).
      const first = stored.split(" ")[0] ?? stored;
      if (field === "sourceUrl" || field === "countyKind") continue;
      expect(all, field).toContain(first);
    }
    expect(all).toContain(FIELDS.sourceUrl);
  });

  it("serves the feed and the sitemap as XML that parses, with the payloads as text", async () => {
    const page = await openPage(browser);
    await page.goto(`${system.url}/`);
    for (const path of ["/feed.xml", "/sitemap.xml"]) {
      const res = await fetch(system.url + path);
      expect(res.headers.get("content-type")).toMatch(/xml/);
      const xml = await res.text();
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, "application/xml");
        const error = doc.querySelector("parsererror")?.textContent ?? null;
        return {
          error,
          titles: [...doc.querySelectorAll("entry > title")].map((t) => t.textContent ?? ""),
          authors: [...doc.querySelectorAll("entry > author > name")].map((t) => t.textContent ?? ""),
          summaries: [...doc.querySelectorAll("entry > summary")].map((t) => t.textContent ?? ""),
          scripts: doc.getElementsByTagName("script").length + doc.getElementsByTagName("svg").length,
        };
      }, xml);
      expect(parsed.error, path).toBeNull();
      expect(parsed.scripts, path).toBe(0);
      if (path === "/feed.xml") {
        expect(parsed.titles).toContain(FIELDS.title);
        expect(parsed.titles).toContain(`更正：${FIELDS.title}`);
        expect(parsed.authors).toContain(`${FIELDS.townshipName}人民政府`);
        expect(parsed.summaries).toContain(`更正说明：${FIELDS.changeNote}`);
      }
    }
    await page.context().close();
  });

  it("defuses spreadsheet formulas in every CSV and round-trips the payloads in JSON", async () => {
    const csvs = [
      "/api/v1/reports.csv",
      `/reports/${reportId}/figures.csv`,
      `/api/v1/indicators/fiscal_revenue/series.csv?township=${TOWNSHIP}`,
    ];
    const cells: string[] = [];
    for (const path of csvs) {
      const res = await fetch(system.url + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      cells.push(...parseCsv((await res.text()).replace(/^\uFEFF/, "")).flat());
    }
    const dangerous = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c));
    expect(dangerous).toEqual([]);
    expect(cells).toContain(`'${FIELDS.title}`);
    expect(cells).toContain(`'${FIELDS.subject}`);
    expect(cells.some((c) => c.startsWith("'@SUM(1+1)"))).toBe(true);

    const json = await fetch(`${system.url}/api/v1/reports/${reportId}`);
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await json.json()) as {
      title: string;
      township: { name: string };
      report: {
        meeting: { name: string };
        sections: Array<{ heading: string }>;
        source: { sourceUrl: string };
      };
      publications: Array<{ changeNote: string | null }>;
    };
    expect(body.title).toBe(FIELDS.title);
    expect(body.township.name).toBe(FIELDS.townshipName);
    expect(body.report.meeting.name).toBe(FIELDS.meeting);
    expect(body.report.sections.map((s) => s.heading)).toContain(FIELDS.heading);
    expect(body.publications.map((p) => p.changeNote)).toContain(FIELDS.changeNote);
    const withdrawn = await fetch(`${system.url}/api/v1/reports/${withdrawnId}`);
    expect(withdrawn.status).toBe(410);
    expect(((await withdrawn.json()) as { notice: { reason: string } }).notice.reason).toBe(
      FIELDS.withdrawal,
    );
    const openApi = await fetch(`${system.url}/api/v1/openapi.json`);
    expect(openApi.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await openApi.json()) as { openapi: string }).openapi).toMatch(/^3\./);
  });
});

/** The CSP's directives by name. */
function directives(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** What is missing from a response's security headers, or an empty list. */
function headerProblems(res: Response): string[] {
  const problems: string[] = [];
  const csp = directives(res.headers.get("content-security-policy") ?? "");
  const scripts = csp.get("script-src") ?? csp.get("default-src");
  if (!scripts) problems.push("no script-src");
  else {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"])
      if (scripts.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  const frames = csp.get("frame-ancestors");
  if (!frames || !(frames.includes("'none'") || frames.includes("'self'")))
    problems.push("no frame-ancestors");
  if (csp.get("object-src")?.[0] !== "'none'") problems.push("object-src is not 'none'");
  if (!csp.get("base-uri")) problems.push("no base-uri");
  if (res.headers.get("x-content-type-options") !== "nosniff") problems.push("no nosniff");
  const referrer = res.headers.get("referrer-policy") ?? "";
  if (!/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/.test(referrer))
    problems.push(`referrer-policy ${referrer || "missing"}`);
  if (!/^(DENY|SAMEORIGIN)$/.test(res.headers.get("x-frame-options") ?? ""))
    problems.push("no x-frame-options");
  return problems;
}

describe("security headers and raw HTTP abuse against the started server", () => {
  let server: System;
  beforeAll(async () => {
    server = await startSystem({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } });
  });
  afterAll(() => server?.dispose());

  it("sends the security headers on every page the sitemap lists, on the editor, the API, the feeds and errors", async () => {
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
    expect(listed.length).toBeGreaterThan(20);
    const editorHtml = await (await fetch(`${server.url}/editor/`)).text();
    const editorAsset =
      /src="(\/editor\/assets\/[^"]+\.js)"/.exec(editorHtml)?.[1] ?? "/editor/assets/missing.js";
    const readerHtml = await (await fetch(`${server.url}/`)).text();
    const readerAsset = /href="(\/assets\/[^"]+\.css)"/.exec(readerHtml)?.[1] ?? "/assets/missing.css";
    const paths = [
      ...listed,
      ...listed.slice(0, 20).map((p) => `/en${p === "/" ? "/" : p}`),
      "/search?q=%E5%B7%A5%E4%BD%9C",
      "/editor/",
      "/editor/login",
      "/editor/reports/anything/edit",
      "/editor/preview.html",
      editorAsset,
      readerAsset,
      "/favicon.svg",
      "/robots.txt",
      "/feed.xml",
      "/sitemap.xml",
      "/healthz",
      "/api/v1/reports",
      "/api/v1/reports.csv",
      "/api/v1/openapi.json",
      "/api/v1/nothing",
      "/api/v1/reports/nothing",
      "/api/v1/search",
      "/trpc/auth.me",
      "/trpc/nothing.here",
      "/reports/nothing",
      "/no/such/page",
      "/assets/nothing.js",
    ];
    const problems: string[] = [];
    for (const path of paths) {
      const res = await fetch(server.url + path, { redirect: "manual" });
      await res.arrayBuffer();
      for (const p of headerProblems(res)) problems.push(`GET ${path} (${res.status}): ${p}`);
    }
    const refusals: Array<[string, RequestInit]> = [
      ["/trpc/auth.login", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }],
      [
        "/trpc/auth.login",
        {
          method: "POST",
          body: "a=b",
          headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url },
        },
      ],
      ["/", { method: "PUT", body: "{}" }],
      ["/api/v1/reports", { method: "DELETE" }],
    ];
    for (const [path, init] of refusals) {
      const res = await fetch(server.url + path, init);
      await res.arrayBuffer();
      expect(res.status, `${init.method} ${path}`).toBeGreaterThanOrEqual(400);
      for (const p of headerProblems(res)) problems.push(`${init.method} ${path} (${res.status}): ${p}`);
    }
    expect(problems).toEqual([]);
  });

  /** Sends raw bytes on a new connection and returns whatever comes back before the server closes or 2 s pass. */
  function raw(bytes: Buffer | string, options: { thenClose?: boolean } = {}): Promise<string> {
    const { hostname, port } = new URL(server.url);
    return new Promise((resolve) => {
      let answer = "";
      const socket = connect(Number(port), hostname, () => {
        socket.write(bytes);
        if (options.thenClose) socket.end();
      });
      const done = () => {
        socket.destroy();
        resolve(answer);
      };
      socket.on("data", (d) => {
        answer += d.toString("latin1");
      });
      socket.on("end", done);
      socket.on("error", done);
      setTimeout(done, 2_000);
    });
  }

  it("survives malformed HTTP on the socket and still answers /healthz", async () => {
    const big = "x".repeat(100_000);
    const abuses: Array<[string, Buffer | string, RegExp | null]> = [
      ["garbage", "GARBAGE\r\n\r\n", /^HTTP\/1\.1 400/],
      [
        "a request line of invalid UTF-8",
        Buffer.concat([
          Buffer.from("GET /reports/"),
          Buffer.from([0xff, 0xfe, 0xc0, 0xaf]),
          Buffer.from(" HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        ]),
        /^HTTP\/1\.1 [2-4]\d\d/,
      ],
      ["a header of 100 kB", `GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${big}\r\n\r\n`, /^HTTP\/1\.1 431/],
      ["no Host header", "GET / HTTP/1.1\r\n\r\n", /^HTTP\/1\.1 400/],
      ["a Host with spaces", "GET / HTTP/1.1\r\nHost: a b<script>\r\n\r\n", /^HTTP\/1\.1 [2-4]\d\d/],
      [
        "Content-Length and Transfer-Encoding together",
        "POST /trpc/auth.login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        /^HTTP\/1\.1 400/,
      ],
      [
        "an invalid chunk size",
        "POST /trpc/auth.login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nabc\r\n0\r\n\r\n",
        /^HTTP\/1\.1 400/,
      ],
      [
        "a body shorter than its length, then closed",
        `POST /trpc/auth.login HTTP/1.1\r\nHost: localhost\r\nOrigin: http://localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":`,
        null,
      ],
      [
        "a JSON body of invalid UTF-8",
        Buffer.concat([
          Buffer.from(
            `POST /trpc/auth.login HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nOrigin: ${server.url}\r\nContent-Type: application/json\r\nContent-Length: 34\r\nConnection: close\r\n\r\n{"email":"`,
          ),
          Buffer.from([0xff, 0xfe, 0xfd]),
          Buffer.from(`@x.cn","password":"x"}`),
        ]),
        /^HTTP\/1\.1 4\d\d/,
      ],
      [
        "a JSON body in UTF-16",
        Buffer.concat([
          Buffer.from(
            `POST /trpc/auth.login HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nOrigin: ${server.url}\r\nContent-Type: application/json; charset=utf-16\r\nContent-Length: 20\r\nConnection: close\r\n\r\n`,
          ),
          Buffer.from('{"a":1,"b":2}', "utf16le").subarray(0, 20),
        ]),
        /^HTTP\/1\.1 4\d\d/,
      ],
      [
        "a gzip-encoded body (not decoded)",
        `POST /trpc/auth.login HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nOrigin: ${server.url}\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\nConnection: close\r\n\r\n\x1f\x8b\x08\x00`,
        /^HTTP\/1\.1 4\d\d/,
      ],
      [
        "an absolute URI to another host",
        "GET http://evil.example/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n",
        /^HTTP\/1\.1 [2-4]\d\d/,
      ],
      [
        "a path with a NUL",
        "GET /%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
        /^HTTP\/1\.1 [2-4]\d\d/,
      ],
    ];
    for (const [name, bytes, expected] of abuses) {
      const answer = await raw(bytes, { thenClose: expected === null });
      if (expected) expect(answer, name).toMatch(expected);
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status, `after ${name}`).toBe(200);
    }
    // A body over the limit, for real over the socket: refused with 413 and the security headers.
    const body = `{"email":"${"x".repeat(2 * 1024 * 1024)}"}`;
    const over = await raw(
      `POST /trpc/auth.login HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nOrigin: ${server.url}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    expect(over).toMatch(/^HTTP\/1\.1 413/);
    const head = new Headers(
      over
        .split("\r\n\r\n")[0]
        ?.split("\r\n")
        .slice(1)
        .map(
          (line) =>
            [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()] as [string, string],
        ),
    );
    expect(headerProblems(new Response(null, { headers: head }))).toEqual([]);
    expect(server.output()).not.toMatch(/uncaught|unhandled/i);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
