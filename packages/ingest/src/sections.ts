import type { ImportedSection, NumberingStyle, ReportKind, SectionRole } from "@gongkai/domain";
import type { CleanLine } from "./clean";
import type { FoundHeading } from "./headings";
import {
  headingRole,
  headingTopics,
  isResultHeading,
  isTaskHeading,
  looksAhead,
  paragraphPhase,
} from "./roles";

// Conventional depth of each numbering style; dashes and unnumbered lines sit below whatever is open, except a
// line that names a part of the report (2023年工作回顾), which stands above the numbered headings.
const RANK: Record<NumberingStyle, number> = {
  cn_dun: 1,
  cn_paren: 2,
  arabic_dot: 3,
  arabic_paren: 4,
  dash: 5,
  none: 6,
  cn_ordinal: 7,
};

/** Roles that a heading may claim for itself even inside a part with another role. */
const OWN_ROLES = new Set<SectionRole>([
  "problems",
  "targets",
  "guiding_principles",
  "experience",
  "suggestions",
  "closing",
]);

/**
 * Builds the sections of one report from its headings: the text before the first heading (heading ""), then one
 * section per heading with the body text up to the next heading. Levels follow the order styles open in (a style
 * seen again closes everything opened after it; a higher style closes lower ones); roles follow the parts.
 */
export function buildSections(
  text: string,
  lines: readonly CleanLine[],
  bodyFirst: number,
  end: number,
  headings: readonly FoundHeading[],
  kind: ReportKind,
  year: number | null,
): ImportedSection[] {
  // A government work report is for the year it plans; a summary is for the year it reviews.
  const planFrom = year === null ? null : kind === "government_work_report" ? year : year + 1;
  const sections: ImportedSection[] = [];
  const docEnd = lineEnd(lines, end - 1);
  const startOf = (i: number) => lines[i]?.start ?? docEnd;
  const firstHeadingLine = headings[0]?.line ?? end;
  if (firstHeadingLine > bodyFirst) {
    const s = startOf(bodyFirst);
    const e = lineEnd(lines, firstHeadingLine - 1);
    if (e > s) {
      sections.push({
        level: 1,
        heading: "",
        title: "",
        numbering: "none",
        role: null,
        topics: [],
        text: text.slice(s, e),
        headingSpan: null,
        textSpan: { start: s, end: e },
      });
    }
  }
  const stack: number[] = [];
  const roleStack: Array<SectionRole | null> = [];
  let phase: SectionRole | null =
    kind === "speech" || kind === "chronicle" || kind === "other" ? null : "review";
  for (const [k, h] of headings.entries()) {
    const lineStart = startOf(h.line);
    const lineText = lines[h.line]?.text ?? "";
    const nextLine = headings[k + 1]?.line ?? end;
    // Body text on the heading's own line, else from the next line of this report, else none.
    const bodyStart =
      h.bodyStart < lineText.length
        ? lineStart + h.bodyStart
        : h.line + 1 < end
          ? startOf(h.line + 1)
          : lineStart + lineText.length;
    const bodyEnd = Math.max(bodyStart, lineEnd(lines, nextLine - 1));
    const rank = h.part ? 0 : RANK[h.style];
    while (stack.length > 0 && (stack[stack.length - 1] ?? 0) >= rank) {
      stack.pop();
      roleStack.pop();
    }
    const level = stack.length + 1;
    const own = headingRole(h.title, planFrom);
    let role: SectionRole | null;
    if (level === 1) {
      if (own) {
        role = own;
        phase = own === "targets" || own === "guiding_principles" ? "plan" : own;
      } else {
        const before = sections[sections.length - 1];
        const cue = before ? paragraphPhase(lastParagraph(before.text)) : null;
        // After the problems part comes the plan, whether or not a sentence announces it.
        if (cue) phase = cue;
        else if (phase === "problems") phase = "plan";
        // Achievements told as results (社会事业全面进步) are the review, whatever came before; a part that turns to
        // tasks (努力培育发展新动能) and speaks of what is to come (力争, 确保), or whose opening sets out targets, is the
        // plan, announced or not.
        if (phase === "plan" && isResultHeading(h.title)) phase = "review";
        else if (
          phase === "review" &&
          before?.role === "review" &&
          ((isTaskHeading(h.title) && looksAhead(text.slice(bodyStart, bodyEnd))) ||
            (!isResultHeading(h.title) && statesPlan(text.slice(bodyStart, bodyEnd))))
        )
          phase = "plan";
        role = phase;
      }
    } else {
      const parent = roleStack[roleStack.length - 1] ?? phase;
      // Under 总体要求和目标任务 come the tasks: the plan; so do the headings a paragraph announces as the plan
      // (下半年工作打算如下:), at any level.
      const before = sections[sections.length - 1];
      const announced = before && !own ? paragraphPhase(lastParagraph(before.text)) === "plan" : false;
      if (announced) {
        phase = "plan";
        // The rest of the parent's subsections follow the announcement.
        if (roleStack.length > 0) roleStack[roleStack.length - 1] = "plan";
      }
      const inherited =
        announced || parent === "guiding_principles" || parent === "targets" ? "plan" : parent;
      role = own && OWN_ROLES.has(own) ? own : inherited;
      // A part announced below the top level still starts a new part for the headings after it.
      if (own && own !== "review") phase = own === "targets" || own === "guiding_principles" ? "plan" : own;
    }
    stack.push(rank);
    roleStack.push(role);
    sections.push({
      level,
      heading: h.heading,
      title: h.title,
      numbering: h.style,
      role,
      topics: headingTopics(h.title),
      text: text.slice(bodyStart, bodyEnd),
      headingSpan: { start: lineStart, end: lineStart + h.headingEnd },
      textSpan: { start: bodyStart, end: bodyEnd },
    });
  }
  return sections;
}

function lineEnd(lines: readonly CleanLine[], i: number): number {
  const l = lines[i];
  return l ? l.start + l.text.length : 0;
}

/**
 * Whether a part's own text, before its last paragraph, sets out targets or a plan (主要预期目标是:…): the part is
 * the plan. The last paragraph may only announce the part after it.
 */
function statesPlan(body: string): boolean {
  const cut = body.lastIndexOf("\n");
  if (cut < 0) return false;
  for (const paragraph of body.slice(0, cut).split("\n"))
    if (paragraphPhase(paragraph) === "plan") return true;
  return false;
}

function lastParagraph(text: string): string {
  const at = text.lastIndexOf("\n");
  return at >= 0 ? text.slice(at + 1) : text;
}
