import {
  canonicalDecimal,
  PREFIX_QUALIFIERS,
  parseChineseNumeral,
  parseNumber,
  parseUnit,
  type Qualifier,
  SUFFIX_QUALIFIERS,
} from "@gongkai/domain";
import { isAsciiDigit, isHan, isLatinLetter } from "./chars";
import { QuotedSpans } from "./quotes";
import { magnitudeAt, unitAt } from "./units";

/*
 * Finds the quantities a text states (SPEC: a number with a unit of measure or count, or a percentage, stating a
 * fact, a target or a forecast) in one left-to-right pass. What is not a quantity is decided from the words
 * around the number, the way a reader decides it:
 *   dates and durations        2021年, 5月28日, 24小时, 5天 — their words are not units
 *   ordinals and numbering     第十四届, 三次会议, 二期, 1. at a line start
 *   names                      g308国道, 3a级, 5g, 12345热线, 500千伏 — a number glued to letters or a name
 *   slogans                    “1336”, 1+N, 四个意识, 三项重点工作 — quoted, formulas, counted abstractions
 *   thresholds in rule wording 60周岁以上老人, 超20万元的村庄, 5000万元以上项目
 */

export interface FoundQuantity {
  /** [start, end): the figure as written, hedges inside it included (4万余羽), hedges around it not (约, 以上). */
  start: number;
  end: number;
  text: string;
  decimal: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** Start of the hedge before the figure (约, 超), or `start`. */
  hedgeStart: number;
  /** End of the hedge after the figure (以上, 左右), or `end`. */
  hedgeEnd: number;
}

const CN_NUMERAL = "零〇一二三四五六七八九十百千万亿两";
const CN_NUMERAL_CODES = new Set([...CN_NUMERAL].map((c) => c.charCodeAt(0)));
const CN_DIGIT = "一二三四五六七八九两";

// The domain's hedge words, plus 上 before a figure (上万人); 多 after one is read with the number itself.
const PREFIX_HEDGES: ReadonlyArray<readonly [string, Qualifier]> = [...PREFIX_QUALIFIERS, ["上", "at_least"]];
const SUFFIX_HEDGES = SUFFIX_QUALIFIERS.filter(([word]) => word !== "多");

/** Nouns that, counted by a Chinese numeral, make a slogan rather than a count: 四个意识, 三项重点工作, 十条措施. */
const ABSTRACT_HEADS = [
  "目标",
  "保障",
  "统领",
  "意识",
  "自信",
  "维护",
  "确立",
  "作用",
  "方面",
  "关口",
  "到位",
  "清单",
  "原则",
  "要求",
  "思路",
  "战略",
  "体系",
  "机制",
  "理念",
  "定位",
  "措施",
  "规定",
  "环节",
  "领域",
  "重点",
  "工作",
  "任务",
  "举措",
  "精神",
  "制度",
  "改革",
  "行动",
  "工程",
  "攻坚",
  "结合",
  "转变",
  "不摘",
  "优先",
  "服务",
  "能力",
  "字",
  "大",
  "心",
  "基本",
  "突破",
  "提升",
  "建设",
  "发展",
  "一",
  "时期",
  "阶段",
  "台阶",
  "新",
  "更",
  "重要",
  "良好",
  "具有",
  "有",
  "真正",
  "产业",
  "名片",
  "答卷",
  "路子",
  "新路",
  "硬仗",
  "又一",
  "由",
];

/** Fixed expressions with a numeral and a count word that count nothing. */
const IDIOMS = [
  "一条心",
  "一盘棋",
  "一股劲",
  "一把手",
  "一口气",
  "一张图",
  "一张网",
  "一条龙",
  "一站式",
  "一体化",
  "一揽子",
  "一次性",
  "一门式",
  "一条街",
  "一个不漏",
  "一个不少",
  "一项不落",
  "一件事",
  "一次办",
  "一口清",
  "一张蓝图",
  "一户一",
  "一村一",
  "一处一",
  "一项一",
  "一个样",
  "一批",
  "一种",
  "一起",
  "一个中国",
];

const CLAUSE_PUNCT = ",;。、:!?)";

/** Scans [from, to) of `text` for quantities. */
export function scanQuantities(text: string, from = 0, to = text.length): FoundQuantity[] {
  const quotes = new QuotedSpans(text, from, to);
  const out: FoundQuantity[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isAsciiDigit(c)) {
      let j = i;
      while (j < to && isAsciiDigit(text.charCodeAt(j))) j++;
      // 1,200 thousands groups
      while (
        text.charAt(j) === "," &&
        isAsciiDigit(text.charCodeAt(j + 1)) &&
        isAsciiDigit(text.charCodeAt(j + 2)) &&
        isAsciiDigit(text.charCodeAt(j + 3)) &&
        !isAsciiDigit(text.charCodeAt(j + 4)) &&
        j - i <= 3
      )
        j += 4;
      if (text.charAt(j) === "." && isAsciiDigit(text.charCodeAt(j + 1))) {
        j++;
        while (j < to && isAsciiDigit(text.charCodeAt(j))) j++;
      }
      const q = arabicQuantity(text, i, j, to, quotes);
      if (q) {
        out.push(q);
        i = q.end;
      } else i = j;
      continue;
    }
    if (CN_NUMERAL_CODES.has(c)) {
      let j = i;
      while (j < to && j - i < 12 && CN_NUMERAL_CODES.has(text.charCodeAt(j))) j++;
      const q = chineseQuantity(text, i, j, to, quotes);
      if (q) {
        out.push(q);
        i = q.end;
      } else i = j;
      continue;
    }
    i++;
  }
  return out;
}

interface Tail {
  more: boolean;
  magnitude: string;
  unit: string;
  end: number;
}

/** Reads what follows a number: 余/多, a magnitude, 余/多 again, a unit. */
function readTail(text: string, at: number, to: number): Tail {
  let pos = at;
  let more = false;
  if (text.charAt(pos) === "余" || text.charAt(pos) === "多") {
    more = true;
    pos++;
  }
  let magnitude = "";
  let unit = unitAt(text, pos) ?? "";
  if (!unit || unit === "千" || unit === "万" || unit === "亿") {
    unit = "";
    magnitude = magnitudeAt(text, pos) ?? "";
    pos += magnitude.length;
    if (magnitude && !more && (text.charAt(pos) === "余" || text.charAt(pos) === "多")) {
      more = true;
      pos++;
    }
    unit = pos < to ? (unitAt(text, pos) ?? "") : "";
  }
  pos += unit.length;
  return { more, magnitude, unit, end: Math.min(pos, to) };
}

function prefixHedge(text: string, start: number): { q: Qualifier; at: number } | null {
  for (const [w, q] of PREFIX_HEDGES) {
    if (start >= w.length && text.startsWith(w, start - w.length)) {
      // 上 hedges only a bare magnitude (上万人); elsewhere it is a verb or a place word.
      if (w === "上") return null;
      return { q, at: start - w.length };
    }
  }
  return null;
}

function suffixHedge(text: string, at: number): { q: Qualifier; end: number } | null {
  for (const [w, q] of SUFFIX_HEDGES) if (text.startsWith(w, at)) return { q, end: at + w.length };
  return null;
}

function isClausePunct(ch: string): boolean {
  return ch === "" || CLAUSE_PUNCT.includes(ch) || ch === "\n" || ch === "(" || ch === "”" || ch === " ";
}

/** Common checks on the words around a figure; returns the quantity or null. */
function finish(
  text: string,
  start: number,
  tail: Tail,
  digits: string,
  quotes: QuotedSpans,
  chinese: boolean,
): FoundQuantity | null {
  // 平, 平米 and 平方 are shorthand for 平方米; the full word keeps the unit unambiguous for readers and converters.
  const unit = tail.magnitude + (SQUARE_METRE_SHORTHAND.has(tail.unit) ? "平方米" : tail.unit);
  if (!knownUnit(unit)) return null;
  const end = tail.end;
  if (quotes.contains(start, end)) return null;
  const decimal = chinese ? parseChinese(digits) : parseArabic(digits);
  if (decimal === null) return null;
  const prefix = prefixHedge(text, start);
  const suffix = suffixHedge(text, end);
  const hedgeEnd = suffix ? suffix.end : end;
  const after = text.charAt(hedgeEnd);
  // Thresholds in rule wording: 5万元以上的村, 超20万元的村庄, 5000万元以上重点项目.
  if (suffix && suffix.q !== "approx" && (after === "的" || isHan(text.charCodeAt(hedgeEnd)))) return null;
  if (prefix && prefix.q !== "approx" && prefix.q !== "nearly" && text.charAt(end) === "的") return null;
  let qualifier: Qualifier = "exact";
  if (tail.more) qualifier = "more_than";
  else if (suffix) qualifier = suffix.q;
  else if (prefix) qualifier = prefix.q;
  return {
    start,
    end,
    text: text.slice(start, end),
    decimal,
    value: Number(decimal),
    unit,
    qualifier,
    hedgeStart: prefix ? prefix.at : start,
    hedgeEnd,
  };
}

const SQUARE_METRE_SHORTHAND = new Set(["平", "平米", "平方"]);
const UNIT_OK = new Map<string, boolean>();

/** Whether the domain knows a unit as written; cached, since a report repeats a few units many times. */
function knownUnit(unit: string): boolean {
  let ok = UNIT_OK.get(unit);
  if (ok === undefined) {
    ok = parseUnit(unit).ok;
    if (UNIT_OK.size < 10_000) UNIT_OK.set(unit, ok);
  }
  return ok;
}

function parseArabic(digits: string): string | null {
  const plain = digits.includes(",") ? digits.replace(/,/g, "") : digits;
  // The common case without Big: strip leading zeros, and trailing zeros of a fraction (11.71300 → 11.713).
  let int = plain;
  let frac = "";
  const dot = plain.indexOf(".");
  if (dot >= 0) {
    int = plain.slice(0, dot);
    frac = plain.slice(dot + 1);
    let e = frac.length;
    while (e > 0 && frac.charCodeAt(e - 1) === 48) e--;
    frac = frac.slice(0, e);
  }
  let b = 0;
  while (b < int.length - 1 && int.charCodeAt(b) === 48) b++;
  int = int.slice(b);
  if (int === "" || !/^\d+$/.test(int) || (frac !== "" && !/^\d+$/.test(frac))) {
    const n = parseNumber(plain);
    return n.ok ? canonicalDecimal(n.value) : null;
  }
  return frac ? `${int}.${frac}` : int;
}

function parseChinese(digits: string): string | null {
  const n = parseChineseNumeral(digits);
  return n.ok ? canonicalDecimal(n.value) : null;
}

function arabicQuantity(
  text: string,
  i: number,
  j: number,
  to: number,
  quotes: QuotedSpans,
): FoundQuantity | null {
  const before = text.charAt(i - 1);
  const beforeCode = text.charCodeAt(i - 1);
  // Names and codes: g308, 3a, 5g, h1n1, 1.2.3
  if (isLatinLetter(beforeCode) || isLatinLetter(text.charCodeAt(j)) || before === "." || before === "_")
    return null;
  if (before === "第" || before === "+" || text.charAt(j) === "+" || before === "×" || before === "#")
    return null;
  // Ranges: 0-6岁, 3~5个
  if ((before === "-" || before === "~" || before === "—") && isAsciiDigit(text.charCodeAt(i - 2)))
    return null;
  if ((text.charAt(j) === "-" || text.charAt(j) === "~") && isAsciiDigit(text.charCodeAt(j + 1))) return null;
  if (text.charAt(j) === "至" && isAsciiDigit(text.charCodeAt(j + 1))) return null;
  const digits = text.slice(i, j);
  if (j - i > 18) return null; // not a figure anyone states; too long for a finite number
  const tail = readTail(text, j, to);
  if (tail.unit === "" && tail.magnitude === "") return bareNumber(text, i, j, digits, quotes);
  if (tail.unit === "") {
    // 10万 with the unit left off: only where the clause ends; 500千伏 is a name.
    if (!isClausePunct(text.charAt(tail.end))) return null;
  }
  if (tail.unit === "届" && /^[人党全委政村中]/.test(text.charAt(tail.end))) return null;
  if (
    tail.unit === "次" &&
    /届|第/.test(text.slice(Math.max(0, i - 6), i)) &&
    /^(?:会|全会|党代会|人代会)/.test(text.slice(tail.end, tail.end + 3))
  )
    return null;
  return finish(text, i, tail, digits, quotes, false);
}

/** A count written without a word after it (信息采集1750,): only where the clause ends right after it. */
function bareNumber(
  text: string,
  i: number,
  j: number,
  digits: string,
  quotes: QuotedSpans,
): FoundQuantity | null {
  if (digits.includes(".") || digits.replace(/,/g, "").length < 3 || digits.length > 8) return null;
  const before = text.charAt(i - 1);
  if (!isHan(text.charCodeAt(i - 1)) && before !== " ") return null;
  const after = text.charAt(j);
  if (!(after === "," || after === ";" || after === "。" || after === "、")) return null;
  if (after === "、" && isAsciiDigit(text.charCodeAt(j + 1))) return null;
  const n = Number(digits.replace(/,/g, ""));
  if (n >= 1900 && n <= 2100) return null; // a year
  return finish(text, i, { more: false, magnitude: "", unit: "", end: j }, digits, quotes, false);
}

function chineseQuantity(
  text: string,
  i: number,
  j: number,
  to: number,
  quotes: QuotedSpans,
): FoundQuantity | null {
  let run = text.slice(i, j);
  const before = text.charAt(i - 1);
  if ("第初周之其每".includes(before) && before !== "") return null;
  if (text.slice(i - 2, i) === "星期" || text.slice(i - 2, i) === "礼拜") return null;
  for (const idiom of IDIOMS) if (text.startsWith(idiom, i)) return null;
  // The numeral run may swallow the magnitude and stop before the unit: 两万人, 三百余人.
  let magnitude = "";
  let digits = run;
  if (run === "万" || run === "千" || run === "亿") {
    // 万余份, 近万人: a bare magnitude counts one of it, and only with a hedge.
    digits = "一";
    magnitude = run;
  } else if (run.length > 1 && (run.endsWith("万") || run.endsWith("亿"))) {
    magnitude = run.slice(-1);
    digits = run.slice(0, -1);
  }
  // Adjacent digits without place words are years or guesses (二〇二一, 三四个), not counts.
  for (let k = 1; k < digits.length; k++) {
    if (CN_DIGIT.includes(digits.charAt(k)) && CN_DIGIT.includes(digits.charAt(k - 1))) return null;
  }
  run = digits;
  let pos = j;
  let more = false;
  if (text.charAt(pos) === "余" || text.charAt(pos) === "多") {
    more = true;
    pos++;
  }
  if (!magnitude) {
    const unitFirst = unitAt(text, pos);
    if (!unitFirst) {
      magnitude = magnitudeAt(text, pos) ?? "";
      pos += magnitude.length;
    }
  }
  if (!more && (text.charAt(pos) === "余" || text.charAt(pos) === "多")) {
    more = true;
    pos++;
  }
  const unit = unitAt(text, pos);
  if (!unit || unit === "%") return null;
  const end = pos + unit.length;
  if (run === "一" && magnitude && !more && !prefixHedge(text, i) && text.slice(i - 1, i) !== "上") {
    if (text.slice(i, j) === magnitude) return null;
  }
  if (digits === "一" && magnitude && text.slice(i, j) === magnitude) {
    const hedged = more || prefixHedge(text, i) !== null || before === "上";
    if (!hedged) return null;
  }
  // 二 before a count word is an ordinal or part of a compound (二期, 二次供水, 二级); two of a thing is 两.
  if (digits === "二") return null;
  if (unit === "期" && digits !== "两") return null;
  if (unit === "届" || unit === "级") return null;
  if (unit === "方") return null; // 双方, 四方联合: parties, not cubic metres
  if (unit === "次" && /^(?:会|全会|党代会|人代会|代表大会|全体会议)/.test(text.slice(end, end + 4)))
    return null;
  if (before === "分") return null; // 分两期, 分三批: in how many parts, not how many things
  // 未发生一起, 不冒一处烟: "not a single one" counts nothing
  if (/[不未无没]/.test(text.slice(Math.max(0, i - 2), i)) || /[未无没]/.test(text.charAt(i - 3)))
    return null;
  // 统一, 唯一, 之一: 一 as part of a word
  if (digits === "一" && "统唯同单专逐划万之其如合整归纯均".includes(before) && before !== "") return null;
  // “一个项目、一个领导、一套班子”: a list of 一-items is a slogan
  if (digits === "一" && (before === "、" || text.slice(end, end + 8).includes("、一"))) return null;
  // 一村一品, 一户一策: paired numerals make a slogan
  if (digits === "一" && (text.charAt(end) === "一" || text.charAt(i - 2) === "一")) return null;
  if (text.startsWith(unit, end)) return null; // 一个个, 一批批
  if (isAsciiDigit(text.charCodeAt(end))) return null; // 两个100%: counts of a figure, not of things
  // 九届九次, 二、三次管网, 第四、五、六次会议: numerals in a list of ordinals
  if (before === "届" || (before === "、" && CN_NUMERAL.includes(text.charAt(i - 2)))) return null;
  // 走出了一条…的新路子, 一个具有…特色的框架: 一 before a description is the article "a", not a count
  if (digits === "一" && !more) {
    const ahead = text.slice(end, end + 16);
    const de = ahead.indexOf("的");
    if (de > 0 && !/[\d,;。、:!?]/.test(ahead.slice(0, de))) return null;
  }
  for (const head of ABSTRACT_HEADS) if (text.startsWith(head, end)) return null;
  const tail: Tail = { more, magnitude, unit, end: Math.min(end, to) };
  return finish(text, i, tail, digits, quotes, true);
}
