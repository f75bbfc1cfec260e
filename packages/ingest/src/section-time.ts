import type { ImportedSection, ReportKind, SectionRole } from "@gongkai/domain";
import { parseChineseNumeral } from "@gongkai/domain";
import { paragraphPhase } from "./roles";
import type { TimeFrame, YearIndex } from "./time-context";

/*
 * The year each part of a report speaks of. A government work report is delivered early in the year it plans: its
 * review speaks of the year before, its targets and plan of the year it is delivered in. A summary speaks of the
 * year it is written in and plans the next (a half-year summary plans the rest of its year). The text may say
 * otherwise: the review's opening (2019年,xx镇党委…), a heading (一、2021年工作回顾, “十四五”时期主要目标) or the
 * paragraph that announces the plan (2020年,我镇将…) names the year of its part. Subsections speak of their
 * parent's year unless they name their own.
 */

/** Kinds delivered to a congress early in the year: they review the year before and plan the year they are given in. */
export const DELIVERED_NEXT_YEAR: ReadonlySet<ReportKind> = new Set([
  "government_work_report",
  "congress_work_report",
]);

const PLAN_FAMILY = new Set<SectionRole>(["plan", "targets", "guiding_principles"]);
const REVIEW_FAMILY = new Set<SectionRole>(["review", "problems", "experience"]);

/** A paragraph that opens on the year it speaks of: 2019年,…; 过去的2020年…; 2020以来… */
const YEAR_OPENING = /^[^。\n]{0,6}?((?:19|20)\d{2})(?:年|以来)/;
const PLAN_IN_HEADING = /十([一二三四五六七八九])五/;

export interface ReportTime {
  /** The year the report was written in: 今年 in its text. */
  now: number | null;
  /** The year its review speaks of. */
  review: number | null;
  /** The year its plan and targets are for. */
  plan: number | null;
  /** What each section speaks of where its text names no time, by section index. */
  frames: TimeFrame[];
}

/** The years a report's parts speak of. `text` is the text the sections' spans point into. */
export function reportTime(
  sections: readonly ImportedSection[],
  kind: ReportKind,
  year: number | null,
  text: string,
  years: YearIndex,
): ReportTime {
  const delivered = DELIVERED_NEXT_YEAR.has(kind);
  const planAfter = kind === "half_year_summary" ? 0 : 1;
  let review = year === null ? null : delivered ? year - 1 : year;
  let plan = year === null ? null : delivered ? year : year + planAfter;
  // A summary's opening names the year it reviews, which its title may get wrong by one.
  const openings = [
    sections.find((s) => s.heading === ""),
    sections.find((s) => s.role !== null && REVIEW_FAMILY.has(s.role)),
  ];
  const named = openings.map((s) => (s ? YEAR_OPENING.exec(s.text) : null)).find((m) => m !== null);
  if (!delivered && named) {
    const y = Number(named[1]);
    if (year === null || y === year || y === year - 1) {
      review = y;
      plan = y + planAfter;
    }
  }
  const now = delivered ? year : review;

  const frames: TimeFrame[] = [];
  const open: Array<{ level: number; frame: TimeFrame; planned: boolean }> = [];
  for (const [k, s] of sections.entries()) {
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= s.level) open.pop();
    const role = s.role;
    const planned = role !== null && PLAN_FAMILY.has(role);
    const parent = open[open.length - 1];
    let frame = headingFrame(s, text, years);
    if (!frame && parent && parent.planned === planned) frame = parent.frame;
    if (!frame) {
      if (planned) {
        // The paragraph announcing the plan may name its year: 2020年,我镇将紧紧围绕…
        const before = sections[k - 1];
        if (before && paragraphPhase(lastParagraph(before.text)) === "plan") {
          const end = before.textSpan.end;
          const y = years.first(end - lastParagraph(before.text).length, end);
          if (y !== null && (plan === null || Math.abs(y - plan) <= 1)) plan = y;
        }
        frame = { year: plan, period: null };
      } else if (role === null || REVIEW_FAMILY.has(role)) frame = { year: review, period: null };
      else frame = { year: now, period: null };
    }
    frames.push(frame);
    open.push({ level: s.level, frame, planned });
  }
  return { now, review, plan, frames };
}

/** The year a heading names (一、2021年工作回顾), or the five-year plan it names without a year (“十四五”时期). */
function headingFrame(s: ImportedSection, text: string, years: YearIndex): TimeFrame | null {
  if (!s.headingSpan) return null;
  const y = years.before(s.headingSpan.end, s.headingSpan.start);
  if (y !== null) return { year: y, period: null };
  const plan = PLAN_IN_HEADING.exec(text.slice(s.headingSpan.start, s.headingSpan.end));
  if (plan?.[1]) {
    const n = parseChineseNumeral(plan[1]);
    if (n.ok) return { year: null, period: { type: "plan", plan: 10 + Number(n.value) } };
  }
  return null;
}

function lastParagraph(text: string): string {
  const at = text.lastIndexOf("\n");
  return at >= 0 ? text.slice(at + 1) : text;
}
