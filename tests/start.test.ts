import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ImportedDocument } from "@gongkai/domain";
import { ingestFile } from "@gongkai/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { System } from "./e2e/support/system";

/*
 * `pnpm start` for real (the e2e harness's process: build, then apps/api/src/main.ts in a temporary data folder
 * on a free port), seeded from samples/, checked through the open data API. Then a second process on the same
 * folder is refused, and a restart seeds nothing twice and prints no password again.
 */

const samplesDir = new URL("../samples/", import.meta.url).pathname;
const system = new System();
const samples: ImportedDocument[] = [];

interface ListedReport {
  id: string;
  title: string;
  township: string;
  county: string;
  year: number;
  kind: string;
  url: string;
  demo: boolean;
}

beforeAll(async () => {
  for (const file of readdirSync(samplesDir).filter((f) => f.endsWith(".txt"))) {
    const r = await ingestFile({
      bytes: new Uint8Array(readFileSync(join(samplesDir, file))),
      fileName: file,
    });
    if (r.ok) samples.push(...r.value.documents);
  }
}, 60_000);
afterAll(() => system.dispose());

describe("pnpm start on a fresh data folder", () => {
  it("migrates, seeds the samples and the demonstration township, prints the admin login and serves them", async () => {
    await system.start();
    expect(system.output()).toMatch(/password: \S{10,}/);
    const list = (await (await fetch(`${system.url}/api/v1/reports?pageSize=100`)).json()) as {
      total: number;
      items: ListedReport[];
    };
    expect(list.total).toBeGreaterThanOrEqual(10);
    const wangjing = list.items.find((r) => r.township === "望京镇");
    expect(wangjing).toMatchObject({ title: "望京镇2022年政府工作报告", year: 2022 });
    expect(wangjing?.url).toBe(`${system.url}/reports/${wangjing?.id}`);
    const demo = list.items.filter((r) => r.township === "示例镇");
    expect(demo.map((r) => r.year).sort()).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(demo.every((r) => r.demo && r.title.includes("演示数据"))).toBe(true);

    // The samples are filed under the township and year the import pipeline finds, and only those with a year.
    const sampleReports = list.items.filter((r) => !r.demo);
    expect(sampleReports).toHaveLength(samples.filter((d) => d.year !== null).length);
    for (const doc of samples.filter((d) => d.year !== null && d.township?.endsWith("镇"))) {
      expect(sampleReports, `${doc.township} ${doc.year}`).toContainEqual(
        expect.objectContaining({ township: doc.township, year: doc.year, kind: doc.kind }),
      );
    }
    const years = new Set(samples.map((d) => d.year));
    expect(sampleReports.filter((r) => !years.has(r.year))).toEqual([]);
    const named = new Set(samples.map((d) => d.township));
    expect(sampleReports.filter((r) => !named.has(r.township) && !r.township.startsWith("样本"))).toEqual([]);
    const damiao = sampleReports.find((r) => r.township === "大庙镇");
    if (damiao) expect(damiao.county).toBe("铜梁区");

    const report = (await (await fetch(`${system.url}/api/v1/reports/${wangjing?.id}`)).json()) as {
      report: { sections: Array<{ text: string }> };
    };
    expect(report.report.sections.map((s) => s.text).join("")).toContain("茶叶");
    const promises = (await (
      await fetch(`${system.url}/api/v1/promises?township=twp-demo`)
    ).json()) as Array<{
      status: string;
      indicatorCode: string;
      year: number;
      measure: string;
      targetAsWritten: string;
      achievedGrowthPct: number | null;
    }>;
    expect(new Set(promises.map((p) => p.status))).toEqual(new Set(["met", "not_met", "not_reported"]));
    // Each year's plan states a growth-only target (地区生产总值增长6%左右), met or missed by the growth the next
    // year's review states.
    const growth = promises.filter((p) => p.measure === "growth").sort((a, b) => a.year - b.year);
    expect(growth.map((p) => [p.indicatorCode, p.year, p.targetAsWritten, p.status])).toEqual([
      ["gdp", 2021, "增长6%左右", "met"],
      ["gdp", 2022, "增长6%左右", "not_met"],
      ["gdp", 2023, "增长6%左右", "met"],
      ["gdp", 2024, "增长6%左右", "not_met"],
      ["gdp", 2025, "增长6%左右", "not_reported"],
    ]);
    expect(growth.slice(0, 4).every((p) => p.achievedGrowthPct !== null)).toBe(true);
    // Every target of every year, for every indicator the demonstration township plans.
    const codes = new Set(promises.map((p) => p.indicatorCode));
    expect(codes.size).toBeGreaterThan(1);
    for (const code of codes) {
      expect(
        promises
          .filter((p) => p.indicatorCode === code)
          .map((p) => p.year)
          .sort(),
        code,
      ).toEqual([2021, 2022, 2023, 2024, 2025]);
    }
    // Demonstration figures say so in the open data too.
    const series = (await (
      await fetch(`${system.url}/api/v1/indicators/fiscal_revenue/series?township=twp-demo`)
    ).json()) as { points: Array<{ demo: boolean; township: string }> };
    expect(series.points.length).toBeGreaterThan(0);
    expect(series.points.every((p) => p.demo && p.township === "示例镇")).toBe(true);
    const csv = await (await fetch(`${system.url}/api/v1/indicators/fiscal_revenue/series.csv`)).text();
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    const demoColumn = header?.split(",").indexOf("demo") ?? -1;
    expect(demoColumn).toBeGreaterThanOrEqual(0);
    expect(rows.filter((r) => r.includes("示例镇")).every((r) => r.split(",")[demoColumn] === "true")).toBe(
      true,
    );
    const health = await fetch(`${system.url}/healthz`);
    expect(health.status).toBe(200);

    // A second process on the same data folder is refused with a clear message.
    const second = new System({ dataDir: system.dataDir, build: false });
    const refused = await second.start().then(
      () => "started",
      (e: Error) => e.message,
    );
    await second.stop();
    expect(refused).toContain("in use by another process");
  }, 240_000);

  it("starts again on the same folder without seeding twice or printing the password again", async () => {
    const from = system.output().length;
    await system.restart();
    const output = system.output().slice(from);
    expect(output).not.toMatch(/password:/);
    expect(output).not.toContain("seeded the store");
    const list = (await (await fetch(`${system.url}/api/v1/reports?township=twp-demo`)).json()) as {
      total: number;
    };
    expect(list.total).toBe(5);
  }, 120_000);
});
