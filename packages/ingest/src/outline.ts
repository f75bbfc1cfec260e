import {
  findIndicator,
  formatChineseQuantity,
  type ImportResult,
  periodKey,
  REMOVAL_REASON_LABELS,
  REPORT_KIND_LABELS,
  SECTION_ROLE_LABELS,
} from "@gongkai/domain";

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, " ");
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/**
 * A readable outline of an import, for people at a terminal: each report with its metadata, section tree and
 * roles, indicators, quantities and placeholders, then what the cleaner removed and why.
 */
export function formatOutline(result: ImportResult): string {
  const out: string[] = [];
  const { source } = result;
  out.push(
    `文件 File: ${source.fileName ?? "(text)"}  ${source.format} · ${source.encoding} · ${source.bytes.toLocaleString("en")} bytes · 报告 reports: ${result.documents.length}`,
  );
  for (const [n, d] of result.documents.entries()) {
    out.push("");
    out.push(`■ 报告 ${n + 1} Report ${n + 1}: ${d.title || "(无标题 untitled)"}`);
    const kind = REPORT_KIND_LABELS[d.kind];
    const facts = [
      `类型 kind: ${kind.zh} ${kind.en}`,
      `乡镇 township: ${d.township ?? "—"}`,
      `年份 year: ${d.year ?? "—"}`,
    ];
    if (d.meeting) facts.push(`会议 meeting: ${d.meeting.name}`);
    if (d.presenter) facts.push(`报告人 presenter: ${d.presenter.title ?? ""}${d.presenter.name}`);
    out.push(`  ${facts.join(" · ")}`);
    out.push(`  章节 Sections (${d.sections.length}):`);
    for (const s of d.sections) {
      const role = s.role ? ` [${SECTION_ROLE_LABELS[s.role].zh} ${s.role}]` : "";
      const heading = s.heading ? oneLine(s.heading, 60) : "(正文开头 opening text)";
      out.push(`  ${"  ".repeat(s.level)}${heading}${role} · ${s.text.length} 字`);
    }
    out.push(`  指标 Indicators (${d.indicators.length}):`);
    for (const i of d.indicators) {
      const def = findIndicator(i.code);
      const parts = [
        `${def?.name ?? i.code} ${i.code}`,
        formatChineseQuantity(i.decimal, i.unit, i.qualifier),
        i.period ? periodKey(i.period) : "—",
        i.kind,
      ];
      if (i.yoyPct !== null) parts.push(`同比 yoy ${i.yoyPct > 0 ? "+" : ""}${i.yoyPct}%`);
      if (i.multiple !== null) parts.push(`${i.multiple}倍`);
      if (i.shareOfTargetPct !== null) parts.push(`占目标 ${i.shareOfTargetPct}%`);
      out.push(`    ${parts.join(" · ")}  «${oneLine(i.text, 50)}»`);
    }
    const growth = d.growthTargets ?? [];
    if (growth.length > 0) {
      out.push(`  增长目标 Growth targets (${growth.length}):`);
      for (const g of growth) {
        const def = findIndicator(g.code);
        const period = g.period ? periodKey(g.period) : "—";
        out.push(
          `    ${def?.name ?? g.code} ${g.code} · 增长 growth ${g.growthPct}% (${g.qualifier}) · ${period}  «${oneLine(g.text, 50)}»`,
        );
      }
    }
    const sample = d.quantities.slice(0, 12).map((q) => q.text.replace(/\s+/g, ""));
    out.push(
      `  数量 Quantities (${d.quantities.length}): ${sample.join(", ")}${d.quantities.length > sample.length ? ", …" : ""}`,
    );
    const placeholders = [...new Set(d.placeholders.map((p) => p.text))];
    out.push(`  占位符 Placeholders (${placeholders.length}): ${placeholders.join(", ") || "—"}`);
  }
  out.push("");
  out.push(`已删除 Removed (${result.removed.length}):`);
  const byReason = new Map<string, string[]>();
  for (const r of result.removed) byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), r.text]);
  for (const [reason, texts] of byReason) {
    const label = REMOVAL_REASON_LABELS[reason as keyof typeof REMOVAL_REASON_LABELS];
    out.push(`  ${label.zh} ${label.en} ×${texts.length}`);
    for (const t of texts.slice(0, 5)) out.push(`    - ${oneLine(t, 70)}`);
    if (texts.length > 5) out.push(`    … ${texts.length - 5} more`);
  }
  return out.join("\n");
}
