import Big from "big.js";
import { z } from "zod";
import { MAGNITUDES } from "./chinese-number";

Big.DP = 40;

import { err, ok, type Result } from "./result";

/** What a unit measures; values convert only within one dimension and one base unit. */
export const Dimension = z.enum([
  "money",
  "area",
  "length",
  "mass",
  "volume",
  "power",
  "energy",
  "count",
  "people",
  "households",
  "ratio",
  "multiple",
]);
export type Dimension = z.infer<typeof Dimension>;

/** A unit of measure as defined here: its base and the exact factor to reach it. */
export interface UnitDefinition {
  /** The unit as written, without magnitude: 元, 亩, 公里. */
  readonly symbol: string;
  readonly dimension: Dimension;
  /** Unit that values of this kind are converted to: 元, 平方米, 米. */
  readonly base: string;
  /** Exact factor to the base unit: a decimal string, or a fraction "10000/15" where no decimal is exact (亩). */
  readonly factor: string;
  readonly en: string;
}

const u = (
  symbol: string,
  dimension: Dimension,
  base: string,
  factor: string,
  en: string,
): UnitDefinition => ({
  symbol,
  dimension,
  base,
  factor,
  en,
});

/**
 * Units of measure that township reports use. Count words (个, 户, 头 …) are listed apart because each
 * is its own base: 16户 never converts to 人.
 */
export const MEASURE_UNITS: readonly UnitDefinition[] = [
  u("元", "money", "元", "1", "yuan"),
  u("美元", "money", "美元", "1", "US dollars"),
  u("欧元", "money", "欧元", "1", "euros"),
  u("港元", "money", "港元", "1", "Hong Kong dollars"),
  u("日元", "money", "日元", "1", "yen"),
  u("亩", "area", "平方米", "10000/15", "mu"),
  u("公顷", "area", "平方米", "10000", "hectares"),
  u("平方公里", "area", "平方米", "1000000", "km²"),
  u("平方千米", "area", "平方米", "1000000", "km²"),
  u("平方米", "area", "平方米", "1", "m²"),
  u("平米", "area", "平方米", "1", "m²"),
  u("平方", "area", "平方米", "1", "m²"),
  u("平", "area", "平方米", "1", "m²"),
  u("㎡", "area", "平方米", "1", "m²"),
  u("公里", "length", "米", "1000", "km"),
  u("千米", "length", "米", "1000", "km"),
  u("米", "length", "米", "1", "m"),
  u("延米", "length", "米", "1", "m"),
  u("吨", "mass", "千克", "1000", "tonnes"),
  u("公斤", "mass", "千克", "1", "kg"),
  u("千克", "mass", "千克", "1", "kg"),
  u("斤", "mass", "千克", "0.5", "jin"),
  u("克", "mass", "千克", "0.001", "g"),
  u("立方米", "volume", "立方米", "1", "m³"),
  u("立方", "volume", "立方米", "1", "m³"),
  u("方", "volume", "立方米", "1", "m³"),
  u("升", "volume", "立方米", "0.001", "litres"),
  u("毫升", "volume", "立方米", "0.000001", "millilitres"),
  u("千瓦", "power", "千瓦", "1", "kW"),
  u("兆瓦", "power", "千瓦", "1000", "MW"),
  u("千瓦时", "energy", "千瓦时", "1", "kWh"),
  u("度", "energy", "千瓦时", "1", "kWh"),
  u("%", "ratio", "%", "1", "percent"),
  u("个百分点", "ratio", "个百分点", "1", "percentage points"),
  u("倍", "multiple", "倍", "1", "times"),
];

/** Count words; people and households have their own dimensions because indicators are defined on them. */
export const COUNT_WORDS: Readonly<Record<string, { dimension: Dimension; en: string }>> = {
  人: { dimension: "people", en: "people" },
  名: { dimension: "people", en: "people" },
  人次: { dimension: "count", en: "person-times" },
  户: { dimension: "households", en: "households" },
  家: { dimension: "count", en: "firms" },
  个: { dimension: "count", en: "units" },
  座: { dimension: "count", en: "units" },
  所: { dimension: "count", en: "institutions" },
  头: { dimension: "count", en: "head" },
  只: { dimension: "count", en: "head" },
  羽: { dimension: "count", en: "birds" },
  条: { dimension: "count", en: "items" },
  件: { dimension: "count", en: "items" },
  次: { dimension: "count", en: "times" },
  场: { dimension: "count", en: "events" },
  场次: { dimension: "count", en: "events" },
  项: { dimension: "count", en: "items" },
  篇: { dimension: "count", en: "articles" },
  份: { dimension: "count", en: "copies" },
  幅: { dimension: "count", en: "pieces" },
  栋: { dimension: "count", en: "buildings" },
  间: { dimension: "count", en: "rooms" },
  套: { dimension: "count", en: "sets" },
  辆: { dimension: "count", en: "vehicles" },
  台: { dimension: "count", en: "machines" },
  处: { dimension: "count", en: "sites" },
  批: { dimension: "count", en: "batches" },
  期: { dimension: "count", en: "issues" },
  张: { dimension: "count", en: "sheets" },
  本: { dimension: "count", en: "volumes" },
  册: { dimension: "count", en: "volumes" },
  株: { dimension: "count", en: "plants" },
  棵: { dimension: "count", en: "trees" },
  口: { dimension: "count", en: "units" },
  眼: { dimension: "count", en: "wells" },
  宗: { dimension: "count", en: "cases" },
  起: { dimension: "count", en: "cases" },
  例: { dimension: "count", en: "cases" },
  支: { dimension: "count", en: "teams" },
  块: { dimension: "count", en: "pieces" },
  盏: { dimension: "count", en: "lamps" },
  根: { dimension: "count", en: "pieces" },
  位: { dimension: "people", en: "people" },
  对: { dimension: "count", en: "pairs" },
  箱: { dimension: "count", en: "boxes" },
  袋: { dimension: "count", en: "bags" },
  桶: { dimension: "count", en: "barrels" },
  部: { dimension: "count", en: "units" },
  门: { dimension: "count", en: "units" },
  架: { dimension: "count", en: "units" },
  艘: { dimension: "count", en: "vessels" },
  级: { dimension: "count", en: "levels" },
  // Counts of events and batches as reports write them: 42批次, 300余户次, 37件次.
  批次: { dimension: "count", en: "batches" },
  户次: { dimension: "count", en: "household-times" },
  件次: { dimension: "count", en: "item-times" },
  车次: { dimension: "count", en: "vehicle trips" },
  班次: { dimension: "count", en: "runs" },
  架次: { dimension: "count", en: "sorties" },
  台次: { dimension: "count", en: "machine-times" },
  艘次: { dimension: "count", en: "vessel trips" },
  包: { dimension: "count", en: "packs" },
  笔: { dimension: "count", en: "transactions" },
  种: { dimension: "count", en: "kinds" },
  届: { dimension: "count", en: "editions" },
  枚: { dimension: "count", en: "pieces" },
  尾: { dimension: "count", en: "fish" },
  组: { dimension: "count", en: "groups" },
  标箱: { dimension: "count", en: "TEU" },
};

const MEASURE_BY_SYMBOL = new Map(MEASURE_UNITS.map((d) => [d.symbol, d]));

/** A unit as written, taken apart: 万元 = 10000 × 元. */
export interface ParsedUnit {
  readonly written: string;
  readonly magnitude: string;
  readonly definition: UnitDefinition;
}

/**
 * Takes a unit as written apart into magnitude and unit.
 * @example parseUnit("万元") // { magnitude: "10000", definition: 元 … }
 * @example parseUnit("万头") // counts: 头 with magnitude 10000
 */
export function parseUnit(written: string): Result<ParsedUnit> {
  const w = written.trim().replace("％", "%");
  if (w === "") return ok({ written: w, magnitude: "1", definition: u("", "count", "", "1", "") });
  const direct = lookupUnit(w);
  if (direct) return ok({ written: w, magnitude: "1", definition: direct });
  for (const [word, factor] of MAGNITUDES) {
    if (w.startsWith(word)) {
      const rest = w.slice(word.length);
      const def = rest === "" ? u("", "count", "", "1", "") : lookupUnit(rest);
      if (def) return ok({ written: w, magnitude: factor, definition: def });
    }
  }
  return err(`unknown unit: ${written}`);
}

function lookupUnit(symbol: string): UnitDefinition | undefined {
  const measure = MEASURE_BY_SYMBOL.get(symbol);
  if (measure) return measure;
  const count = COUNT_WORDS[symbol];
  return count ? u(symbol, count.dimension, symbol, "1", count.en) : undefined;
}

/** A value in a unit; the brand keeps a value in 万元 from being added to one in 元 by accident. */
export type Amount<U extends string = string> = { readonly value: string; readonly unit: U } & {
  readonly __amount: true;
};

export function amount<U extends string>(value: string | number, unit: U): Amount<U> {
  return { value: new Big(value).toFixed(), unit } as Amount<U>;
}

/**
 * Converts exactly between units of one dimension and base: 16.4亿元 is 1640000000元, never 1639999999.99.
 * @example convert(amount("16.4", "亿元"), "元") // { ok: true, value: { value: "1640000000", unit: "元" } }
 */
export function convert<To extends string>(from: Amount, to: To): Result<Amount<To>> {
  const a = parseUnit(from.unit);
  const b = parseUnit(to);
  if (!a.ok) return a;
  if (!b.ok) return b;
  if (a.value.definition.base !== b.value.definition.base) {
    return err(`cannot convert ${from.unit} to ${to}: different bases`);
  }
  // Multiply every numerator first and divide once, so a result is exact whenever it can be written as a decimal.
  const [na, da] = fraction(a.value.definition.factor);
  const [nb, db] = fraction(b.value.definition.factor);
  const numerator = new Big(from.value).times(a.value.magnitude).times(na).times(db);
  const denominator = new Big(b.value.magnitude).times(nb).times(da);
  return ok(amount(roundConverted(numerator, denominator), to));
}

function fraction(factor: string): [string, string] {
  const [n = factor, d = "1"] = factor.split("/");
  return [n, d];
}

/** Significant digits kept when a conversion does not end (亩 to 平方米 is a repeating decimal). */
export const CONVERSION_SIGNIFICANT_DIGITS = 15;

function roundConverted(numerator: Big, denominator: Big): string {
  const q = numerator.div(denominator);
  return q.times(denominator).eq(numerator) ? q.toFixed() : q.prec(CONVERSION_SIGNIFICANT_DIGITS).toFixed();
}

/** A value in its base unit (元, 平方米, 米, 千克 …), for comparing figures written in different units. */
export function toBaseUnit(value: string | number, unit: string): Result<Amount> {
  const p = parseUnit(unit);
  if (!p.ok) return p;
  return convert(amount(value, unit), p.value.definition.base);
}
