import Big from "big.js";
import { z } from "zod";
import { CHINESE_NUMERAL_CHARS, canonicalDecimal, parseNumber, toHalfWidthDigits } from "./chinese-number";
import { err, ok, type Result } from "./result";
import { parseUnit } from "./unit";

/** How a figure is hedged in the text: 约 (approx), 余/多/超 (more than), 以上 (at least), 近 (nearly), 以内 (at most). */
export const Qualifier = z.enum(["exact", "approx", "more_than", "at_least", "nearly", "at_most"]);
export type Qualifier = z.infer<typeof Qualifier>;

/** A decimal number as a string, exact: "4448.63", "11.713". */
export const DecimalString = z.string().regex(/^-?\d+(\.\d+)?$/, "a decimal number such as 2630 or 4448.63");

/** A measured quantity as stated in a text, in the text's own unit. */
export const Quantity = z.object({
  /** The surface string, as written: "4万余羽". */
  text: z.string(),
  /** The number in the written unit (1.9 for 1.9万头), exact. */
  decimal: DecimalString,
  /** The unit with its magnitude as written ("万头", "万元", "%", "" for a bare count). */
  unit: z.string(),
  qualifier: Qualifier,
});
export type Quantity = z.infer<typeof Quantity>;

export const QUALIFIER_LABELS: Record<Qualifier, { zh: string; en: string }> = {
  exact: { zh: "", en: "" },
  approx: { zh: "约", en: "about" },
  more_than: { zh: "余", en: "more than" },
  at_least: { zh: "以上", en: "at least" },
  nearly: { zh: "近", en: "nearly" },
  at_most: { zh: "以内", en: "at most" },
};

// Hedge words before and after a figure, longest first so 不低于 wins over 低于.
export const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["不低于", "at_least"],
  ["不少于", "at_least"],
  ["不超过", "at_most"],
  ["不高于", "at_most"],
  ["大约", "approx"],
  ["接近", "nearly"],
  ["将近", "nearly"],
  ["超过", "more_than"],
  ["约", "approx"],
  ["近", "nearly"],
  ["超", "more_than"],
  ["逾", "more_than"],
];
export const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["以上", "at_least"],
  ["以内", "at_most"],
  ["以下", "at_most"],
  ["左右", "approx"],
  ["上下", "approx"],
  ["多", "more_than"],
];

// The lookahead ends the number where it ends, so the rest cannot take digits back (no polynomial backtracking).
const ARABIC_SHAPE =
  /^(\d[\d,]*(?:\.\d+)?)(?![\d,]|\.\d)(余|多)?(万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千)?(余|多)?(.*)$/;
const CHINESE_SHAPE = new RegExp(`^([${CHINESE_NUMERAL_CHARS}]+)(?![${CHINESE_NUMERAL_CHARS}])(余|多)?(.*)$`);

/**
 * Parses one stated quantity, hedges included.
 * @example parseQuantity("超1.9万头") // decimal "1.9", unit "万头", qualifier "more_than"
 * @example parseQuantity("4万余羽") // decimal "4", unit "万羽", qualifier "more_than"
 * @example parseQuantity("20%以上") // decimal "20", unit "%", qualifier "at_least"
 */
export function parseQuantity(input: string): Result<Quantity> {
  const text = input.trim();
  let s = toHalfWidthDigits(text).replace(/％/g, "%");
  let qualifier: Qualifier = "exact";
  for (const [word, q] of PREFIX_QUALIFIERS) {
    if (s.startsWith(word)) {
      qualifier = q;
      s = s.slice(word.length);
      break;
    }
  }
  for (const [word, q] of SUFFIX_QUALIFIERS) {
    if (s.endsWith(word) && s.length > word.length) {
      qualifier = q;
      s = s.slice(0, -word.length);
      break;
    }
  }
  if (s.startsWith("百分之")) {
    const n = parseNumber(s.slice(3));
    return n.ok ? ok({ text, decimal: n.value, unit: "%", qualifier }) : n;
  }
  const arabic = ARABIC_SHAPE.exec(s);
  const chinese = arabic ? null : CHINESE_SHAPE.exec(s);
  if (!arabic && !chinese) return err(`not a quantity: ${input}`);
  const [, digits = "", more1, magnitude = "", more2, rest = ""] = arabic ?? [
    chinese?.[0],
    chinese?.[1],
    chinese?.[2],
    "",
    undefined,
    chinese?.[3],
  ];
  if (more1 || more2) qualifier = "more_than";
  const n = parseNumber(digits);
  if (!n.ok) return n;
  const unit = magnitude + rest;
  const parsedUnit = parseUnit(unit);
  if (!parsedUnit.ok) return parsedUnit;
  return ok({ text, decimal: n.value, unit, qualifier });
}

/** The number of a quantity as a JavaScript number, for charts and sorting (never for arithmetic). */
export function quantityNumber(q: Pick<Quantity, "decimal">): number {
  return Number(q.decimal);
}

/**
 * Writes a value in Chinese style, choosing 万 or 亿 when the figure is large and the unit allows it: for values
 * converted to a common unit. A figure a report states is shown as written, with `formatQuantityAsWritten`.
 * @example formatChineseQuantity("1640000000", "元") // "16.4亿元"
 * @example formatChineseQuantity("2630", "万元") // "2630万元"
 */
export function formatChineseQuantity(decimal: string, unit: string, qualifier: Qualifier = "exact"): string {
  let value = new Big(decimal);
  let written = unit;
  const parsed = parseUnit(unit);
  const scalable =
    parsed.ok &&
    parsed.value.magnitude === "1" &&
    !["ratio", "multiple"].includes(parsed.value.definition.dimension);
  if (scalable) {
    const abs = value.abs();
    if (abs.gte("100000000")) {
      value = value.div("100000000");
      written = `亿${unit}`;
    } else if (abs.gte("10000")) {
      value = value.div("10000");
      written = `万${unit}`;
    }
  }
  return withQualifier(canonicalDecimal(value.toFixed()), written, qualifier);
}

/**
 * A figure as the report wrote it: its own number and unit, never rescaled (18500元 stays 18500元), with the
 * qualifier's words.
 * @example formatQuantityAsWritten("18500", "元") // "18500元"
 * @example formatQuantityAsWritten("4", "万羽", "more_than") // "4万余羽"
 */
export function formatQuantityAsWritten(
  decimal: string,
  unit: string,
  qualifier: Qualifier = "exact",
): string {
  return withQualifier(canonicalDecimal(decimal), unit, qualifier);
}

function withQualifier(number: string, written: string, qualifier: Qualifier): string {
  switch (qualifier) {
    case "approx":
      return `约${number}${written}`;
    case "more_than":
      return `${number}${written.startsWith("万") || written.startsWith("亿") ? written.slice(0, 1) : ""}余${written.startsWith("万") || written.startsWith("亿") ? written.slice(1) : written}`;
    case "at_least":
      return `${number}${written}以上`;
    case "nearly":
      return `近${number}${written}`;
    case "at_most":
      return `${number}${written}以内`;
    default:
      return `${number}${written}`;
  }
}
