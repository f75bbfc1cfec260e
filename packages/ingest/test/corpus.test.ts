import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { foldPunctuation } from "../src/fold";
import { ingestFile } from "../src/ingest-file";
import { brokenInvariants } from "./invariants";

// 40 real county-to-national reports from public collections (read from ../shared/corpus beside the repository,
// never copied into it): texts the pipeline was not written against, several with literal \r\n, ???? runs and
// aggregator chrome. Each must import, keep its sentences, and give the outline its own headings announce.

const CORPUS = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));

const AGGREGATOR = [
  "内容摘要",
  "标签云",
  "本栏推荐",
  "阅读排行",
  "相关文章",
  "发文单位:",
  "来源URL",
  "上一篇",
  "下一篇",
  "Copyright",
  "ICP备",
  "网站地图",
  "【字体",
];

/** The raw text as plain lines: literal \r\n and ???? runs are line breaks, &nbsp; a space, full-width forms folded. */
function rawLines(raw: string): string[] {
  return raw
    .replace(/\\r\\n|\\n/g, "\n")
    .replace(/\?{4,}/g, "\n")
    .replace(/&(?:nbsp|ensp|emsp);/g, " ")
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .split("\n")
    .map((l) => l.replace(/\*\*/g, "").trim());
}

const squash = (s: string) => s.replace(/[\s?�`]/g, "");

// A site's own notices under the text (免责声明…不代表本站立场。) are sentences too, but not the report's.
const SITE_NOTICE = /本站|免责声明|不得转载/;

/** Sentences of the body (ending in 。, at least ten Han characters), which the import must keep. */
function bodySentences(lines: string[]): string[] {
  return lines
    .flatMap((l) => l.split(/(?<=。)/))
    .map(squash)
    .filter(
      (s) =>
        s.endsWith("。") &&
        (s.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 10 &&
        s.length <= 300 &&
        !SITE_NOTICE.test(s),
    );
}

/** Top-level headings as the file writes them: 一、… on a line of its own. */
function topHeadings(lines: string[]): string[] {
  return lines
    .filter((l) => /^[一二三四五六七八九十]{1,2}、/.test(l) && l.length <= 60 && !l.includes("。", 0))
    .map(squash);
}

describe("the 40-report corpus", () => {
  it("is beside the repository", () => {
    expect(existsSync(CORPUS)).toBe(true);
  });
  const files = existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((f) => f.endsWith(".txt"))
        .sort()
    : [];

  it("holds 40 reports", () => {
    expect(files.length).toBe(40);
  });

  for (const name of files) {
    it(`imports ${name}: valid, body kept, outline found, noise gone`, async () => {
      const bytes = readFileSync(join(CORPUS, name));
      const r = await ingestFile({ bytes, fileName: name });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const result = r.value;
      expect(brokenInvariants(result)).toEqual([]);
      expect(result.documents.length).toBeGreaterThanOrEqual(1);

      const lines = rawLines(bytes.toString("utf8"));
      const kept = squash(
        foldPunctuation(
          result.documents
            .flatMap((d) => [d.title, ...d.sections.flatMap((s) => [s.heading, s.text])])
            .join(""),
        ),
      );
      const sentences = bodySentences(lines);
      const lost = sentences.filter((s) => !kept.includes(s));
      expect(
        lost.length / Math.max(1, sentences.length),
        `lost: ${lost.slice(0, 3).join(" | ")}`,
      ).toBeLessThanOrEqual(0.01);

      const sections = result.documents.flatMap((d) => d.sections);
      const found = sections.map((s) => squash(foldPunctuation(s.heading)));
      const expected = topHeadings(lines);
      const missing = expected.filter(
        (h) => !found.some((f) => f === h || f.startsWith(h) || h.startsWith(f)),
      );
      expect(missing, "top-level headings not found").toEqual([]);
      const top = sections.filter((s) => s.level === 1 && s.heading);
      if (expected.some((h) => /回顾|成就|成绩/.test(h)))
        expect(top.some((s) => s.role === "review")).toBe(true);
      if (expected.some((h) => /安排|部署|计划|打算|重点工作|主要任务/.test(h)))
        expect(top.some((s) => s.role === "plan")).toBe(true);

      const all = sections.map((s) => `${s.heading}\n${s.text}`).join("\n");
      expect(all.includes("\\r\\n")).toBe(false);
      expect(/\?{2,}/.test(all)).toBe(false);
      expect(AGGREGATOR.filter((w) => all.includes(w))).toEqual([]);
    });
  }
});
