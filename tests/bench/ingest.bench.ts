// The import benchmark: throughput of `ingestText` on the sample reports and on a 20 MB synthetic corpus, and
// whether it scales linearly (time for 10× the input over time for 1×, required ≤ 11). Every figure is also given
// as a ratio against a baseline measured in the same run (one UTF-8 encoding pass over the same text), because
// these machines are shared and absolute times drift. Requirements: ≥ 10 MB/s on text, ratio ≤ 11.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ingestText } from "../../packages/ingest/src/index";

const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));
const MB = 1024 * 1024;

const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(`${SAMPLES}${f}`, "utf8") }));

function bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/**
 * The fastest of `runs` timings, in milliseconds; with `collect`, after a garbage collection so that one large
 * run's garbage is not charged to the next.
 */
function time(f: () => unknown, runs: number, collect = false): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    if (collect) (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const encoder = new TextEncoder();
const baseline = (text: string) => time(() => encoder.encode(text), 5);

/** A seeded generator, so every run measures the same corpus. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NOISE = [
  "- 19.09 KB",
  "- 2021-04-14 发布",
  "- 2、本文档内容版权归属内容提供方,所产生的收益全部归内容提供方所有。如果您对本文有版权争议,请立即联系网站客服。",
  "- 3 -",
  "相关文章",
  "县人民政府工作报告",
  "市人民政府工作报告(全文)",
];

/** About `size` bytes of reports: the samples' paragraphs shuffled into reports, with site noise between. */
function syntheticCorpus(size: number, seed: number): string {
  const rand = prng(seed);
  const paragraphs = samples.flatMap((s) => s.text.split("\n")).filter((p) => p.trim().length > 0);
  const out: string[] = [];
  let n = 0;
  let report = 1;
  while (n < size) {
    const header = `乡镇政府工作报告篇${report++}`;
    out.push(header);
    n += bytes(header) + 1;
    for (let k = 0; k < 60 && n < size; k++) {
      const p =
        rand() < 0.05
          ? (NOISE[Math.floor(rand() * NOISE.length)] ?? "")
          : (paragraphs[Math.floor(rand() * paragraphs.length)] ?? "");
      out.push(p);
      n += bytes(p) + 1;
    }
  }
  return out.join("\n");
}

function mbps(size: number, ms: number): string {
  return (size / MB / (ms / 1000)).toFixed(1);
}

let failed = false;

console.log("sample reports (each imported 50 times, best run):");
ingestText(samples.map((s) => s.text).join("\n")); // warm up the JIT on real text
for (const s of samples) {
  const ms = time(() => ingestText(s.text), 50);
  const base = baseline(s.text);
  console.log(
    `  ${s.name.padEnd(34)} ${(bytes(s.text) / 1024).toFixed(0).padStart(5)} KB  ${mbps(bytes(s.text), ms).padStart(6)} MB/s  ${(ms / base).toFixed(0)}× the baseline`,
  );
}

const small = syntheticCorpus(2 * MB, 1);
const large = syntheticCorpus(20 * MB, 1);
ingestText(small);
const tSmall = time(() => ingestText(small), 3, true);
const tLarge = time(() => ingestText(large), 2, true);
const bSmall = baseline(small);
const bLarge = baseline(large);
const rate = bytes(large) / MB / (tLarge / 1000);
const ratio = tLarge / tSmall;
const sizeRatio = bytes(large) / bytes(small);

console.log("synthetic corpus:");
console.log(
  `  1×  ${(bytes(small) / MB).toFixed(1)} MB  ${tSmall.toFixed(0)} ms  ${mbps(bytes(small), tSmall)} MB/s  ${(tSmall / bSmall).toFixed(0)}× the baseline`,
);
console.log(
  `  10× ${(bytes(large) / MB).toFixed(1)} MB  ${tLarge.toFixed(0)} ms  ${rate.toFixed(1)} MB/s  ${(tLarge / bLarge).toFixed(0)}× the baseline`,
);
console.log(`  time 10×/1×: ${ratio.toFixed(2)} for ${sizeRatio.toFixed(2)}× the input (linear: ≤ 11)`);

if (rate < 10) {
  console.log(`FAIL: ${rate.toFixed(1)} MB/s is below 10 MB/s`);
  failed = true;
}
if (ratio > 11) {
  console.log(`FAIL: 10× the input took ${ratio.toFixed(2)}× the time`);
  failed = true;
}
if (!failed) console.log("ok: ≥ 10 MB/s and linear");
process.exitCode = failed ? 1 : 0;
