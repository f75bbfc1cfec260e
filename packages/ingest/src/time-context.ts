import { type Period, parseChineseNumeral } from "@gongkai/domain";
import { sentenceStart } from "./clauses";

/*
 * The period a figure covers, read from the words before it in its sentence (1-9月份, 截止10月底, 上半年,
 * 2016年至2020年, 五年来, “十三五”), with the year taken from the last year the text named before the figure,
 * else from the report.
 */

const YEAR_BACK = 3000;

/** The years a text names (2019年, 09年) and where, for finding the last one before a position. */
export class YearIndex {
  private readonly at: number[] = [];
  private readonly years: number[] = [];

  constructor(text: string, from: number, to: number) {
    const re = /(?<!\d)((?:19|20)\d{2}|\d{2})年(?!代|度)/g;
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      const y = m[1] ?? "";
      const n = Number(y);
      this.at.push(m.index);
      this.years.push(y.length === 4 ? n : n <= 40 ? 2000 + n : 1900 + n);
    }
  }

  /** The last year named within `YEAR_BACK` characters before `pos`, or null. */
  before(pos: number): number | null {
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
    if (found < 0 || pos - (this.at[found] ?? 0) > YEAR_BACK) return null;
    return this.years[found] ?? null;
  }
}

const SPAN = /((?:19|20)\d{2})年?(?:至|-|—|到)((?:19|20)\d{2})年/;
const MONTHS = /(\d{1,2})(?:-|—|至|到)(\d{1,2})月/;
const YTD = /截(?:止|至)(?:到)?(\d{1,2})月(?:底|末|份|(\d{1,2})日)?/;
const HALF = /(上|下)半年/;
const PLAN = /“?十([一二三四五六七八九])五”?(?:时期|期间|以来|规划)/;
const FIVE_YEARS = /五年来|届期内|五年间|过去五年|过去的五年|五年新增|五年累计/;
const YEAR = /((?:19|20)\d{2})年/;

/** The period of a figure at `at`, with `year` the year the text speaks of there. */
export function periodAt(text: string, at: number, floor: number, year: number | null): Period | null {
  const s = text.slice(sentenceStart(text, at, floor, 160), at);
  const span = SPAN.exec(s);
  if (span) return { type: "span", from: Number(span[1]), to: Number(span[2]) };
  const plan = PLAN.exec(s);
  if (plan?.[1]) {
    const n = parseChineseNumeral(plan[1]);
    if (n.ok) return { type: "plan", plan: 10 + Number(n.value) };
  }
  const explicit = YEAR.exec(s);
  const y = explicit ? Number(explicit[1]) : year;
  if (FIVE_YEARS.test(s) && y) return { type: "span", from: y - 4, to: y };
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
