import { formatGrowth, type Observation, QUALIFIER_LABELS } from "@gongkai/domain";

/**
 * A figure's value for the indicator table: a growth target as a rate in words (增长6%左右, so nobody reads "6 %" as a
 * level), a level with its qualifier, number and unit as entered.
 * @example figureText({ measure: "growth", decimal: "6", unit: "%", qualifier: "approx" }, "zh") // "增长6%左右"
 */
export function figureText(
  o: Pick<Observation, "measure" | "decimal" | "unit" | "qualifier">,
  lang: "zh" | "en",
): string {
  if (o.measure === "growth") return formatGrowth(Number(o.decimal), o.qualifier, lang);
  const words = QUALIFIER_LABELS[o.qualifier][lang];
  return `${words ? `${words} ` : ""}${o.decimal}${o.unit}`;
}
