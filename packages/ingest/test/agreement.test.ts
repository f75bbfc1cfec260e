import { toSpecImportResult } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { ingestText } from "../src/ingest-text";
import { agreementShare, agreements, readGold } from "./agreement";
import { goldFiles, sampleText } from "./scorer";

// What the contract's scorer does not look at but readers and the promise tracker do: each matched indicator's
// period and kind (actual, target, forecast), and each matched heading's role, against the gold labels. A period
// or kind that is wrong puts a figure in the wrong year's chart or counts an achievement as a promise.
// Thresholds: 0.9 on each gold file, 0.95 over all of them (measured: period 61/62, kind 62/62, role 120/120).
describe("periods, kinds and roles agree with the gold labels", () => {
  const totals = { period: [0, 0], kind: [0, 0], role: [0, 0] };
  for (const gold of goldFiles()) {
    it(`on ${gold.name}`, () => {
      const result = toSpecImportResult(ingestText(sampleText(gold.source), { fileName: gold.source }));
      const a = agreements(result, readGold(gold.path));
      console.log(
        `${gold.name}: period ${a.period.agree}/${a.period.total}, kind ${a.kind.agree}/${a.kind.total}, role ${a.role.agree}/${a.role.total}`,
      );
      for (const [key, agreement] of [
        ["period", a.period],
        ["kind", a.kind],
        ["role", a.role],
      ] as const) {
        expect(agreementShare(agreement), `${key}: ${agreement.misses.join(" | ")}`).toBeGreaterThanOrEqual(
          0.9,
        );
        const t = totals[key];
        t[0] = (t[0] ?? 0) + agreement.agree;
        t[1] = (t[1] ?? 0) + agreement.total;
      }
    });
  }

  it("over all gold files together", () => {
    expect(totals.period[1]).toBeGreaterThanOrEqual(60);
    expect(totals.role[1]).toBeGreaterThanOrEqual(100);
    for (const [agree = 0, total = 0] of Object.values(totals))
      expect(agree / total).toBeGreaterThanOrEqual(0.95);
  });
});
