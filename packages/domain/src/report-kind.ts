import { z } from "zod";

/** The kinds of document a township publishes about its work (see the import contract). */
export const ReportKind = z.enum([
  "government_work_report", // 政府工作报告, delivered to the people's congress
  "summary_and_plan", // 工作总结和工作计划
  "work_summary", // 工作总结, 工作汇报
  "half_year_summary", // 上半年工作总结
  "special_topic_summary", // one field: 政务公开, 计划生育, 劳动保障 …
  "congress_work_report", // 人大主席团工作报告
  "speech", // 讲话
  "chronicle", // 大事记
  "other",
]);
export type ReportKind = z.infer<typeof ReportKind>;

export const REPORT_KIND_LABELS: Record<ReportKind, { zh: string; en: string }> = {
  government_work_report: { zh: "政府工作报告", en: "Government work report" },
  summary_and_plan: { zh: "工作总结和计划", en: "Summary and plan" },
  work_summary: { zh: "工作总结", en: "Work summary" },
  half_year_summary: { zh: "半年工作总结", en: "Half-year summary" },
  special_topic_summary: { zh: "专项工作总结", en: "Special-topic summary" },
  congress_work_report: { zh: "人大主席团工作报告", en: "Congress presidium report" },
  speech: { zh: "讲话", en: "Speech" },
  chronicle: { zh: "大事记", en: "Chronicle" },
  other: { zh: "其他", en: "Other" },
};
