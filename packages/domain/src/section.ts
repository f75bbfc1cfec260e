import { z } from "zod";
import { formatChineseNumeral } from "./chinese-number";
import { Id } from "./text";

/** What a section does in the report (the import contract's roles). */
export const SectionRole = z.enum([
  "review", // 工作回顾, achievements
  "problems", // 存在问题, 不足, 困难
  "guiding_principles", // 指导思想, 总体思路, 形势
  "targets", // 主要预期目标
  "plan", // 工作安排, 打算, 部署, 计划
  "experience", // 工作体会
  "suggestions", // 建议
  "closing", // 结束语
  "other",
]);
export type SectionRole = z.infer<typeof SectionRole>;

/** What a section is about. */
export const SectionTopic = z.enum([
  "economy",
  "industry",
  "agriculture_rural",
  "ecology",
  "livelihood_social_security",
  "education_health_culture",
  "governance_safety",
  "party_building_self_construction",
  "epidemic_response",
  "poverty_alleviation",
  "open_government",
]);
export type SectionTopic = z.infer<typeof SectionTopic>;

export const SECTION_ROLE_LABELS: Record<SectionRole, { zh: string; en: string }> = {
  review: { zh: "工作回顾", en: "Review" },
  problems: { zh: "存在问题", en: "Problems" },
  guiding_principles: { zh: "指导思想", en: "Guiding principles" },
  targets: { zh: "预期目标", en: "Targets" },
  plan: { zh: "工作安排", en: "Plan" },
  experience: { zh: "工作体会", en: "Experience" },
  suggestions: { zh: "建议", en: "Suggestions" },
  closing: { zh: "结束语", en: "Closing" },
  other: { zh: "其他", en: "Other" },
};

export const SECTION_TOPIC_LABELS: Record<SectionTopic, { zh: string; en: string }> = {
  economy: { zh: "经济发展", en: "Economy" },
  industry: { zh: "工业与产业", en: "Industry" },
  agriculture_rural: { zh: "农业与乡村振兴", en: "Agriculture and rural revitalisation" },
  ecology: { zh: "生态环境", en: "Ecology" },
  livelihood_social_security: { zh: "民生与社会保障", en: "Livelihood and social security" },
  education_health_culture: { zh: "教育卫生文化", en: "Education, health and culture" },
  governance_safety: { zh: "社会治理与安全", en: "Governance and safety" },
  party_building_self_construction: { zh: "党建与政府自身建设", en: "Party building and self-construction" },
  epidemic_response: { zh: "疫情防控", en: "Epidemic response" },
  poverty_alleviation: { zh: "脱贫攻坚", en: "Poverty alleviation" },
  open_government: { zh: "政务公开", en: "Open government" },
};

/**
 * How Chinese official documents number headings, by convention from the top level down:
 * 一、 / (一) / 1. / (1); dash headings (——); 一是 ordinals; unnumbered subheadings.
 */
export const NumberingStyle = z.enum([
  "cn_dun",
  "cn_paren",
  "arabic_dot",
  "arabic_paren",
  "dash",
  "cn_ordinal",
  "none",
]);
export type NumberingStyle = z.infer<typeof NumberingStyle>;

/** Deepest level of the section tree; official documents use four numbered levels and rarely more. */
export const MAX_SECTION_LEVEL = 6;
export const MAX_HEADING_LENGTH = 200;
export const MAX_SECTION_TEXT_LENGTH = 200_000;

/**
 * One section of a report. Sections are stored in document order with a level; the tree is implied the way
 * headings imply it in a document, which keeps moving and re-levelling a section a one-field change.
 */
export const Section = z.object({
  id: Id,
  level: z.number().int().min(1).max(MAX_SECTION_LEVEL),
  /** The heading without its number; "" for text before the first heading. */
  heading: z.string().max(MAX_HEADING_LENGTH),
  numbering: NumberingStyle,
  role: SectionRole.nullable(),
  topics: z.array(SectionTopic).max(SectionTopic.options.length),
  /** Body text directly under this heading; paragraphs separated by "\n". */
  text: z.string().max(MAX_SECTION_TEXT_LENGTH),
});
export type Section = z.infer<typeof Section>;

/** A section with the sections below it. */
export interface SectionNode {
  section: Section;
  children: SectionNode[];
}

/**
 * Checks that levels descend one step at a time: a section is at most one level below the one before it.
 * Returns the index of the first section that breaks this, or -1.
 */
export function firstLevelJump(sections: readonly Pick<Section, "level">[]): number {
  let previous = 0;
  for (const [i, s] of sections.entries()) {
    if (s.level > previous + 1) return i;
    previous = s.level;
  }
  return -1;
}

/** Builds the tree that document order and levels imply. */
export function sectionTree(sections: readonly Section[]): SectionNode[] {
  const roots: SectionNode[] = [];
  const stack: SectionNode[] = [];
  for (const section of sections) {
    const node: SectionNode = { section, children: [] };
    while (stack.length > 0 && (stack[stack.length - 1]?.section.level ?? 0) >= section.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

/**
 * The marker of the n-th heading (1-based) in a numbering style.
 * @example headingMarker("cn_dun", 3) // "三、"
 * @example headingMarker("cn_paren", 12) // "(十二)"
 */
export function headingMarker(style: NumberingStyle, n: number): string {
  switch (style) {
    case "cn_dun":
      return `${formatChineseNumeral(n)}、`;
    case "cn_paren":
      return `(${formatChineseNumeral(n)})`;
    case "arabic_dot":
      return `${n}.`;
    case "arabic_paren":
      return `(${n})`;
    case "dash":
      return "——";
    case "cn_ordinal":
      return `${formatChineseNumeral(n)}是`;
    case "none":
      return "";
  }
}

/** Positional numbers of every section: the n-th section of its style among its siblings. */
export function numberSections(sections: readonly Section[]): string[] {
  const counters: Array<Map<NumberingStyle, number>> = [];
  return sections.map((s) => {
    counters.length = s.level; // deeper counters restart under a new parent
    const here = counters[s.level - 1] ?? new Map<NumberingStyle, number>();
    counters[s.level - 1] = here;
    const n = (here.get(s.numbering) ?? 0) + 1;
    here.set(s.numbering, n);
    return headingMarker(s.numbering, n);
  });
}

/** A heading as it is shown: its positional marker and its text. */
export function displayHeadings(sections: readonly Section[]): string[] {
  const markers = numberSections(sections);
  return sections.map((s, i) => (s.heading ? `${markers[i] ?? ""}${s.heading}` : ""));
}

const MARKERS: ReadonlyArray<readonly [NumberingStyle, RegExp]> = [
  ["cn_dun", /^([一二三四五六七八九十]{1,3})[、.．]\s*/],
  ["cn_paren", /^[(（]([一二三四五六七八九十]{1,3})[)）][、.．]?\s*/],
  ["arabic_paren", /^[(（](\d{1,2})[)）][、.．]?\s*/],
  ["arabic_dot", /^(\d{1,2})[、.．](?!\d)\s*/],
  ["dash", /^(?:——|—|--)\s*/],
  ["cn_ordinal", /^([一二三四五六七八九十]{1,3})是[:：,，]?\s*/],
];

/**
 * Reads the numbering marker at the start of a heading line.
 * @example splitHeadingMarker("(二)抓突出重点") // { style: "cn_paren", marker: "(二)", text: "抓突出重点" }
 */
export function splitHeadingMarker(line: string): { style: NumberingStyle; marker: string; text: string } {
  for (const [style, re] of MARKERS) {
    const m = re.exec(line);
    if (m) return { style, marker: m[0], text: line.slice(m[0].length) };
  }
  return { style: "none", marker: "", text: line };
}
