/** What each kind of saved version was, as the API records it in `summary`. */
export const SUMMARY_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  "reports.create": { zh: "新建报告", en: "Report created" },
  "reports.create_from_import": { zh: "由导入创建", en: "Created from an import" },
  "reports.update_meta": { zh: "修改报告信息", en: "Details changed" },
  "sections.add": { zh: "添加章节", en: "Section added" },
  "sections.edit": { zh: "编辑章节", en: "Section edited" },
  "sections.move": { zh: "移动章节", en: "Section moved" },
  "sections.delete": { zh: "删除章节", en: "Section deleted" },
  "sections.split": { zh: "拆分章节", en: "Section split" },
  "sections.merge": { zh: "合并章节", en: "Sections merged" },
  "indicators.add": { zh: "添加指标", en: "Figure added" },
  "indicators.edit": { zh: "修改指标", en: "Figure changed" },
  "indicators.confirm": { zh: "确认指标", en: "Figures confirmed" },
  "indicators.delete": { zh: "删除指标", en: "Figure deleted" },
  "workflow.publish": { zh: "发布", en: "Published" },
  "workflow.publish_correction": { zh: "发布更正", en: "Correction published" },
};
