import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ingestFile } from "../src/ingest-file";
import { ingestText } from "../src/ingest-text";
import { brokenInvariants } from "./invariants";
import { sampleText } from "./scorer";
import { widenPunctuation } from "./widen";

// Thousands of generated inputs: random mixes of real report fragments, site noise, figures, headings and
// arbitrary characters. Whatever comes in, the import never throws, its result validates against the domain's
// ImportResult, and every span points at the text it claims.

// Each sample as written (half-width punctuation) and as full-width Chinese punctuation would have it.
const fragments = ["wangjing-2022-gwr.txt", "summary-2020-plan-2021-pdf.txt", "reports-collection-10.txt"]
  .flatMap((f) => [sampleText(f), widenPunctuation(sampleText(f))])
  .flatMap((t) => t.split(/(?<=[。\n])/))
  .filter((s) => s.length > 0);

const noise = [
  "- 19.09 KB\n",
  "- 2021-04-14 发布\n",
  "1、本文档由用户上传,淘文库整理发布,可阅读全部内容。\n",
  "网站客服QQ:403074932\n",
  "开云体育足球官网",
  "????",
  "\\r\\n",
  "- 3 -\n",
  "第 2 页 共 9 页\n",
  "相关文章\n乡镇政府工作报告\n县人民政府工作报告(全文)\n",
  "下面是小编为大家带来的报告优秀范文,希望大家可以喜欢。\n",
  "乡镇政府工作报告篇一\n",
  "乡镇政府工作报告篇二\n",
  "\u00a0\u3000\t",
  "`",
  "�",
  "**",
  "xx镇",
  "***",
  "20xx年",
];

const figure = fc
  .tuple(
    fc.constantFrom("", "约", "近", "超", "逾", "不低于"),
    fc.oneof(
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.double({ min: 0, max: 1e6, noNaN: true }).map((d) => d.toFixed(2)),
      fc.constantFrom("一", "两", "三", "十二", "一百零五", "万"),
    ),
    fc.constantFrom("", "余", "多"),
    fc.constantFrom("", "万", "亿", "千"),
    fc.constantFrom(
      "",
      "元",
      "亩",
      "人",
      "户",
      "个",
      "%",
      "公里",
      "平方米",
      "吨",
      "倍",
      "人次",
      "年",
      "月",
      "天",
      "届",
      "次会议",
    ),
    fc.constantFrom("", "以上", "以内", "左右", "的", ",", "。"),
  )
  .map((parts) => parts.join(""));

const heading = fc
  .tuple(
    fc.constantFrom("一、", "二、", "(一)", "(三)", "1.", "2、", "(1)", "——", "一是", "第一部分", ""),
    fc.constantFrom(
      "工作回顾",
      "存在问题",
      "2022年工作安排",
      "主要预期目标",
      "加强自身建设",
      "一年来,我们抓发展",
    ),
  )
  .map(([m, t]) => `\n${m}${t}\n`);

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...fragments) },
  { weight: 2, arbitrary: fc.constantFrom(...noise) },
  { weight: 3, arbitrary: figure },
  { weight: 2, arbitrary: heading },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom("\n", "\n\n", " ", "。", ",", "“", "”", "(", ")", "、") },
);

const document = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));

describe("the import on generated inputs", () => {
  it("never throws, always validates, and every span points at the text it claims", () => {
    fc.assert(
      fc.property(document, (input) => {
        const result = ingestText(input);
        expect(brokenInvariants(result)).toEqual([]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  }, 120_000);

  it("reads arbitrary bytes as a file without throwing: a result or a clear error", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom("a.txt", "a.docx", "a.pdf", "a.doc", "a"),
        async (bytes, name) => {
          const r = await ingestFile({ bytes, fileName: name });
          if (r.ok) expect(brokenInvariants(r.value)).toEqual([]);
          else expect(r.error.message.zh.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);
});
