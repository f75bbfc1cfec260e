import { type Period, periodKey } from "../period";
import type { Report } from "../report";
import { toBaseUnit } from "../unit";
import type { Finding } from "./finding";

/** A figure the same township published for an earlier period. */
export interface PublishedFigure {
  indicatorCode: string;
  period: Period;
  decimal: string;
  unit: string;
}

/** How far a stated growth may stray from the growth the published figures imply before we flag it. */
export const GROWTH_TOLERANCE_POINTS = 1;
export const GROWTH_TOLERANCE_SHARE = 0.1;

function previousPeriod(p: Period): Period | null {
  switch (p.type) {
    case "year":
    case "months":
    case "ytd":
    case "half":
      return { ...p, year: p.year - 1 };
    default:
      return null;
  }
}

/**
 * Year-on-year growth stated in the text must agree with last year's published figure for the same period:
 * 2630万元, 同比增长30% needs last year near 2023万元.
 */
export function checkGrowth(report: Report, previous: readonly PublishedFigure[]): Finding[] {
  const found: Finding[] = [];
  for (const o of report.observations) {
    const yoy = o.comparisons.yoyPct;
    if (yoy === null || !o.indicatorCode || !o.period || o.kind !== "actual" || o.measure !== "level")
      continue;
    const prevPeriod = previousPeriod(o.period);
    if (!prevPeriod) continue;
    const key = periodKey(prevPeriod);
    const prev = previous.find((f) => f.indicatorCode === o.indicatorCode && periodKey(f.period) === key);
    if (!prev) continue;
    const now = toBaseUnit(o.decimal, o.unit);
    const then = toBaseUnit(prev.decimal, prev.unit);
    if (!now.ok || !then.ok || now.value.unit !== then.value.unit || Number(then.value.value) === 0) continue;
    const implied = (Number(now.value.value) / Number(then.value.value) - 1) * 100;
    const tolerance = Math.max(GROWTH_TOLERANCE_POINTS, Math.abs(yoy) * GROWTH_TOLERANCE_SHARE);
    if (Math.abs(implied - yoy) > tolerance) {
      const impliedText = implied.toFixed(1);
      found.push({
        code: "growth_inconsistent",
        severity: "warning",
        message: {
          zh: `同比增长${yoy}%与上年公布数${prev.decimal}${prev.unit}不符（按公布数计算为${impliedText}%）`,
          en: `Stated growth of ${yoy}% disagrees with last year's published ${prev.decimal} ${prev.unit} (implies ${impliedText}%)`,
        },
        location: {
          field: "observation",
          sectionId: o.provenance?.sectionId ?? null,
          observationId: o.id,
          start: null,
          end: null,
        },
        excerpt: `${o.indicatorCode}:${o.decimal}${o.unit}:${yoy}`,
      });
    }
  }
  return found;
}
