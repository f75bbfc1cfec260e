import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { toSpecImportResult } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { ingestText } from "../src/ingest-text";
import { SAMPLES_DIR } from "./scorer";

// The command as `pnpm -s ingest` runs it: tsx on the CLI from the repository root, relative paths resolved
// against INIT_CWD (where pnpm was started).
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLI = join(ROOT, "packages/ingest/src/cli.ts");

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: cwd },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("pnpm -s ingest", () => {
  it("prints exactly the contract's JSON with --json, for a path relative to where it was started", () => {
    const r = run(["--json", "wangjing-2022-gwr.txt"], SAMPLES_DIR);
    expect(r.code).toBe(0);
    const expected = toSpecImportResult(
      ingestText(readFileSync(join(SAMPLES_DIR, "wangjing-2022-gwr.txt"), "utf8")),
    );
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it("prints a readable outline without --json", () => {
    const r = run([join(SAMPLES_DIR, "summary-2020-plan-2021-pdf.txt")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("■ 报告 1 Report 1: 乡镇2020年工作总结和2021年工作计划");
    expect(r.stdout).toContain("已删除 Removed (6)");
  });

  it("fails with one line on stderr for a file it cannot import", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongkai-cli-"));
    writeFileSync(join(dir, "empty.txt"), "");
    const r = run(["--json", "empty.txt"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("文件为空");
  });

  it("writes one JSON file per input for a folder, with progress on stderr", () => {
    const out = mkdtempSync(join(tmpdir(), "gongkai-cli-out-"));
    const r = run(["--out", out, SAMPLES_DIR]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      readdirSync(SAMPLES_DIR)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => `${f}.json`),
    );
    expect(r.stderr).toContain("完成 done: 3/3");
    const written = JSON.parse(readFileSync(join(out, "reports-collection-10.txt.json"), "utf8"));
    expect(written.documents).toHaveLength(10);
  });

  it("explains its usage when called wrongly", () => {
    const r = run(["--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("用法 usage");
  });
});
