import { canonicalDecimal } from "./chinese-number";
import type { Qualifier } from "./quantity";

/**
 * A growth rate in words, the way reports state targets and results: 增长6%左右, 增长8%以上, 下降5%, 持平. The
 * qualifier is of the rate (左右 approx, 以上 at least) and goes after it, as plans write it.
 * @example formatGrowth(6, "approx") // "增长6%左右"
 * @example formatGrowth(-5, "exact", "en") // "down 5%"
 */
export function formatGrowth(pct: number, qualifier: Qualifier = "exact", lang: "zh" | "en" = "zh"): string {
  const rate = `${canonicalDecimal(Math.abs(pct))}%`;
  if (lang === "en") {
    if (pct === 0) return qualifier === "approx" ? "about flat" : "flat";
    const verb = pct > 0 ? "up" : "down";
    return `${verb} ${EN_QUALIFIER[qualifier]}${rate}`;
  }
  if (pct === 0) return qualifier === "approx" ? "基本持平" : "持平";
  const verb = pct > 0 ? "增长" : "下降";
  const [before, after] = ZH_WORDS[qualifier];
  return `${verb}${before}${rate}${after}`;
}

/** Words before and after the rate, as plans write them: 增长超过6%, 增长近6%, 增长6%左右. */
const ZH_WORDS: Record<Qualifier, readonly [string, string]> = {
  exact: ["", ""],
  approx: ["", "左右"],
  more_than: ["超过", ""],
  at_least: ["", "以上"],
  nearly: ["近", ""],
  at_most: ["", "以内"],
};
const EN_QUALIFIER: Record<Qualifier, string> = {
  exact: "",
  approx: "about ",
  more_than: "more than ",
  at_least: "at least ",
  nearly: "nearly ",
  at_most: "at most ",
};
