import { describe, expect, it } from "vitest";
import { ingestFile } from "../src/ingest-file";
import { ingestText } from "../src/ingest-text";
import { brokenInvariants } from "./invariants";
import { sampleText } from "./scorer";

// Inputs built to find quadratic loops and runaway patterns: each must finish within a second with a valid result
// or a clear error. (Throughput is measured by `pnpm bench ingest`; here only the ceiling is checked.)

const MB = 1024 * 1024;

/**
 * CPU time of the best of three runs, in milliseconds. Test files run in parallel on shared machines: the
 * processor time a run takes says what the code costs, the wall clock also says how busy the machine was.
 */
function timed<T>(f: () => T): { value: T; ms: number } {
  let best = Number.POSITIVE_INFINITY;
  let value = f();
  for (let run = 0; run < 3; run++) {
    const t0 = process.cpuUsage();
    value = f();
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { value, ms: best };
}

const cases: Array<[string, () => string]> = [
  ["1 MB of one Chinese character", () => "一".repeat(MB / 3)],
  ["1 MB of one digit", () => "8".repeat(MB)],
  ["1 MB of full stops", () => "。".repeat(MB / 3)],
  ["1 MB of spaces and tabs", () => " \t".repeat(MB / 2)],
  ["1 MB of question marks", () => "?".repeat(MB)],
  ["1 MB of redaction marks", () => "x".repeat(MB)],
  [
    "1 MB of a report with no line break",
    () =>
      sampleText("wangjing-2022-gwr.txt")
        .replace(/\n/g, "")
        .repeat(25)
        .slice(0, MB / 3),
  ],
  ["100k heading markers on their own lines", () => "一、\n".repeat(100_000)],
  [
    "100k numbered headings",
    () => Array.from({ length: 100_000 }, (_, i) => `(${(i % 10) + 1})加强管理`).join("\n"),
  ],
  ["100k dash headings", () => "——加强管理,推进发展\n".repeat(100_000)],
  [
    "100k collection markers",
    () => Array.from({ length: 100_000 }, (_, i) => `工作报告篇${(i % 10) + 1}`).join("\n"),
  ],
  ["deeply nested brackets", () => `${"(".repeat(200_000)}1${")".repeat(200_000)}`],
  ["deeply nested quotes", () => `${"“".repeat(100_000)}三个${"”".repeat(100_000)}`],
  ["100k list headers", () => "相关文章\n".repeat(100_000)],
  ["100k page numbers", () => "- 3 -\n".repeat(100_000)],
  ["a million alternating figures", () => "1万元,".repeat(200_000)],
  ["unit words with no numbers", () => "万元亿元平方米".repeat(100_000)],
  ["numbers glued to hedges", () => "超近约余多以上左右".repeat(50_000) + "12".repeat(50_000)],
];

describe("adversarial inputs", () => {
  for (const [name, make] of cases) {
    it(`finish in under a second with a valid result: ${name}`, () => {
      const input = make();
      const { value, ms } = timed(() => ingestText(input));
      expect(brokenInvariants(value)).toEqual([]);
      expect(ms).toBeLessThan(1000);
    });
  }

  it("give a clear error or a valid result for random bytes, in under a second", async () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed & 0xff;
    };
    for (const size of [16, 1024, MB]) {
      const bytes = Uint8Array.from({ length: size }, rand);
      const t0 = process.cpuUsage();
      const r = await ingestFile({ bytes, fileName: "random.txt" });
      const used = process.cpuUsage(t0);
      expect((used.user + used.system) / 1000).toBeLessThan(1000);
      if (r.ok) expect(brokenInvariants(r.value)).toEqual([]);
      else expect(["binary", "undecodable", "empty"]).toContain(r.error.code);
    }
  });
});
