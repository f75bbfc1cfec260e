import { chromium } from "playwright-core";

const [url, out, w, h, scheme] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({
  viewport: { width: Number(w), height: Number(h) },
  locale: "zh-CN",
  colorScheme: (scheme as "dark") ?? "light",
});
await page.goto(url!);
await page.screenshot({ path: out! });
await browser.close();
