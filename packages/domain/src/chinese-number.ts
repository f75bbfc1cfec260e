import Big from "big.js";
import { err, ok, type Result } from "./result";

// Chinese numerals: 〇/零 and 两 are the forms that trip naive parsers.
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNITS: Record<string, string> = { 万: "10000", 亿: "100000000" };

/** Characters that may appear in a Chinese-numeral number. */
export const CHINESE_NUMERAL_CHARS = "零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿";

/** Magnitude words written between a number and its unit: 1.9万, 16.4亿, 3千万. */
export const MAGNITUDES: ReadonlyArray<readonly [string, string]> = [
  ["万亿", "1000000000000"],
  ["千亿", "100000000000"],
  ["百亿", "10000000000"],
  ["十亿", "1000000000"],
  ["千万", "10000000"],
  ["百万", "1000000"],
  ["十万", "100000"],
  ["亿", "100000000"],
  ["万", "10000"],
  ["千", "1000"],
  ["百", "100"],
];

/** Turns full-width digits, dots and signs into ASCII: "１２．５" -> "12.5". */
export function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Parses a number written in Chinese numerals, exactly.
 * @example parseChineseNumeral("一千二百") // { ok: true, value: "1200" }
 * @example parseChineseNumeral("二〇二一") // "2021" (digit by digit, as in years)
 */
export function parseChineseNumeral(input: string): Result<string> {
  const s = input.trim();
  if (!s) return err("empty numeral");
  for (const c of s)
    if (!(c in DIGITS) && !(c in SMALL_UNITS) && !(c in LARGE_UNITS)) return err(`not a numeral: ${c}`);
  // Digit-by-digit form without positional words: 二〇二一.
  if ([...s].every((c) => c in DIGITS) && s.length > 1) {
    return ok(String(BigInt([...s].map((c) => DIGITS[c]).join(""))));
  }
  const value = parseGrouped(s);
  return value === null ? err(`not a well-formed numeral: ${s}`) : ok(value.toFixed());
}

// Splits at the last 亿, then 万: 一亿二千万 = 一 × 10^8 + 二千 × 10^4.
function parseGrouped(s: string): Big | null {
  for (const [word, factor] of [
    ["亿", "100000000"],
    ["万", "10000"],
  ] as const) {
    const at = s.lastIndexOf(word);
    if (at < 0) continue;
    const left = s.slice(0, at);
    const right = s.slice(at + 1);
    const high = left ? parseGrouped(left) : null;
    if (high === null || high.eq(0)) return null;
    let low: Big | null = new Big(0);
    if (right) {
      // 三万五 (colloquial) means 3.5万: a lone digit takes the next lower place.
      if (right.length === 1 && right in DIGITS && right !== "零" && right !== "〇") {
        low = new Big(DIGITS[right] ?? 0).times(factor).div(10);
      } else {
        low = parseGrouped(right.replace(/^[零〇]/, ""));
      }
    }
    return low === null ? null : high.times(factor).plus(low);
  }
  return parseSmall(s);
}

// A group below 万: 一千二百, 十三, 一百零五.
function parseSmall(s: string): Big | null {
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 10000;
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== null && DIGITS[c] !== 0) return null;
      digit = DIGITS[c] ?? 0;
      if (digit === 0) digit = null;
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c] ?? 1;
      if (unit >= lastUnit) return null;
      // 十 alone means 一十: 十三 = 13.
      if (digit === null && !(unit === 10 && section === 0)) return null;
      section += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    } else {
      return null;
    }
  }
  // 二百五 (colloquial) means 250: a trailing digit after a unit takes the next lower place.
  const trailing = digit ?? 0;
  if (digit !== null && lastUnit > 10 && lastUnit < 10000 && !/[零〇]/.test(s) && /[十百千拾佰仟]./.test(s)) {
    return new Big(section + (trailing * lastUnit) / 10);
  }
  return new Big(section + trailing);
}

/**
 * Parses an Arabic or Chinese number with an optional magnitude word, exactly, as a decimal string.
 * @example parseNumber("1.9万") // { ok: true, value: "19000" }
 * @example parseNumber("11.71300") // "11.713"
 */
export function parseNumber(input: string): Result<string> {
  const s = toHalfWidthDigits(input.trim()).replace(/,/g, "");
  if (!s) return err("empty number");
  const m = /^([+-]?\d+(?:\.\d+)?)(万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百)?$/.exec(s);
  if (m) {
    const base = new Big(m[1] ?? "0");
    const magnitude = m[2] ? (MAGNITUDES.find(([w]) => w === m[2])?.[1] ?? "1") : "1";
    return ok(base.times(magnitude).toFixed());
  }
  return parseChineseNumeral(s);
}

/** Canonical decimal string of a number or decimal string: no exponent, no trailing zeros. */
export function canonicalDecimal(value: string | number): string {
  return new Big(value).toFixed();
}

const CN_DIGITS = "零一二三四五六七八九";

/**
 * Writes a non-negative integer below 10^16 in Chinese numerals, the way headings and ordinals are written.
 * @example formatChineseNumeral(12) // "十二"
 * @example formatChineseNumeral(105) // "一百零五"
 */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e16)
    throw new RangeError(`cannot write ${n} in Chinese numerals`);
  if (n === 0) return "零";
  const groupNames = ["", "万", "亿", "万亿"];
  const groups: number[] = [];
  let rest = n;
  while (rest > 0) {
    groups.push(rest % 10000);
    rest = Math.floor(rest / 10000);
  }
  let out = "";
  let needZero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) {
      needZero = out.length > 0;
      continue;
    }
    if (needZero || (out.length > 0 && g < 1000)) out += "零";
    out += formatGroup(g) + (groupNames[i] ?? "");
    needZero = false;
  }
  // 一十二 is written 十二 at the start.
  return out.startsWith("一十") ? out.slice(1) : out;
}

function formatGroup(g: number): string {
  const units = ["千", "百", "十", ""];
  const digits = [Math.floor(g / 1000), Math.floor(g / 100) % 10, Math.floor(g / 10) % 10, g % 10];
  let out = "";
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = out.length > 0;
      return;
    }
    if (zero) out += "零";
    out += (CN_DIGITS[d] ?? "") + (units[i] ?? "");
    zero = false;
  });
  return out;
}
