import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe";
import { launchBrowser, openPage } from "./support/browser";
import { browserAvailable } from "./support/requirements";

// The harness itself: if these fail, every browser test's verdict is suspect.
describe.runIf(browserAvailable())("the browser harness", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("renders Chinese text with JavaScript disabled", async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.setContent(
      '<html lang="zh-CN"><body><main><h1>望京镇2022年政府工作报告</h1></main></body></html>',
    );
    expect(await page.textContent("h1")).toBe("望京镇2022年政府工作报告");
  });

  it("finds accessibility violations where there are some, and none where there are none", async () => {
    const page = await openPage(browser);
    await page.setContent(
      '<html lang="zh-CN"><head><title>t</title></head><body><main><img src="x.png"></main></body></html>',
    );
    expect((await axeViolations(page)).map((v) => v.id)).toContain("image-alt");
    await page.setContent(
      '<html lang="zh-CN"><head><title>t</title></head><body><main><h1>公开</h1></main></body></html>',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
