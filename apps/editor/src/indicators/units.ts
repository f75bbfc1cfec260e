import { amount, convert, MEASURE_UNITS, parseUnit } from "@gongkai/domain";

// Magnitudes Chinese reports put before a unit (万元, 亿元, 万亩, 万人).
const MAGNITUDE_WORDS = ["", "万", "亿"] as const;

/**
 * Units a figure can be converted to exactly with the domain's `convert`: the same base, with the magnitudes
 * reports use. Count words (人, 户, 个 …) convert only between magnitudes of themselves.
 * @example conversionTargets("万元") // ["元", "万元", "亿元", …]
 */
export function conversionTargets(unit: string): string[] {
  const parsed = parseUnit(unit);
  if (!parsed.ok) return [];
  const base = parsed.value.definition.base;
  const symbols = MEASURE_UNITS.filter((u) => u.base === base).map((u) => u.symbol);
  const words = symbols.length ? symbols : [parsed.value.definition.symbol];
  const out: string[] = [];
  for (const symbol of new Set(words)) {
    for (const m of MAGNITUDE_WORDS) {
      const candidate = `${m}${symbol}`;
      if (symbol === "%" && m) continue;
      if (candidate !== "" && !out.includes(candidate) && parseUnit(candidate).ok) out.push(candidate);
    }
  }
  return out.filter((u) => u !== unit);
}

/** A figure in another unit, exactly, or null when the units do not convert. */
export function convertFigure(decimal: string, from: string, to: string): string | null {
  try {
    const r = convert(amount(decimal, from), to);
    return r.ok ? r.value.value : null;
  } catch {
    return null;
  }
}
