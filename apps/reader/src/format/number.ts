/*
 * Numbers in tables and charts. Chinese official figures are written without thousands separators (2630万元);
 * values in an indicator's unit are rounded to what a reader can use, never to fewer digits than they have.
 */

/**
 * A number as a table shows it: at most `digits` decimals, trailing zeros dropped.
 * @example formatNumber(3100) // "3100"
 * @example formatNumber(0.12345) // "0.1235"
 */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return "";
  const fixed = value.toFixed(digits);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/**
 * Year-on-year change with its sign; a true minus sign reads better than a hyphen.
 * @example formatPercentChange(30) // "+30%"
 * @example formatPercentChange(-12.5) // "−12.5%"
 */
export function formatPercentChange(pct: number): string {
  const n = formatNumber(Math.abs(pct), 2);
  if (pct > 0) return `+${n}%`;
  if (pct < 0) return `−${n}%`;
  return "0%";
}
