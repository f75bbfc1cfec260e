import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOnce } from "./e2e/support/system";

/*
 * `pnpm start` for real: the server process in a temporary data folder, on a free port, seeded from samples/,
 * checked through the open data API. Then a second process on the same folder is refused, and a restart seeds
 * nothing twice and prints no password again.
 */

const root = new URL("../", import.meta.url).pathname;

// The browser assets `pnpm start` builds first.
beforeAll(() => buildOnce(), 300_000);
const dataDir = mkdtempSync(join(tmpdir(), "gongkai-start-"));
const running: ChildProcess[] = [];

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function start(extraEnv: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, ["--import", "tsx", "apps/api/src/main.ts"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /is serving at (http:\/\/[^"\s]+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1], output: () => output });
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`exited with ${code}:\n${output}`), { output }));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

afterAll(async () => {
  for (const c of running) await stop(c);
  rmSync(dataDir, { recursive: true, force: true });
});

describe("pnpm start on a fresh data folder", () => {
  it("migrates, seeds the samples and the demonstration township, prints the admin login and serves them", async () => {
    const server = await start();
    expect(server.output()).toMatch(/password: \S{10,}/);
    const list = (await (await fetch(`${server.url}/api/v1/reports?pageSize=100`)).json()) as {
      total: number;
      items: Array<{ id: string; title: string; township: string; year: number; url: string; demo: boolean }>;
    };
    expect(list.total).toBeGreaterThanOrEqual(10);
    const wangjing = list.items.find((r) => r.township === "望京镇");
    expect(wangjing).toMatchObject({ title: "望京镇2022年政府工作报告", year: 2022 });
    expect(wangjing?.url).toBe(`${server.url}/reports/${wangjing?.id}`);
    const demo = list.items.filter((r) => r.township === "示例镇");
    expect(demo.map((r) => r.year).sort()).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(demo.every((r) => r.demo && r.title.includes("演示数据"))).toBe(true);

    const report = (await (await fetch(`${server.url}/api/v1/reports/${wangjing?.id}`)).json()) as {
      report: { sections: Array<{ text: string }> };
    };
    expect(report.report.sections.map((s) => s.text).join("")).toContain("茶叶");
    const promises = (await (
      await fetch(`${server.url}/api/v1/promises?township=twp-demo`)
    ).json()) as Array<{
      status: string;
      indicatorCode: string;
      year: number;
    }>;
    expect(new Set(promises.map((p) => p.status))).toEqual(new Set(["met", "not_met", "not_reported"]));
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
      await fetch(`${server.url}/api/v1/indicators/fiscal_revenue/series?township=twp-demo`)
    ).json()) as { points: Array<{ demo: boolean; township: string }> };
    expect(series.points.length).toBeGreaterThan(0);
    expect(series.points.every((p) => p.demo && p.township === "示例镇")).toBe(true);
    const csv = await (await fetch(`${server.url}/api/v1/indicators/fiscal_revenue/series.csv`)).text();
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    const demoColumn = header?.split(",").indexOf("demo") ?? -1;
    expect(demoColumn).toBeGreaterThanOrEqual(0);
    expect(rows.filter((r) => r.includes("示例镇")).every((r) => r.split(",")[demoColumn] === "true")).toBe(
      true,
    );
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);

    // A second process on the same data folder is refused with a clear message.
    const second = await start().then(
      () => "started",
      (e: Error & { output?: string }) => e.output ?? e.message,
    );
    expect(second).toContain("in use by another process");
    await stop(server.child);
  }, 180_000);

  it("starts again on the same folder without seeding twice or printing the password again", async () => {
    const server = await start();
    expect(server.output()).not.toMatch(/password:/);
    expect(server.output()).not.toContain("seeded the store");
    const list = (await (await fetch(`${server.url}/api/v1/reports?township=twp-demo`)).json()) as {
      total: number;
    };
    expect(list.total).toBe(5);
    await stop(server.child);
  }, 120_000);
});
