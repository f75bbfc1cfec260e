import type { ReportKind } from "./report-kind";
import type { NumberingStyle, SectionRole } from "./section";

/** A section a new report of a kind starts with. */
export interface TemplateSection {
  level: number;
  heading: string;
  numbering: NumberingStyle;
  role: SectionRole;
}

const GWR: TemplateSection[] = [
  { level: 1, heading: "上年工作回顾", numbering: "cn_dun", role: "review" },
  { level: 1, heading: "存在的问题和不足", numbering: "cn_dun", role: "problems" },
  { level: 1, heading: "今年工作的指导思想", numbering: "cn_dun", role: "guiding_principles" },
  { level: 1, heading: "今年主要预期目标", numbering: "cn_dun", role: "targets" },
  { level: 1, heading: "今年重点工作安排", numbering: "cn_dun", role: "plan" },
  { level: 1, heading: "加强政府自身建设", numbering: "cn_dun", role: "plan" },
  { level: 1, heading: "结束语", numbering: "none", role: "closing" },
];

/** The standard sections of each kind of report (the sections of a 政府工作报告 follow its usual order). */
export const REPORT_TEMPLATES: Readonly<Record<ReportKind, readonly TemplateSection[]>> = {
  government_work_report: GWR,
  summary_and_plan: [
    { level: 1, heading: "今年工作总结", numbering: "cn_dun", role: "review" },
    { level: 1, heading: "存在的问题", numbering: "cn_dun", role: "problems" },
    { level: 1, heading: "明年工作计划", numbering: "cn_dun", role: "plan" },
  ],
  work_summary: [
    { level: 1, heading: "主要工作及成效", numbering: "cn_dun", role: "review" },
    { level: 1, heading: "存在的问题", numbering: "cn_dun", role: "problems" },
    { level: 1, heading: "下一步工作打算", numbering: "cn_dun", role: "plan" },
  ],
  half_year_summary: [
    { level: 1, heading: "上半年工作情况", numbering: "cn_dun", role: "review" },
    { level: 1, heading: "存在的问题", numbering: "cn_dun", role: "problems" },
    { level: 1, heading: "下半年工作打算", numbering: "cn_dun", role: "plan" },
  ],
  special_topic_summary: [
    { level: 1, heading: "工作开展情况", numbering: "cn_dun", role: "review" },
    { level: 1, heading: "存在的问题", numbering: "cn_dun", role: "problems" },
    { level: 1, heading: "下一步工作打算", numbering: "cn_dun", role: "plan" },
  ],
  congress_work_report: [
    { level: 1, heading: "过去一年的主要工作", numbering: "cn_dun", role: "review" },
    { level: 1, heading: "今年的主要任务", numbering: "cn_dun", role: "plan" },
  ],
  speech: [{ level: 1, heading: "", numbering: "none", role: "other" }],
  chronicle: [{ level: 1, heading: "", numbering: "none", role: "other" }],
  other: [{ level: 1, heading: "", numbering: "none", role: "other" }],
};
