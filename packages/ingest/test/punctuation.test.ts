import { toSpecImportResult } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { foldPunctuation } from "../src/fold";
import { ingestText } from "../src/ingest-text";
import { brokenInvariants } from "./invariants";
import { expectThresholds, goldFiles, sampleText, score } from "./scorer";
import { widenPunctuation } from "./widen";

// The gold fixtures happen to be written with half-width punctuation; most reports are not. The same report typed
// with full-width Chinese punctuation keeps that punctuation in every heading, text and clause, and reads the same:
// folded back, its result is the half-width result, item for item.
describe("a report written with full-width Chinese punctuation", () => {
  for (const gold of goldFiles()) {
    const text = sampleText(gold.source);
    const wide = widenPunctuation(text);

    it(`keeps its punctuation and reads like the half-width text: ${gold.name}`, () => {
      expect(wide).not.toBe(text);
      const result = ingestText(wide, { fileName: gold.source });
      expect(brokenInvariants(result)).toEqual([]);
      const spec = toSpecImportResult(result);
      const shown = spec.documents.flatMap((d) => d.sections.map((s) => s.text)).join("");
      expect(shown).toMatch(/[，；：]/);
      expect(shown).not.toMatch(/[\u4e00-\u9fff][,;:]/);
      const plain = toSpecImportResult(ingestText(text, { fileName: gold.source }));
      expect(JSON.parse(foldPunctuation(JSON.stringify(spec)))).toEqual(plain);
    });

    it(`meets every threshold once its punctuation is folded for the scorer: ${gold.name}`, () => {
      const spec = toSpecImportResult(ingestText(wide, { fileName: gold.source }));
      const s = score(JSON.parse(foldPunctuation(JSON.stringify(spec))), gold.path);
      expectThresholds(s, expect);
    });
  }

  it("keeps 各位代表： and （一） in the text editors and readers see", () => {
    const r = ingestText(
      "镇政府工作报告\n各位代表：\n现在，我代表镇人民政府报告工作。\n（一）经济发展稳步推进\n全年完成财政收入2630万元，同比增长30％。",
    );
    expect(r.text).toContain("各位代表：");
    const doc = r.documents[0];
    expect(doc?.sections.map((s) => s.heading)).toContain("（一）经济发展稳步推进");
    expect(doc?.indicators[0]?.text).toBe("全年完成财政收入2630万元，同比增长30%");
    expect(doc?.indicators[0]?.yoyPct).toBe(30);
  });
});
