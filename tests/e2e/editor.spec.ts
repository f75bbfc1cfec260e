import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, ApiError, signInApi } from "./support/api-client";
import { axeViolations } from "./support/axe";
import { launchBrowser, openPage } from "./support/browser";
import { browserAvailable } from "./support/requirements";
import { screenshot } from "./support/screenshots";
import { type System, startSystem } from "./support/system";

/*
 * The internal editor in real Chromium against the real started system (`pnpm start`'s process, seeded with the
 * sample reports). One system and one browser for the file; each person gets their own browser context.
 *
 * 1. A township editor imports a fixture file, restores a removed fragment, confirms the figures, fixes the
 *    placeholders the checks flag and submits; the county reviewer comments and sends it back; the editor fixes
 *    it and resubmits; the reviewer approves and publishes; the report is in the reader and in /feed.xml.
 * 2. Two editors type into the same section at once: the second is shown both versions, and nothing is lost.
 * 3. An editor of township A cannot see or change township B's draft, in the editor or through the API.
 * 4. A scheduled publication whose time passes while the server is down happens when it starts again.
 */

const ADMIN = { email: "admin@e2e.gongkai.local", password: "admin-password-e2e" };
const PASSWORD = "editor-password-e2e";
const EDITOR_A = { email: "editor-a@e2e.gongkai.local", name: "甲镇编辑", password: PASSWORD };
const EDITOR_A2 = { email: "editor-a2@e2e.gongkai.local", name: "甲镇编辑二", password: PASSWORD };
const EDITOR_B = { email: "editor-b@e2e.gongkai.local", name: "石碁镇编辑", password: PASSWORD };
const REVIEWER = { email: "reviewer@e2e.gongkai.local", name: "样本县审核", password: PASSWORD };
// Seeded places (apps/api/src/seed/places.ts): 样本甲镇 in 样本县, 石碁镇 in 番禺区.
const TOWNSHIP_A = "twp-sample-1";
const TOWNSHIP_B = "twp-shiji";
const COUNTY_A = "cnty-sample";
const FIXTURE = new URL("../../samples/summary-2020-plan-2021-pdf.txt", import.meta.url).pathname;

let system: System;
let browser: Browser;
let admin: ApiClient;

// Script errors in any page fail the test that caused them.
const pageErrors: string[] = [];

async function signIn(who: { email: string; password: string }, viewport = { width: 1280, height: 900 }) {
  const page = await openPage(browser, { viewport });
  page.on("pageerror", (e) => pageErrors.push(`${who.email}: ${e.message}`));
  await page.goto(`${system.url}/editor/`);
  await page.waitForURL(/\/editor\/login/);
  await page.getByLabel("邮箱").fill(who.email);
  await page.getByLabel("密码").fill(who.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(`${system.url}/editor/`);
  return page;
}

// Saving, checking and publishing go through the server: give each observation time.
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 200 });

const reportIdOf = (page: Page) => /\/reports\/([^/?#]+)/.exec(page.url())?.[1] ?? "";

/** Waits until autosave has saved everything typed. */
async function saved(page: Page) {
  await page.locator(".save-status.save-saved").waitFor({ timeout: 20_000 });
}

/** No serious or critical accessibility violations on the page as it is. */
async function expectAccessible(page: Page) {
  const violations = (await axeViolations(page)).filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

describe.runIf(browserAvailable())("the editor", () => {
  beforeAll(async () => {
    [system, browser] = await Promise.all([
      startSystem({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } }),
      launchBrowser(),
    ]);
    admin = await signInApi(system.url, ADMIN.email, ADMIN.password);
    // The flows need a second editor of township A, an editor of township B and the county's reviewer; the
    // first editor of A is created through the admin screen below.
    await admin.mutate("users.create", {
      ...EDITOR_A2,
      grants: [{ role: "editor", townshipIds: [TOWNSHIP_A] }],
    });
    await admin.mutate("users.create", {
      ...EDITOR_B,
      grants: [{ role: "editor", townshipIds: [TOWNSHIP_B] }],
    });
    await admin.mutate("users.create", { ...REVIEWER, grants: [{ role: "reviewer", countyId: COUNTY_A }] });
  });

  afterAll(async () => {
    await browser?.close();
    await system?.dispose();
  });

  afterEach(() => {
    const errors = pageErrors.splice(0);
    expect(errors).toEqual([]);
  });

  it("lets an administrator create a township editor and see the places", async () => {
    const page = await signIn(ADMIN);
    await page.getByRole("link", { name: "用户" }).click();
    await page.getByRole("button", { name: "新建用户" }).click();
    const form = page.locator("form", { has: page.getByRole("heading", { name: "新建用户" }) });
    await form.getByLabel("姓名").fill(EDITOR_A.name);
    await form.getByLabel("邮箱").fill(EDITOR_A.email);
    await form.getByLabel("初始密码").fill(EDITOR_A.password);
    await form.getByRole("group", { name: "编辑以下乡镇的报告" }).getByLabel("样本甲镇").check();
    await screenshot(page, "editor-admin-new-user");
    await form.getByRole("button", { name: "创建用户" }).click();
    const row = page.getByRole("row", { name: new RegExp(EDITOR_A.email) });
    await poll(() => row.textContent()).toContain("编辑（样本甲镇）");
    await screenshot(page, "editor-admin-users");
    await expectAccessible(page);
    await page.getByRole("link", { name: "地区" }).click();
    await page.getByText("石碁镇").first().waitFor();
    await screenshot(page, "editor-admin-places");
    await page.context().close();
  });

  let publishedId = "";

  it("takes an imported report through checks, review, send-back and publication to the reader and the feed", async () => {
    // The township editor imports last year's file.
    const editor = await signIn(EDITOR_A);
    await screenshot(editor, "editor-dashboard-empty");
    await expectAccessible(editor);
    await editor.getByRole("link", { name: "导入报告" }).first().click();
    await editor.getByLabel("选择文件（.txt、.docx、.pdf）").setInputFiles(FIXTURE);
    await screenshot(editor, "editor-import-upload");
    await editor.getByRole("button", { name: "开始导入" }).click();
    await editor.waitForURL(/\/editor\/import\/imp-/);

    // Source and result side by side: restore one removed fragment, confirm the figures.
    const removal = editor.locator(".removal-list li").first();
    const restoredText = ((await removal.locator(".removed-text").textContent()) ?? "").trim();
    expect(restoredText.length).toBeGreaterThan(0);
    await removal.getByRole("button", { name: "恢复", exact: true }).click();
    await removal.getByRole("button", { name: "取消恢复" }).waitFor();
    expect(await editor.locator(".source-text .removal.restored").count()).toBe(1);
    expect(await editor.locator(".source-text .m-placeholder").count()).toBeGreaterThan(0);
    expect(await editor.getByRole("button", { name: "生成草稿" }).isDisabled()).toBe(true);
    await editor.getByRole("button", { name: "其余全部确认" }).click();
    await screenshot(editor, "editor-import-review");
    await expectAccessible(editor);
    await editor.getByRole("button", { name: "生成草稿" }).click();
    await editor.waitForURL(/\/editor\/reports\/rpt-/);
    const reportId = reportIdOf(editor);
    await poll(() => editor.locator("textarea.section-text").first().inputValue()).toContain(restoredText);

    // The checks flag the placeholders; each finding leads to its words, which are replaced.
    const errors = editor.locator(".checks-pane .finding-error");
    await poll(() => errors.count()).toBeGreaterThan(0);
    await screenshot(editor, "editor-workspace-checks");
    await expectAccessible(editor);
    for (let round = 0; round < 12 && (await errors.count()) > 0; round++) {
      const message = (await errors.first().textContent()) ?? "";
      expect(message, "only placeholders are expected to be errors in this fixture").toContain("占位符");
      await errors.first().locator(".finding-jump").click();
      const selected = await editor.evaluate(() => {
        const el = document.activeElement as HTMLTextAreaElement;
        return el.value.slice(el.selectionStart, el.selectionEnd);
      });
      expect(selected).toMatch(/^[xX×]{2}/);
      await editor.keyboard.type("样本甲镇");
      await saved(editor);
      await poll(async () => {
        const now = await errors.allTextContents();
        return now.length === 0 || now[0] !== message;
      }).toBe(true);
    }
    expect(await errors.count()).toBe(0);
    // Warnings pass only with a recorded acknowledgement.
    const warnings = editor.locator(".checks-pane .finding-warning:not(.acknowledged)");
    for (let round = 0; round < 12 && (await warnings.count()) > 0; round++) {
      const open = await warnings.count();
      await warnings.first().getByRole("button", { name: "确认放行" }).click();
      await editor.getByLabel("说明（可选，将被记录）").fill("已核实，本年度报告不单列问题部分");
      await editor.getByRole("button", { name: "确认", exact: true }).click();
      await poll(() => warnings.count()).toBe(open - 1);
    }
    await poll(() => warnings.count()).toBe(0);
    await editor.getByRole("button", { name: "提交审核" }).click();
    await poll(() => editor.locator(".workspace-head .badge").first().textContent()).toBe("审核中");
    await screenshot(editor, "editor-submitted");

    // The county reviewer comments on a section and sends the report back with a reason.
    const reviewer = await signIn(REVIEWER);
    const waiting = reviewer
      .locator("section.group-action")
      .getByRole("link", { name: /2020年工作总结和2021年工作计划/ });
    await waiting.click();
    await reviewer.getByRole("heading", { name: "审核流程" }).waitFor();
    await reviewer.getByRole("button", { name: "对“一、经济建设成效显著”添加意见" }).click();
    await reviewer.getByLabel("对“一、经济建设成效显著”的意见").fill("请补充招商引资项目的投资额来源。");
    await reviewer.getByRole("button", { name: "发表" }).click();
    await reviewer.getByText("请补充招商引资项目的投资额来源。").waitFor();
    await reviewer
      .getByLabel("退回原因（将通知编辑）")
      .fill("经济建设部分需补充数据来源，请修改后重新提交。");
    await screenshot(reviewer, "editor-review-comment");
    await expectAccessible(reviewer);
    await reviewer.getByRole("button", { name: "退回修改" }).click();
    await poll(() => reviewer.locator(".workspace-head .badge").first().textContent()).toBe("草稿");

    // The editor sees the comment, fixes the section, answers, and resubmits.
    await editor.goto(`${system.url}/editor/reports/${reportId}/edit`);
    const section = editor.getByRole("region", { name: "一、经济建设成效显著" });
    await section.getByRole("link", { name: "1 条评论待处理" }).waitFor();
    const text = section.locator("textarea.section-text");
    await text.click();
    await text.press("Control+End");
    await editor.keyboard.type("\n以上招商项目投资额均来自项目合同及统计部门数据。");
    await saved(editor);
    await editor.getByRole("link", { name: "审核与评论" }).click();
    await editor.getByText("退回修改：经济建设部分需补充数据来源").waitFor();
    const thread = editor.locator(".thread", { hasText: "请补充招商引资项目的投资额来源。" });
    await thread.getByRole("button", { name: "回复", exact: true }).click();
    await thread.getByLabel("回复").fill("已补充数据来源。");
    await thread.getByRole("button", { name: "发表回复" }).click();
    await thread.getByText("已补充数据来源。").waitFor();
    await thread.getByRole("button", { name: "标记为已解决" }).click();
    await thread.getByText("已解决").waitFor();
    await editor.getByRole("button", { name: "提交审核" }).click();
    await poll(() => editor.locator(".workspace-head .badge").first().textContent()).toBe("审核中");

    // The reviewer approves and publishes now.
    await reviewer.goto(`${system.url}/editor/reports/${reportId}/review`);
    await reviewer.getByRole("button", { name: "批准" }).click();
    await reviewer.getByRole("button", { name: "立即发布" }).click();
    await poll(() => reviewer.locator(".workspace-head .badge").first().textContent()).toBe("已发布");

    // History: every version, and what changed between the import and the publication.
    await reviewer.getByRole("link", { name: "历史版本" }).click();
    await reviewer.locator(".versions-table tbody tr").first().waitFor();
    expect(await reviewer.locator(".versions-table tbody tr").count()).toBeGreaterThan(4);
    await reviewer.getByLabel("从第 1 版比较").check();
    await reviewer
      .locator(".section-changes")
      .getByText("以上招商项目投资额均来自项目合同及统计部门数据。")
      .waitFor();
    await screenshot(reviewer, "editor-history-compare");

    // The public sees it: the reader's page and the Atom feed.
    const title = (await editor.locator(".workspace-title h1").textContent()) ?? "";
    const reader = await openPage(browser);
    const res = await reader.goto(`${system.url}/reports/${reportId}`);
    expect(res?.status()).toBe(200);
    expect(await reader.locator("h1").first().textContent()).toBe(title);
    expect(await reader.locator("main").textContent()).toContain(
      "以上招商项目投资额均来自项目合同及统计部门数据。",
    );
    const feed = await (await fetch(`${system.url}/feed.xml`)).text();
    expect(feed).toContain(title);
    expect(feed).toContain(reportId);
    publishedId = reportId;
    for (const p of [editor, reviewer, reader]) await p.context().close();
  }, 300_000);

  it("shows a draft exactly as the reader will, with the reader's components", async () => {
    const editor = await signIn(EDITOR_A);
    await editor.goto(`${system.url}/editor/reports/${publishedId}/edit`);
    const [preview] = await Promise.all([
      editor.context().waitForEvent("page"),
      editor.getByRole("link", { name: "预览" }).click(),
    ]);
    await preview.waitForLoadState();
    await preview.locator("article.report").waitFor();
    const reader = await openPage(browser);
    await reader.goto(`${system.url}/reports/${publishedId}`);
    // Same component, same data: the section texts and the marked figures match the public page's.
    const texts = (p: Page) => p.locator("article.report .report-text").textContent();
    expect(await texts(preview)).toBe(await texts(reader));
    expect(await preview.locator("article.report a.fig").count()).toBe(
      await reader.locator("article.report a.fig").count(),
    );
    await screenshot(preview, "editor-preview");
    await editor.context().close();
    await reader.context().close();
  });

  it("corrects a published report with a public change note, then withdraws it with a public reason", async () => {
    const editor = await signIn(EDITOR_A);
    await editor.goto(`${system.url}/editor/reports/${publishedId}/edit`);
    await editor.getByRole("button", { name: "开始更正" }).click();
    await poll(() => editor.locator(".workspace-head .badge").first().textContent()).toBe("草稿");
    const text = editor
      .getByRole("region", { name: "一、经济建设成效显著" })
      .locator("textarea.section-text");
    await text.click();
    await text.press("Control+End");
    await editor.keyboard.type("（更正：工业增加值以统计年报为准。）");
    await saved(editor);
    await editor.getByRole("button", { name: "提交审核" }).click();
    await poll(() => editor.locator(".workspace-head .badge").first().textContent()).toBe("审核中");

    const reviewer = await signIn(REVIEWER);
    await reviewer.goto(`${system.url}/editor/reports/${publishedId}/review`);
    await reviewer.getByRole("button", { name: "批准" }).click();
    await reviewer.getByLabel("更正说明（公开）").waitFor();
    expect(await reviewer.getByRole("button", { name: "发布更正" }).isDisabled()).toBe(true);
    await reviewer.getByLabel("更正说明（公开）").fill("更正工业增加值的数据来源说明。");
    await reviewer.getByRole("button", { name: "发布更正" }).click();
    await poll(() => reviewer.locator(".workspace-head .badge").first().textContent()).toBe("已发布");
    const page = await (await fetch(`${system.url}/reports/${publishedId}`)).text();
    expect(page).toContain("更正工业增加值的数据来源说明。");
    expect(page).toContain("（更正：工业增加值以统计年报为准。）");

    await reviewer.getByLabel("撤回原因（公开）").fill("报告数据正在重新核实，核实后重新发布。");
    await reviewer.getByRole("button", { name: "撤回发布" }).click();
    await reviewer.getByRole("button", { name: "撤回发布" }).click();
    await poll(() => reviewer.locator(".workspace-head .badge").first().textContent()).toBe("已撤回");
    await screenshot(reviewer, "editor-withdrawn");
    const gone = await fetch(`${system.url}/reports/${publishedId}`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("报告数据正在重新核实，核实后重新发布。");
    await editor.context().close();
    await reviewer.context().close();
  });

  it("shows the second of two editors typing in one section both versions to merge, and loses nothing", async () => {
    const first = await signIn(EDITOR_A);
    await first.getByRole("link", { name: "新建报告" }).first().click();
    await first.getByLabel("年份", { exact: true }).fill("2024");
    await first.getByRole("button", { name: "创建报告" }).click();
    await first.waitForURL(/\/editor\/reports\/rpt-/);
    const reportId = reportIdOf(first);
    const textOf = (p: Page) => p.locator(".section-card").first().locator("textarea.section-text");
    await textOf(first).fill("全年完成财政收入2630万元。");
    await saved(first);

    const second = await signIn(EDITOR_A2);
    await second.goto(`${system.url}/editor/reports/${reportId}/edit`);
    await poll(() => textOf(second).inputValue()).toBe("全年完成财政收入2630万元。");
    // The second editor's connection drops while typing; their words stay in the draft.
    await second.context().setOffline(true);
    await textOf(second).press("Control+End");
    await second.keyboard.type("同比增长12%。");
    // Meanwhile the first editor adds to the same passage and saves.
    await textOf(first).press("Control+End");
    await first.keyboard.type("其中税收收入1800万元。");
    await saved(first);
    await second.context().setOffline(false);

    const dialog = second.getByRole("dialog", { name: "合并修改" });
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.locator(".versions-compare").textContent()).toContain("其中税收收入1800万元。");
    expect(await dialog.locator(".versions-compare").textContent()).toContain("同比增长12%。");
    const merged = dialog.getByLabel("合并结果（可直接修改）");
    expect(await merged.inputValue()).toContain("其中税收收入1800万元。");
    expect(await merged.inputValue()).toContain("同比增长12%。");
    await screenshot(second, "editor-conflict-merge");
    await expectAccessible(second);
    await dialog.getByRole("button", { name: "保存合并结果" }).click();
    await saved(second);

    const api = await signInApi(system.url, EDITOR_A.email, EDITOR_A.password);
    const working = await api.query<{ report: { sections: Array<{ text: string }> } }>("reports.get", {
      reportId,
    });
    const text = working.report.sections[0]?.text ?? "";
    expect(text).toContain("全年完成财政收入2630万元。");
    expect(text).toContain("其中税收收入1800万元。");
    expect(text).toContain("同比增长12%。");
    // The first editor's page picks up the merge.
    await first.reload();
    await poll(() => textOf(first).inputValue()).toBe(text);
    await first.context().close();
    await second.context().close();
  }, 180_000);

  it("restructures a report by keyboard and by dragging, splits and merges sections, and keeps its figure table", async () => {
    const editor = await signIn(EDITOR_A);
    await editor.getByRole("link", { name: "新建报告" }).first().click();
    await editor.getByLabel("年份", { exact: true }).fill("2023");
    await editor.getByRole("button", { name: "创建报告" }).click();
    await editor.waitForURL(/\/editor\/reports\/rpt-/);
    const reportId = reportIdOf(editor);
    const api = await signInApi(system.url, EDITOR_A.email, EDITOR_A.password);
    const sections = async () =>
      (
        await api.query<{ report: { sections: Array<{ heading: string; level: number; text: string }> } }>(
          "reports.get",
          { reportId },
        )
      ).report.sections;
    const headings = async () => (await sections()).map((x) => `${x.level}${x.heading}`);

    // Keyboard: pick up the second section, move it down one place, drop it.
    await editor.getByRole("button", { name: "移动“二、存在的问题和不足”" }).focus();
    // Each step is announced to screen readers; waiting for it also lets the drag take hold.
    await editor.keyboard.press("Space");
    await editor
      .getByText("“二、存在的问题和不足”移到“二、存在的问题和不足”处", { exact: false })
      .waitFor({ state: "attached" });
    await editor.keyboard.press("ArrowDown");
    await editor
      .getByText("“二、存在的问题和不足”移到“三、今年工作的指导思想”处", { exact: false })
      .waitFor({ state: "attached" });
    await editor.keyboard.press("Space");
    await poll(headings).toEqual([
      "1上年工作回顾",
      "1今年工作的指导思想",
      "1存在的问题和不足",
      "1今年主要预期目标",
      "1今年重点工作安排",
      "1加强政府自身建设",
      "1结束语",
    ]);
    // Pointer: drag the closing words to the top.
    const handle = editor.getByRole("button", { name: "移动“结束语”" });
    const target = editor.getByRole("button", { name: "移动“一、上年工作回顾”" });
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error("outline handles not laid out");
    await editor.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await editor.mouse.down();
    for (let step = 1; step <= 12; step++) {
      const y = from.y + ((to.y - 6 - from.y) * step) / 12 + from.height / 2;
      await editor.mouse.move(from.x + from.width / 2, y);
    }
    await editor.mouse.up();
    await poll(async () => (await headings())[0]).toBe("1结束语");
    // Indent the guiding principles under the review, by its own button.
    const principles = editor.getByRole("region", { name: /今年工作的指导思想/ });
    await principles.getByRole("button", { name: "降一级" }).click();
    await poll(async () => (await headings()).slice(1, 3)).toEqual(["1上年工作回顾", "2今年工作的指导思想"]);

    // Split the review at the cursor, then merge the new section back.
    const review = editor.getByRole("region", { name: /上年工作回顾/ }).locator("textarea.section-text");
    await review.fill("全年完成财政收入2630万元。\n招商引资取得新突破。");
    await saved(editor);
    await review.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(15, 15));
    await editor
      .getByRole("region", { name: /上年工作回顾/ })
      .getByRole("button", { name: "在光标处拆分" })
      .click();
    await poll(async () => (await sections()).map((x) => x.text).slice(1, 3)).toEqual([
      "全年完成财政收入2630万元。",
      "招商引资取得新突破。",
    ]);
    await editor
      .getByRole("region", { name: "第 3 节标题" })
      .getByRole("button", { name: "并入上一节" })
      .click();
    await poll(async () => (await sections())[1]?.text).toBe(
      "全年完成财政收入2630万元。\n招商引资取得新突破。",
    );
    await screenshot(editor, "editor-sections-restructured");

    // The figure table: link to the catalogue by an alias, convert the unit, replace the preliminary figure.
    await editor.getByRole("link", { name: "指标", exact: true }).click();
    await editor.getByRole("button", { name: "添加指标" }).click();
    const form = editor.locator("form.observation-form");
    await form.getByRole("combobox", { name: "指标" }).fill("财政总收入");
    await form
      .getByRole("option", { name: /财政收入/ })
      .first()
      .click();
    await form.getByLabel("数值").fill("2630");
    await form.getByLabel("单位").fill("万元");
    await form.getByLabel("预计数（待最终数替换）").check();
    await form.getByLabel("所在章节").selectOption({ label: "上年工作回顾" });
    await form.getByLabel("原文写法").fill("2630万元");
    await form.getByRole("button", { name: "保存" }).click();
    const row = editor.locator(".indicator-table tbody tr").first();
    await poll(() => row.textContent()).toContain("2630万元");
    await row.getByRole("button", { name: "换算单位" }).click();
    await editor.getByLabel("换算为").selectOption("亿元");
    await poll(() => editor.locator(".conversion").textContent()).toContain("0.263");
    await editor.getByRole("button", { name: "使用换算结果" }).click();
    await poll(() => row.textContent()).toContain("0.263亿元");
    await row.getByRole("button", { name: "替换为最终数" }).click();
    await editor.getByLabel("最终数").fill("0.27");
    await editor.getByLabel("说明").fill("以统计年报数据为准");
    await editor.locator("form").getByRole("button", { name: "替换为最终数" }).click();
    await poll(() => row.textContent()).toContain("修订记录（1）");
    await screenshot(editor, "editor-indicators");
    const observation = (
      await api.query<{ report: { observations: Array<Record<string, unknown>> } }>("reports.get", {
        reportId,
      })
    ).report.observations[0];
    expect(observation).toMatchObject({
      indicatorCode: "fiscal_revenue",
      decimal: "0.27",
      unit: "亿元",
      preliminary: false,
      confirmed: true,
      revisions: [{ decimal: "0.263", unit: "亿元", note: "以统计年报数据为准" }],
      provenance: { figure: "2630万元" },
    });
    // And the figure leads to where it stands in the text.
    await row.getByRole("button", { name: "在原文中定位" }).click();
    await poll(() =>
      editor.evaluate(() => {
        const el = document.activeElement as HTMLTextAreaElement;
        return el.value?.slice(el.selectionStart, el.selectionEnd);
      }),
    ).toBe("2630万元");
    await editor.context().close();
  }, 180_000);

  it("keeps township B's drafts from an editor of township A, in the editor and through the API", async () => {
    const b = await signInApi(system.url, EDITOR_B.email, EDITOR_B.password);
    const created = await b.mutate<{
      reportId: string;
      version: number;
      report: { sections: Array<{ id: string }> };
    }>("reports.create", {
      townshipId: TOWNSHIP_B,
      kind: "government_work_report",
      year: 2025,
      title: "石碁镇2025年政府工作报告（内部草稿）",
    });
    const sectionId = created.report.sections[0]?.id ?? "";

    const editor = await signIn(EDITOR_A);
    expect(await editor.locator("main").textContent()).not.toContain("石碁镇2025年政府工作报告");
    await editor.goto(`${system.url}/editor/reports/${created.reportId}/edit`);
    await editor.getByRole("heading", { name: "找不到页面" }).waitFor();
    expect(await editor.locator("main").textContent()).toContain("找不到该报告，或您无权查看它。");
    await screenshot(editor, "editor-other-township-refused");
    // The same refusal from the API with the editor's own session, read and write alike.
    const a = await signInApi(system.url, EDITOR_A.email, EDITOR_A.password);
    const refused = async (p: Promise<unknown>) => {
      const e = await p.then(
        () => null,
        (x: unknown) => x,
      );
      return e instanceof ApiError ? e.code : "allowed";
    };
    expect(await refused(a.query("reports.get", { reportId: created.reportId }))).toBe("NOT_FOUND");
    expect(
      await refused(
        a.mutate("sections.edit", {
          reportId: created.reportId,
          baseVersion: created.version,
          sectionId,
          patch: { text: "篡改" },
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await refused(a.query("comments.list", { reportId: created.reportId }))).toBe("NOT_FOUND");
    const mine = await a.query<Array<{ id: string }>>("reports.mine");
    expect(mine.some((r) => r.id === created.reportId)).toBe(false);
    const unchanged = await b.query<{ version: number }>("reports.get", { reportId: created.reportId });
    expect(unchanged.version).toBe(created.version);
    await editor.context().close();
  });

  it("works on a tablet and in English", async () => {
    const editor = await signIn(EDITOR_A, { width: 820, height: 1180 });
    await editor.locator("section.group").first().getByRole("link").first().click();
    await editor.waitForURL(/\/editor\/reports\//);
    await editor.locator(".section-card").first().waitFor();
    await screenshot(editor, "editor-workspace-tablet");
    await editor.getByRole("button", { name: "English" }).click();
    await editor.getByRole("link", { name: "Figures" }).click();
    await editor.getByRole("heading", { name: "Figures" }).waitFor();
    await screenshot(editor, "editor-indicators-english");
    await expectAccessible(editor);
    await editor.context().close();
  });

  it("publishes a scheduled report whose time passed while the server was down when it starts again", async () => {
    // A report ready to publish: written, checked, submitted, approved (through the API).
    const a = await signInApi(system.url, EDITOR_A.email, EDITOR_A.password);
    const created = await a.mutate<{
      reportId: string;
      version: number;
      report: { sections: Array<{ id: string }> };
    }>("reports.create", {
      townshipId: TOWNSHIP_A,
      kind: "work_summary",
      year: 2025,
      title: "样本甲镇2025年工作总结",
    });
    let version = created.version;
    for (const s of created.report.sections) {
      const r = await a.mutate<{ version: number }>("sections.edit", {
        reportId: created.reportId,
        baseVersion: version,
        sectionId: s.id,
        patch: { text: "全年完成财政收入2630万元，同比增长8%。各项工作有序推进。" },
      });
      version = r.version;
    }
    const checks = await a.query<{ findings: Array<{ key: string; severity: string }> }>("checks.run", {
      reportId: created.reportId,
    });
    for (const f of checks.findings.filter((x) => x.severity === "warning"))
      await a.mutate("checks.acknowledge", { reportId: created.reportId, key: f.key, note: "已核实" });
    await a.mutate("workflow.transition", {
      reportId: created.reportId,
      baseVersion: version,
      event: { type: "submit" },
    });
    const r = await signInApi(system.url, REVIEWER.email, REVIEWER.password);
    await r.mutate("workflow.transition", {
      reportId: created.reportId,
      baseVersion: version,
      event: { type: "approve" },
    });

    // The reviewer schedules it in the editor (Beijing time).
    const reviewer = await signIn(REVIEWER);
    await reviewer.goto(`${system.url}/editor/reports/${created.reportId}/review`);
    // The field takes minutes: the next full minute at least 25 s away, time enough to take the server down.
    const due = new Date(Math.ceil((Date.now() + 25_000) / 60_000) * 60_000);
    const local = new Date(due.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
    await reviewer.getByLabel("定时发布时间").fill(local);
    await reviewer.getByRole("button", { name: "定时发布", exact: true }).click();
    await poll(() => reviewer.locator(".workspace-head .badge").first().textContent()).toBe("定时发布");
    await screenshot(reviewer, "editor-scheduled");
    await reviewer.context().close();

    // The server goes down hard before the time, and comes back after it.
    await system.kill();
    const logStart = system.output().length;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due.getTime() - Date.now() + 1500)));
    await system.start();
    expect(system.output().slice(logStart)).toContain(
      "published a scheduled publication missed while the server was down",
    );
    const res = await fetch(`${system.url}/reports/${created.reportId}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("样本甲镇2025年工作总结");
    const after = await signInApi(system.url, EDITOR_A.email, EDITOR_A.password);
    const working = await after.query<{ state: string }>("reports.get", { reportId: created.reportId });
    expect(working.state).toBe("published");
  }, 300_000);
});
