import { type Period, parseChineseNumeral, periodEndYear } from "@gongkai/domain";
import { sentenceStart } from "./clauses";

/*
 * The period a figure covers. Reports say it in the figure's sentence (1-9月份, 截止10月底, 上半年, 2016年至2020年,
 * 五年来, “十三五”期间), else at the opening of its paragraph (2020以来,…。1-9月份,…), else not at all: then the
 * figure speaks of the year its part of the report speaks of (`section-time.ts`: the review of the year reviewed,
 * the plan of the year planned). A year named in passing earlier in the paragraph (2019年我镇政务服务评价全区排名
 * 第二。新成立企业…), in another paragraph or under another heading is never carried over.
 */

/** A year within this many characters of a paragraph's start opens it, and speaks for the whole paragraph. */
const PARAGRAPH_OPENING = 10;

const COMPARED_AFTER = /^(?:年?(?:底|末|同期)?)(?:相比|比较|对比|的\d+(?:\.\d+)?倍)/;

/**
 * Whether the year at `index` is the base of a comparison (是2015年的1.36倍, 比2019年增长, 较上年, 与2015年相比,
 * 相比2015年) rather than the year the text is speaking of: such a year never sets the period of a figure.
 * `end` is where the year's digits end.
 */
export function isComparisonBase(text: string, index: number, end = index + 4): boolean {
  const before = text.charAt(index - 1);
  if (before === "是" || before === "比" || before === "较" || before === "于") return true;
  const two = text.slice(Math.max(0, index - 2), index);
  if (two === "相比" || two === "对比" || two === "相较" || two === "比照") return true;
  // 与2015年相比, 同2015年底相比, 为2015年的1.5倍
  const after = text.slice(end, end + 8);
  if (COMPARED_AFTER.test(after)) return true;
  return (
    (before === "与" || before === "同" || before === "和" || before === "跟") && /相比|比较/.test(after)
  );
}

/** Words before a two-digit year that make it a count of years (近10年, 第15年, 这20年). */
const COUNT_BEFORE = "近这那多几十每第前后满逾约长达用花历经连续";
/** Words after 年 that make a number a count of years (10年来, 20年间, 30年不变). */
const COUNT_AFTER = "来间内里多后前以左之中余不";

/**
 * The years a text speaks of and where: 2019年, 2020年度, 2020以来 (written without 年), and 09年 where a two-digit
 * year stands at the start of a clause and is near the report's year. Comparison bases are left out.
 */
export class YearIndex {
  private readonly at: number[] = [];
  private readonly years: number[] = [];

  constructor(text: string, from: number, to: number, reportYear: number | null) {
    const re = /(?<!\d)((?:19|20)\d{2}|\d{2})(年|以来)/g;
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      const digits = m[1] ?? "";
      const end = m.index + digits.length;
      const year = digits.length === 4 ? Number(digits) : twoDigitYear(text, m.index, end, reportYear);
      if (year === null) continue;
      if (text.charAt(end) === "年" && text.charAt(end + 1) === "代") continue; // 90年代
      if (isComparisonBase(text, m.index, end)) continue;
      this.at.push(m.index);
      this.years.push(year);
    }
  }

  /** The last year named in [floor, pos), or null. */
  before(pos: number, floor: number): number | null {
    const i = this.lastBefore(pos);
    return i >= 0 && (this.at[i] ?? -1) >= floor ? (this.years[i] ?? null) : null;
  }

  /** Where the last year named in [floor, pos) stands, or -1. */
  lastAt(pos: number, floor: number): number {
    const i = this.lastBefore(pos);
    const at = i >= 0 ? (this.at[i] ?? -1) : -1;
    return at >= floor ? at : -1;
  }

  /** The first year named in [from, to), or null. */
  first(from: number, to: number): number | null {
    const i = this.lastBefore(from) + 1;
    return i < this.at.length && (this.at[i] ?? to) < to ? (this.years[i] ?? null) : null;
  }

  /** Index of the last year named before `pos`, or -1. */
  private lastBefore(pos: number): number {
    let lo = 0;
    let hi = this.at.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.at[mid] ?? 0) < pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

/** 09年 as 2009 when it opens a clause, is not a count of years, and lies near the report's year; else null. */
function twoDigitYear(text: string, start: number, end: number, reportYear: number | null): number | null {
  if (reportYear === null || text.charAt(end) !== "年") return null;
  const before = text.charAt(start - 1);
  if (before !== "" && !",;。:!?、\n (在于至到".includes(before)) return null;
  if (COUNT_BEFORE.includes(before) || COUNT_AFTER.includes(text.charAt(end + 1))) return null;
  const n = Number(text.slice(start, end));
  const year = (reportYear >= 2000 ? 2000 : 1900) + n;
  return Math.abs(year - reportYear) <= 2 ? year : null;
}

const SPAN = /((?:19|20)\d{2})年?(?:至|-|—|到)((?:19|20)\d{2})年/;
const MONTHS = /(\d{1,2})(?:-|—|至|到)(\d{1,2})月/;
const YTD = /截(?:止|至)(?:到)?(\d{1,2})月(?:底|末|份|(\d{1,2})日)?/;
const HALF = /(上|下)半年/;
const PLAN = /“?十([一二三四五六七八九])五”?(?:时期|期间|以来|规划)/;
const FIVE_YEARS = /五年来|届期内|五年间|过去五年|过去的五年|五年新增|五年累计|五年共|五年期间/;
/** A paragraph that opens on the term (五年来,…) speaks of it throughout. */
const TERM_OPENING = /^.{0,4}?(?:五年来|过去五年|过去的五年|本届政府以来|届期内)/;
/** 今年, 明年: the year of the part, or the one after; never a year carried from earlier in the paragraph. */
const RELATIVE_YEAR = /今年|本年度|明年|来年/g;

/** What a part of a report speaks of where its text names no time: a year, a span of years or a five-year plan. */
export interface TimeFrame {
  /** The year of the part: the year reviewed in a review, the year planned in a plan. */
  year: number | null;
  /** The five-year plan or span the part speaks of, when its heading names one and no year. */
  period: Period | null;
}

export interface FigureTime {
  text: string;
  /** Where the figure (with its hedges) starts. */
  at: number;
  /** Start of the figure's paragraph. */
  paragraphStart: number;
  years: YearIndex;
  frame: TimeFrame;
  /** The year the report was written in, which 今年 and 明年 count from; null when unknown. */
  now: number | null;
}

/** The last 今年 or 明年 in a sentence, and how many years it lies after the year the report was written in. */
function relativeYear(s: string): { at: number; offset: number } | null {
  let found: { at: number; offset: number } | null = null;
  for (const m of s.matchAll(RELATIVE_YEAR))
    found = { at: m.index, offset: m[0] === "明年" || m[0] === "来年" ? 1 : 0 };
  return found;
}

/** The year that opens a paragraph (2020以来,…; 过去的2019年,…) and so speaks for all of it, or null. */
function paragraphYear(
  text: string,
  paragraphStart: number,
  sStart: number,
  years: YearIndex,
): number | null {
  const end = Math.min(sStart, paragraphStart + PARAGRAPH_OPENING);
  for (let i = paragraphStart; i < end; i++) {
    const c = text.charAt(i);
    if (c === "," || c === "。" || c === ";" || c === ":") return null;
    if (c >= "0" && c <= "9") return years.first(i, i + 1);
  }
  return null;
}

/** The five years of a term (届) that ends in `last`. */
function term(last: number | null): Period | null {
  return last ? { type: "span", from: last - 4, to: last } : null;
}

/** The period of a figure. */
export function periodAt({ text, at, paragraphStart, years, frame, now }: FigureTime): Period | null {
  const sStart = sentenceStart(text, at, paragraphStart, 200);
  const s = text.slice(sStart, at);
  const span = SPAN.exec(s);
  if (span) return { type: "span", from: Number(span[1]), to: Number(span[2]) };
  const plan = PLAN.exec(s);
  if (plan?.[1]) {
    const n = parseChineseNumeral(plan[1]);
    if (n.ok) return { type: "plan", plan: 10 + Number(n.value) };
  }
  let y = years.before(at, sStart);
  if (FIVE_YEARS.test(s)) return term(y ?? frame.year);
  // 今年, 明年 count from the year the report was written in; the time word nearest the figure wins.
  const relative = relativeYear(s);
  if (relative && (y === null || relative.at > years.lastAt(at, sStart) - sStart)) {
    const base = now ?? frame.year;
    y = base === null ? null : base + relative.offset;
  } else if (y === null) {
    if (TERM_OPENING.test(text.slice(paragraphStart, paragraphStart + 12))) return term(frame.year);
    y = paragraphYear(text, paragraphStart, sStart, years);
  }
  if (y === null && frame.period) return frame.period;
  y ??= frame.year;
  if (!y) return null;
  const months = MONTHS.exec(s);
  if (months) {
    const from = Number(months[1]);
    const to = Number(months[2]);
    if (from >= 1 && to <= 12 && from < to) return { type: "months", year: y, from, to };
  }
  const ytd = YTD.exec(s);
  if (ytd) {
    const month = Number(ytd[1]);
    if (month >= 1 && month <= 12) {
      const day = ytd[2] ? Number(ytd[2]) : undefined;
      return day && day <= 31 ? { type: "ytd", year: y, month, day } : { type: "ytd", year: y, month };
    }
  }
  const half = HALF.exec(s);
  if (half) return { type: "half", year: y, half: half[1] === "上" ? 1 : 2 };
  return { type: "year", year: y };
}

/**
 * The period of a figure stated as a multiple: compared with the end of the last term (是上届末的1.59倍), it speaks
 * of the term; compared with a year (是2015年的1.71倍), it is the level the term ended on, in its last year.
 */
export function termOf(period: Period | null, multipleBase: string | null): Period | null {
  if (!period || !multipleBase) return period;
  if ((period.type === "plan" || period.type === "span") && /(?:19|20)\d{2}年/.test(multipleBase))
    return { type: "year", year: periodEndYear(period) };
  if (period.type !== "year") return period;
  return /上届|届初|五年前/.test(multipleBase)
    ? { type: "span", from: period.year - 4, to: period.year }
    : period;
}
