import type { PromiseEntry } from "@gongkai/api";
import { formatGrowth, formatQuantityAsWritten } from "@gongkai/domain";
import type { Lang } from "../i18n";

/**
 * A promise's target in words: a growth target as the plan wrote it (增长6%左右; in English "up about 6%"), a level
 * as the report wrote it (3000万元).
 */
export function promiseTargetText(e: PromiseEntry, lang: Lang): string {
  if (e.measure === "growth") {
    return lang === "zh"
      ? e.targetAsWritten
      : formatGrowth(Number(e.target.decimal), e.target.qualifier, "en");
  }
  return formatQuantityAsWritten(e.target.decimal, e.target.unit, e.target.qualifier);
}

/**
 * What the year achieved, in the target's terms: for a growth target the growth (增长7.2%), for a level the figure
 * as written; null when no later report says.
 */
export function promiseActualText(e: PromiseEntry, lang: Lang): string | null {
  if (!e.actual) return null;
  if (e.measure === "growth" && e.achievedGrowthPct !== null)
    return formatGrowth(e.achievedGrowthPct, "exact", lang);
  return formatQuantityAsWritten(e.actual.decimal, e.actual.unit, e.actual.qualifier);
}
