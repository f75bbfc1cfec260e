import {
  GROWTH_UNIT,
  type Observation,
  REPORT_SCHEMA_VERSION,
  type Report,
  type Section,
  type SectionRole,
} from "@gongkai/domain";

/*
 * The demonstration township 示例镇: five consecutive years of generated government work reports. Each year's
 * report reviews the year before with its actual figures (and growth over the year before that) and sets
 * targets for the year ahead, which the next report's review then meets or misses — so that series,
 * comparisons and promises have something to show. Most targets are levels (财政收入力争达到2592万元); one, as real
 * plans mostly state it, is growth only (地区生产总值增长6%左右), judged on the growth the next review states.
 * Deterministic: the same years give the same reports.
 */

export const DEMO_NOTICE = "【演示数据】本报告由系统生成，用于演示，并非真实的政府文件。";

interface DemoIndicator {
  code: string;
  name: string;
  unit: string;
  /** The value in the year before the first review. */
  start: number;
  /** Decimals shown. */
  digits: number;
  /** Growth the plans aim for, in %. */
  targetPct: number;
  /** What was achieved each year, in %: some above the target, some below. */
  achievedPct: readonly number[];
  /** The plan states only the growth (增长6%左右), with this qualifier of the rate, not a level to reach. */
  growthTarget?: "approx" | "at_least";
}

const INDICATORS: readonly DemoIndicator[] = [
  {
    code: "fiscal_revenue",
    name: "财政收入",
    unit: "万元",
    start: 2400,
    digits: 0,
    targetPct: 8,
    achievedPct: [9.5, 6.2, 8.8, 10.1, 7.4, 8.3],
  },
  {
    code: "rural_income_per_capita",
    name: "农民人均可支配收入",
    unit: "元",
    start: 16800,
    digits: 0,
    targetPct: 7,
    achievedPct: [7.8, 7.2, 6.1, 7.5, 7.9, 7.0],
  },
  {
    code: "fixed_asset_investment",
    name: "固定资产投资",
    unit: "亿元",
    start: 3.2,
    digits: 2,
    targetPct: 10,
    achievedPct: [12.5, 4.3, 11.0, 9.2, 13.4, 10.5],
  },
  {
    code: "grain_output",
    name: "粮食总产量",
    unit: "吨",
    start: 21000,
    digits: 0,
    targetPct: 1,
    achievedPct: [1.5, 2.1, -0.8, 1.2, 1.9, 1.0],
  },
  {
    code: "gdp",
    name: "地区生产总值",
    unit: "亿元",
    start: 12.5,
    digits: 2,
    targetPct: 6,
    achievedPct: [6.8, 7.2, 5.1, 6.5, 5.4, 6.0],
    growthTarget: "approx",
  },
  {
    code: "village_collective_income",
    name: "村集体经济收入",
    unit: "万元",
    start: 310,
    digits: 0,
    targetPct: 12,
    achievedPct: [15.2, 13.1, 9.4, 16.0, 12.6, 12.0],
  },
];

const round = (v: number, digits: number) => Number(v.toFixed(digits));
const written = (v: number, digits: number) => String(round(v, digits));

/** Actual values by indicator and year, from `firstYear - 1` on. */
function actuals(firstYear: number, years: number): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const ind of INDICATORS) {
    const byYear = new Map<number, number>([
      [firstYear - 2, round(ind.start / (1 + (ind.achievedPct[0] ?? 0) / 100), ind.digits)],
    ]);
    let v = ind.start;
    byYear.set(firstYear - 1, round(v, ind.digits));
    for (let k = 0; k < years; k++) {
      v = v * (1 + (ind.achievedPct[k + 1] ?? ind.targetPct) / 100);
      byYear.set(firstYear + k, round(v, ind.digits));
    }
    out.set(ind.code, byYear);
  }
  return out;
}

class Builder {
  readonly sections: Section[] = [];
  readonly observations: Observation[] = [];
  constructor(private readonly prefix: string) {}

  section(
    heading: string,
    role: SectionRole,
    parts: Array<
      string | { clause: string; figure: string; observation: Omit<Observation, "id" | "provenance"> }
    >,
  ): void {
    const id = `${this.prefix}-s${this.sections.length + 1}`;
    let text = "";
    for (const p of parts) {
      if (typeof p === "string") {
        text += p;
        continue;
      }
      const start = text.length;
      text += p.clause;
      this.observations.push({
        ...p.observation,
        id: `${this.prefix}-o${this.observations.length + 1}`,
        provenance: { sectionId: id, start, end: text.length, quote: p.clause, figure: p.figure },
      });
    }
    this.sections.push({
      id,
      level: 1,
      heading,
      numbering: heading ? "cn_dun" : "none",
      role,
      topics: ["economy"],
      text,
    });
  }
}

const observation = (
  ind: DemoIndicator,
  kind: "actual" | "target",
  year: number,
  decimal: string,
  yoyPct: number | null,
): Omit<Observation, "id" | "provenance"> => ({
  indicatorCode: ind.code,
  subject: ind.name,
  decimal,
  unit: ind.unit,
  qualifier: "exact",
  period: { type: "year", year },
  kind,
  measure: "level",
  comparisons: { yoyPct, multiple: null, shareOfTargetPct: null },
  preliminary: false,
  revisions: [],
  confirmed: true,
});

/** The demonstration reports of a township for `years` consecutive years from `firstYear`. */
export function demoReports(
  townshipId: string,
  townshipName: string,
  firstYear: number,
  years = 5,
): Report[] {
  const values = actuals(firstYear, years);
  const reports: Report[] = [];
  for (let k = 0; k < years; k++) {
    const year = firstYear + k;
    const b = new Builder(`demo-${year}`);
    b.section("", "other", [
      `${DEMO_NOTICE}\n各位代表：现在，我代表${townshipName}人民政府向大会报告工作，请予审议。`,
    ]);
    const review: Parameters<Builder["section"]>[2] = [
      `${year - 1}年，全镇上下团结奋进，经济社会保持稳中有进。`,
    ];
    for (const ind of INDICATORS) {
      const now = values.get(ind.code)?.get(year - 1) ?? 0;
      const before = values.get(ind.code)?.get(year - 2) ?? 0;
      const yoy = before ? round((now / before - 1) * 100, 1) : null;
      const figure = `${written(now, ind.digits)}${ind.unit}`;
      const growth = yoy === null ? "" : yoy >= 0 ? `，同比增长${yoy}%` : `，同比下降${Math.abs(yoy)}%`;
      review.push(
        `完成${ind.name}`,
        {
          clause: `${figure}${growth}`,
          figure,
          observation: observation(ind, "actual", year - 1, written(now, ind.digits), yoy),
        },
        "；",
      );
    }
    review.push("各项工作取得新成效。");
    b.section(`${year - 1}年工作回顾`, "review", review);
    b.section("存在的问题", "problems", [
      "产业结构仍需优化，集体经济发展不平衡，公共服务与群众期待仍有差距。",
    ]);
    const targets: Parameters<Builder["section"]>[2] = [`${year}年经济社会发展的主要预期目标是：`];
    for (const ind of INDICATORS) {
      if (ind.growthTarget) {
        const rate = `${ind.targetPct}%${ind.growthTarget === "approx" ? "左右" : "以上"}`;
        targets.push(
          `${ind.name}增长`,
          {
            clause: rate,
            figure: rate,
            observation: {
              ...observation(ind, "target", year, String(ind.targetPct), null),
              unit: GROWTH_UNIT,
              qualifier: ind.growthTarget,
              measure: "growth",
            },
          },
          "；",
        );
        continue;
      }
      const base = values.get(ind.code)?.get(year - 1) ?? 0;
      const target = written(base * (1 + ind.targetPct / 100), ind.digits);
      const figure = `${target}${ind.unit}`;
      targets.push(
        `${ind.name}力争达到`,
        { clause: figure, figure, observation: observation(ind, "target", year, target, null) },
        "；",
      );
    }
    targets.push("努力实现经济发展质量和效益同步提升。");
    b.section(`${year}年主要预期目标`, "targets", targets);
    b.section(`${year}年重点工作安排`, "plan", [
      `围绕上述目标，${year}年重点抓好特色产业提质、项目建设攻坚、人居环境整治和民生保障四项工作。`,
    ]);
    b.section("结束语", "closing", [
      "各位代表，新的一年任务艰巨、使命光荣，让我们团结一心，为全面完成各项目标任务而努力奋斗！",
    ]);
    reports.push({
      schemaVersion: REPORT_SCHEMA_VERSION,
      id: `rpt-demo-${year}`,
      townshipId,
      kind: "government_work_report",
      year,
      title: `${townshipName}${year}年政府工作报告（演示数据）`,
      meeting: { name: `${townshipName}第一届人民代表大会第${k + 1}次会议`, congress: 1, session: k + 1 },
      presenter: { name: "张示例", title: "镇长" },
      deliveredOn: `${year}-01-15`,
      deliberation: { stage: "adopted", sessionDate: `${year}-01-15` },
      disclosure: null,
      source: { method: "generated", fileName: null, importId: null, sourceUrl: null },
      sections: b.sections,
      observations: b.observations,
    });
  }
  return reports;
}
