import { applyWorkflowEvent, createUser, insertNewReport, type Services } from "@gongkai/api";
import { places } from "@gongkai/db";
import type { Actor, NumberingStyle, Observation, Report, SectionRole } from "@gongkai/domain";

/*
 * A small published world for the reader's tests and its dev server: two counties, three townships (one of them
 * demonstration data), six government work reports over three years with figures, targets and their results,
 * and one correction. It goes through the API's own workflow, so what the reader shows is what publication makes.
 */

interface SectionSpec {
  heading: string;
  level?: number;
  numbering?: NumberingStyle;
  role?: SectionRole | null;
  text: string;
}

interface FigureSpec {
  code: string | null;
  subject: string;
  kind?: Observation["kind"];
  /** A target stated as growth (增长8%): `decimal` is the rate in %. */
  measure?: Observation["measure"];
  year: number;
  written: string;
  decimal: string;
  unit: string;
  yoy?: number;
  section: number;
}

interface ReportSpec {
  id: string;
  townshipId: string;
  countyId: string;
  year: number;
  title: string;
  presenter: string;
  sections: SectionSpec[];
  figures: FigureSpec[];
  demo?: boolean;
}

export const SEED_PLACES = [
  { id: "prv-sc", level: "province", name: "四川省", kind: null, parentId: null, demo: false },
  { id: "cty-gy", level: "city", name: "广元市", kind: null, parentId: "prv-sc", demo: false },
  { id: "cnty-qc", level: "county", name: "青川县", kind: "县", parentId: "cty-gy", demo: false },
  { id: "cnty-demo", level: "county", name: "示例县", kind: "县", parentId: "cty-gy", demo: true },
  { id: "twp-wangjing", level: "township", name: "望京镇", kind: "镇", parentId: "cnty-qc", demo: false },
  { id: "twp-qiaozhuang", level: "township", name: "乔庄镇", kind: "镇", parentId: "cnty-qc", demo: false },
  { id: "twp-demo", level: "township", name: "示例镇", kind: "镇", parentId: "cnty-demo", demo: true },
] as const;

const wangjing = (
  year: number,
  revenue: string,
  yoy: number,
  target: string,
  income: string,
  grain: string,
): ReportSpec => ({
  id: `rpt-wangjing-${year}`,
  townshipId: "twp-wangjing",
  countyId: "cnty-qc",
  year,
  title: `望京镇${year}年政府工作报告`,
  presenter: "李明",
  sections: [
    {
      heading: `${year - 1}年工作回顾`,
      role: "review",
      text: `${year - 1}年,望京镇人民政府在县委、县政府的坚强领导下,统筹疫情防控和经济社会发展,较好地完成了年度主要目标任务。`,
    },
    {
      heading: "产业发展布局更加优化",
      level: 2,
      numbering: "cn_paren",
      role: "review",
      text: `全镇完成财政收入${revenue}万元,同比增长${yoy}%。坚持以茶叶产业为主导,栏杆栽植青脆李500余亩。\n农村居民人均可支配收入达到${income}元。粮食总产量${grain}吨,高标准农田示范片建设稳步推进。`,
    },
    {
      heading: "生态宜居环境更加凸显",
      level: 2,
      numbering: "cn_paren",
      role: "review",
      text: "全面推进河长制治理工作,新建污水处理支管网3.6公里,常态化开展森林防灭火和秸秆禁烧巡查。",
    },
    {
      heading: "存在的问题",
      role: "problems",
      text: "产业结构单一,龙头企业带动能力不强;基础设施短板仍然明显。",
    },
    {
      heading: `${year}年主要预期目标`,
      role: "targets",
      text: `${year}年主要预期目标:财政收入力争达到${target}万元,农村居民人均可支配收入增长8%。`,
    },
    {
      heading: `${year}年工作安排`,
      role: "plan",
      text: "坚持稳中求进工作总基调,抓产业、促振兴、惠民生,持续改善人居环境。",
    },
  ],
  figures: [
    {
      code: "fiscal_revenue",
      subject: "财政收入",
      year: year - 1,
      written: `${revenue}万元`,
      decimal: revenue,
      unit: "万元",
      yoy,
      section: 1,
    },
    {
      code: "rural_income_per_capita",
      subject: "农村居民人均可支配收入",
      year: year - 1,
      written: `${income}元`,
      decimal: income,
      unit: "元",
      section: 1,
    },
    {
      code: "grain_output",
      subject: "粮食总产量",
      year: year - 1,
      written: `${grain}吨`,
      decimal: grain,
      unit: "吨",
      section: 1,
    },
    {
      code: null,
      subject: "青脆李",
      year: year - 1,
      written: "500余亩",
      decimal: "500",
      unit: "亩",
      section: 1,
    },
    {
      code: "fiscal_revenue",
      subject: "财政收入",
      kind: "target",
      year,
      written: `${target}万元`,
      decimal: target,
      unit: "万元",
      section: 4,
    },
    {
      code: "rural_income_per_capita",
      subject: "农村居民人均可支配收入",
      kind: "target",
      measure: "growth",
      year,
      written: "增长8%",
      decimal: "8",
      unit: "%",
      section: 4,
    },
  ],
});

const SEED_REPORTS: ReportSpec[] = [
  wangjing(2022, "2630", 30, "3000", "15200", "8600"),
  wangjing(2023, "3100", 17.9, "3300", "16400", "8800"),
  wangjing(2024, "3250", 4.8, "3500", "17500", "8900"),
  ...[2023, 2024].map(
    (year): ReportSpec => ({
      id: `rpt-qiaozhuang-${year}`,
      townshipId: "twp-qiaozhuang",
      countyId: "cnty-qc",
      year,
      title: `乔庄镇${year}年政府工作报告`,
      presenter: "王芳",
      sections: [
        {
          heading: `${year - 1}年工作回顾`,
          role: "review",
          text: `过去一年,全镇完成财政收入${year === 2023 ? 4200 : 4500}万元。乡村振兴扎实推进,人居环境整治取得实效。`,
        },
        { heading: "存在的问题", role: "problems", text: "集体经济薄弱,村级公共服务能力有待提升。" },
        {
          heading: `${year}年主要预期目标`,
          role: "targets",
          text: `财政收入力争达到${year === 2023 ? 4400 : 4800}万元。`,
        },
        { heading: `${year}年工作安排`, role: "plan", text: "巩固拓展脱贫攻坚成果,全面推进乡村振兴。" },
      ],
      figures: [
        {
          code: "fiscal_revenue",
          subject: "财政收入",
          year: year - 1,
          written: `${year === 2023 ? 4200 : 4500}万元`,
          decimal: String(year === 2023 ? 4200 : 4500),
          unit: "万元",
          section: 0,
        },
        {
          code: "fiscal_revenue",
          subject: "财政收入",
          kind: "target",
          year,
          written: `${year === 2023 ? 4400 : 4800}万元`,
          decimal: String(year === 2023 ? 4400 : 4800),
          unit: "万元",
          section: 2,
        },
      ],
    }),
  ),
  {
    id: "rpt-demo-2024",
    townshipId: "twp-demo",
    countyId: "cnty-demo",
    year: 2024,
    title: "示例镇2024年政府工作报告",
    presenter: "张三",
    demo: true,
    sections: [
      {
        heading: "2023年工作回顾",
        role: "review",
        text: "全镇完成财政收入1800万元,同比增长5%。示例茶园采摘体验吸引游客。",
      },
      { heading: "存在的问题", role: "problems", text: "本报告为演示数据,不代表任何真实乡镇。" },
      { heading: "2024年主要预期目标", role: "targets", text: "财政收入力争增长6%。" },
      { heading: "2024年工作安排", role: "plan", text: "继续完善演示功能。" },
    ],
    figures: [
      {
        code: "fiscal_revenue",
        subject: "财政收入",
        year: 2023,
        written: "1800万元",
        decimal: "1800",
        unit: "万元",
        yoy: 5,
        section: 0,
      },
    ],
  },
];

/** The report a spec describes, with each figure's provenance pointing at where it is written. */
export function reportOf(spec: ReportSpec): Report {
  const sections = spec.sections.map((s, i) => ({
    id: `${spec.id}-s${i + 1}`,
    level: s.level ?? 1,
    heading: s.heading,
    numbering: s.numbering ?? ("cn_dun" as const),
    role: s.role ?? null,
    topics: [],
    text: s.text,
  }));
  return {
    schemaVersion: 1,
    id: spec.id,
    townshipId: spec.townshipId,
    kind: "government_work_report",
    year: spec.year,
    title: spec.title,
    meeting: {
      name: `${spec.title.slice(0, 3)}第十八届人民代表大会第${spec.year - 2020}次会议`,
      congress: 18,
      session: spec.year - 2020,
    },
    presenter: { name: spec.presenter, title: "镇长" },
    deliveredOn: `${spec.year}-01-10`,
    deliberation: { stage: "adopted", sessionDate: `${spec.year}-01-10` },
    disclosure: null,
    source: { method: "manual", fileName: null, importId: null, sourceUrl: null },
    sections,
    observations: spec.figures.map((f, i) => {
      const section = sections[f.section];
      if (!section) throw new Error(`${spec.id}: no section ${f.section}`);
      const start = section.text.indexOf(f.written);
      if (start < 0) throw new Error(`${spec.id}: ${f.written} is not in section ${f.section}`);
      return {
        id: `${spec.id}-o${i + 1}`,
        indicatorCode: f.code,
        subject: f.subject,
        decimal: f.decimal,
        unit: f.unit,
        qualifier: f.written.includes("余") ? "more_than" : "exact",
        period: { type: "year", year: f.year },
        kind: f.kind ?? "actual",
        measure: f.measure ?? "level",
        comparisons: { yoyPct: f.yoy ?? null, multiple: null, shareOfTargetPct: null },
        provenance: {
          sectionId: section.id,
          start,
          end: start + f.written.length,
          quote: f.written,
          figure: f.written,
        },
        preliminary: false,
        revisions: [],
        confirmed: true,
      };
    }),
  };
}

/** Publishes the seed world through the workflow; returns the ids of what it made. */
export async function seedReader(services: Services): Promise<{ reportIds: string[] }> {
  const now = services.now();
  await services.db.insert(places).values(SEED_PLACES.map((p) => ({ ...p, code: null })));
  const admin = await createUser(
    services.db,
    {
      email: "admin@example.org",
      name: "管理员",
      password: "seed-admin-password",
      grants: [{ role: "admin" }],
    },
    now,
  );
  const actor: Actor = { kind: "user", userId: admin.id, grants: [{ role: "admin" }] };
  const step = async (reportId: string, event: Parameters<typeof applyWorkflowEvent>[2]["event"]) =>
    applyWorkflowEvent(services, { actor }, { reportId, baseVersion: null, event });
  for (const spec of SEED_REPORTS) {
    const report = reportOf(spec);
    await services.db.transaction((tx) =>
      insertNewReport(tx, { actor, now }, report, {
        countyId: spec.countyId,
        demo: spec.demo ?? false,
        summary: "seed",
      }),
    );
    await step(report.id, { type: "submit" });
    await step(report.id, { type: "approve" });
    await step(report.id, { type: "publish" });
  }
  // A correction: republished with a public change note.
  await step("rpt-wangjing-2023", { type: "start_correction" });
  await step("rpt-wangjing-2023", { type: "submit" });
  await step("rpt-wangjing-2023", { type: "approve" });
  await step("rpt-wangjing-2023", { type: "publish", changeNote: "更正会议名称中的届次。" });
  services.reads.invalidate();
  return { reportIds: SEED_REPORTS.map((s) => s.id) };
}
