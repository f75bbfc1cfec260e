import { chromium } from "playwright-core";

const base = process.argv[2] ?? "http://localhost:3100";
const paths = (process.argv[3] ?? "/").split(",");
const width = Number(process.argv[4] ?? 1280);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "zh-CN" });
const errors: string[] = [];
page.on("console", (m) => {
  if (m.type() === "error") errors.push(m.text());
});
page.on("pageerror", (e) => errors.push(String(e)));
for (const p of paths) {
  await page.goto(base + p);
  const name = p.replace(/[^a-z0-9]+/gi, "_") || "home";
  await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: true });
}
console.log(errors.join("\n") || "no console errors");
await browser.close();
