import { z } from "zod";
import { parseChineseNumeral, toHalfWidthDigits } from "./chinese-number";
import { err, ok, type Result } from "./result";

/** Years a report or a figure may name: from the People's Republic's founding to a bound well past any plan. */
export const FIRST_YEAR = 1949;
export const LAST_YEAR = 2100;
export const Year = z.number().int().min(FIRST_YEAR).max(LAST_YEAR);
const Month = z.number().int().min(1).max(12);

/**
 * The time a figure covers. Reports state figures for a year, for months of a year (1-9月), up to a date
 * (截止10月底), a half-year, a span of years (2016-2020) or a five-year plan (十三五).
 */
export const Period = z.discriminatedUnion("type", [
  z.object({ type: z.literal("year"), year: Year }),
  z.object({ type: z.literal("months"), year: Year, from: Month, to: Month }),
  /** Year to date: from January to the end of `month` (截止10月底) or to `day` of it. */
  z.object({
    type: z.literal("ytd"),
    year: Year,
    month: Month,
    day: z.number().int().min(1).max(31).optional(),
  }),
  z.object({ type: z.literal("half"), year: Year, half: z.union([z.literal(1), z.literal(2)]) }),
  z.object({ type: z.literal("span"), from: Year, to: Year }),
  /** 五年规划: the 13th plan (十三五) runs 2016-2020. */
  z.object({ type: z.literal("plan"), plan: z.number().int().min(6).max(20) }),
]);
export type Period = z.infer<typeof Period>;

const pad = (n: number) => String(n).padStart(2, "0");

/** Years of the n-th five-year plan; from the 3rd (1966, after the 1963-65 adjustment) they follow on. */
export function planYears(plan: number): { from: number; to: number } {
  const from = plan <= 2 ? 1953 + (plan - 1) * 5 : 1966 + (plan - 3) * 5;
  return { from, to: from + 4 };
}

/**
 * The period as an ISO 8601 interval string, as the import contract writes it.
 * @example periodKey({ type: "months", year: 2020, from: 1, to: 9 }) // "2020-01/2020-09"
 * @example periodKey({ type: "plan", plan: 13 }) // "2016/2020"
 */
export function periodKey(p: Period): string {
  switch (p.type) {
    case "year":
      return String(p.year);
    case "months":
      return p.from === p.to ? `${p.year}-${pad(p.from)}` : `${p.year}-${pad(p.from)}/${p.year}-${pad(p.to)}`;
    case "ytd":
      return p.day
        ? `${p.year}-01-01/${p.year}-${pad(p.month)}-${pad(p.day)}`
        : `${p.year}-01/${p.year}-${pad(p.month)}`;
    case "half":
      return p.half === 1 ? `${p.year}-01/${p.year}-06` : `${p.year}-07/${p.year}-12`;
    case "span":
      return `${p.from}/${p.to}`;
    case "plan": {
      const { from, to } = planYears(p.plan);
      return `${from}/${to}`;
    }
  }
}

/** The last year a period touches: the year a target for it is due. */
export function periodEndYear(p: Period): number {
  switch (p.type) {
    case "span":
      return p.to;
    case "plan":
      return planYears(p.plan).to;
    default:
      return p.year;
  }
}

/** Whether the period covers a whole calendar year (or years), so figures for it compare year against year. */
export function isWholeYears(p: Period): boolean {
  return (
    p.type === "year" ||
    p.type === "span" ||
    p.type === "plan" ||
    (p.type === "months" && p.from === 1 && p.to === 12)
  );
}

/**
 * Writes a period the way a report would.
 * @example formatPeriod({ type: "months", year: 2020, from: 1, to: 9 }) // "2020年1-9月"
 */
export function formatPeriod(p: Period, lang: "zh" | "en" = "zh"): string {
  const zh = lang === "zh";
  switch (p.type) {
    case "year":
      return zh ? `${p.year}年` : String(p.year);
    case "months":
      return zh ? `${p.year}年${p.from}-${p.to}月` : `${p.year}, months ${p.from}–${p.to}`;
    case "ytd":
      return zh
        ? `${p.year}年截至${p.month}月${p.day ? `${p.day}日` : "底"}`
        : `${p.year}, to ${p.day ? `${p.month}/${p.day}` : `end of month ${p.month}`}`;
    case "half":
      return zh ? `${p.year}年${p.half === 1 ? "上" : "下"}半年` : `${p.year} H${p.half}`;
    case "span":
      return zh ? `${p.from}-${p.to}年` : `${p.from}–${p.to}`;
    case "plan": {
      const { from, to } = planYears(p.plan);
      return zh ? `“${planName(p.plan)}”时期(${from}-${to}年)` : `Five-year plan ${p.plan} (${from}–${to})`;
    }
  }
}

const PLAN_NAMES = [
  "",
  "一五",
  "二五",
  "三五",
  "四五",
  "五五",
  "六五",
  "七五",
  "八五",
  "九五",
  "十五",
  "十一五",
  "十二五",
  "十三五",
  "十四五",
  "十五五",
  "十六五",
  "十七五",
  "十八五",
  "十九五",
  "二十五",
];
function planName(n: number): string {
  return PLAN_NAMES[n] ?? `${n}五`;
}

/**
 * Reads a period expression; `year` is the year the text speaks of when the expression leaves it out.
 * @example parsePeriod("1-9月", 2020) // months 1–9 of 2020
 * @example parsePeriod("截止10月底", 2020) // year to date, end of October
 * @example parsePeriod("十三五") // plan 13
 */
export function parsePeriod(input: string, year?: number): Result<Period> {
  const s = toHalfWidthDigits(input.trim())
    .replace(/\s+/g, "")
    .replace(/(\d)(年?)[—–~～至到-](\d)/g, (_, a: string, y: string, b: string) => `${a}${y}-${b}`);
  const plan = /^[“"]?([十一二三四五六七八九]+)五[”"]?(?:时期|期间|规划)?$/.exec(s);
  if (plan?.[1]) {
    const n = parseChineseNumeral(plan[1]);
    if (n.ok) return checked({ type: "plan", plan: Number(n.value) });
  }
  const span = /^(\d{4})(?:年)?-(\d{4})年?$/.exec(s);
  if (span) return checked({ type: "span", from: Number(span[1]), to: Number(span[2]) });
  const y = /^(\d{4})年(.*)$/.exec(s);
  const theYear = y ? Number(y[1]) : year;
  const rest = y ? (y[2] ?? "") : s;
  if (rest === "" || rest === "全年" || rest === "度" || rest === "年度") {
    return theYear ? checked({ type: "year", year: theYear }) : err("a year is needed");
  }
  if (!theYear) return err(`a year is needed for ${input}`);
  const half = /^(上|下)半年$/.exec(rest);
  if (half) return checked({ type: "half", year: theYear, half: half[1] === "上" ? 1 : 2 });
  const months = /^(\d{1,2})-(\d{1,2})月(?:份)?$/.exec(rest);
  if (months)
    return checked({ type: "months", year: theYear, from: Number(months[1]), to: Number(months[2]) });
  const ytd =
    /^(?:截止|截至|截止到|截至到|到|至)?(?:目前|今年)?(\d{1,2})月(?:(\d{1,2})日|底|末)?(?:止|为止)?$/.exec(
      rest,
    );
  if (ytd && /截|到|至|底|末|止/.test(rest)) {
    return checked({
      type: "ytd",
      year: theYear,
      month: Number(ytd[1]),
      ...(ytd[2] ? { day: Number(ytd[2]) } : {}),
    });
  }
  return err(`not a period: ${input}`);
}

function checked(p: Period): Result<Period> {
  const r = Period.safeParse(p);
  if (!r.success) return err(r.error.issues[0]?.message ?? "invalid period");
  if (r.data.type === "months" && r.data.from > r.data.to) return err("a month range must run forward");
  if (r.data.type === "span" && r.data.from >= r.data.to) return err("a span of years must run forward");
  return ok(r.data);
}
