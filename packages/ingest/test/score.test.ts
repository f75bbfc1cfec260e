import { toSpecImportResult } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { ingestText } from "../src/ingest-text";
import { expectThresholds, goldFiles, sampleText, score } from "./scorer";

// The import issue's quality bar, measured by the contract's own scorer on the repository's copies of the
// fixtures and gold files. Other reports, never seen here, are scored the same way.
describe("the import scored against every gold file", () => {
  const golds = goldFiles();

  it("has gold files to score against", () => {
    expect(golds.length).toBeGreaterThanOrEqual(3);
  });

  for (const gold of golds) {
    it(`meets every threshold on ${gold.name}`, () => {
      const result = toSpecImportResult(ingestText(sampleText(gold.source), { fileName: gold.source }));
      const s = score(result, gold.path);
      expectThresholds(s, expect);
    });
  }
});
