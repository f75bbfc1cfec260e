import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SpecImportResult } from "@gongkai/domain";

/** The repository's copies of the import contract's gold files and scorer, and of the sample reports. */
export const GOLD_DIR = fileURLToPath(new URL("../eval/gold/", import.meta.url));
export const SCORER = fileURLToPath(new URL("../eval/score-ingest.mjs", import.meta.url));
export const SAMPLES_DIR = fileURLToPath(new URL("../../../samples/", import.meta.url));

export interface Gold {
  name: string;
  source: string;
  path: string;
}

export function goldFiles(): Gold[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const path = join(GOLD_DIR, f);
      const gold = JSON.parse(readFileSync(path, "utf8")) as { source: string };
      return { name: f.replace(/\.json$/, ""), source: gold.source, path };
    });
}

export function sampleText(source: string): string {
  return readFileSync(join(SAMPLES_DIR, source), "utf8");
}

export interface Score {
  documents: { gold: number; found: number };
  noise: number;
  retention: number;
  headingsF1: number;
  quantitiesF1: number;
  qualifierAgreement: number | null;
  indicatorsF1: number;
  placeholders: number;
}

/** Runs the contract's scorer (as CI would from the command line) on a result against a gold file. */
export function score(result: SpecImportResult, goldPath: string): Score {
  const dir = mkdtempSync(join(tmpdir(), "gongkai-score-"));
  const file = join(dir, "result.json");
  writeFileSync(file, JSON.stringify(result));
  const out = execFileSync(process.execPath, [SCORER, file, goldPath, "--json"], { encoding: "utf8" });
  return JSON.parse(out) as Score;
}

/** The thresholds of the import issue, on every gold file. */
export function expectThresholds(
  s: Score,
  expect: (v: unknown) => { toBe: (x: unknown) => void; toBeGreaterThanOrEqual: (x: number) => void },
) {
  expect(s.documents.found).toBe(s.documents.gold);
  expect(s.noise).toBe(1);
  expect(s.retention).toBeGreaterThanOrEqual(0.98);
  expect(s.headingsF1).toBeGreaterThanOrEqual(0.9);
  expect(s.quantitiesF1).toBeGreaterThanOrEqual(0.98);
  expect(s.qualifierAgreement ?? 1).toBeGreaterThanOrEqual(0.95);
  expect(s.indicatorsF1).toBeGreaterThanOrEqual(0.8);
  expect(s.placeholders).toBeGreaterThanOrEqual(0.9);
}
