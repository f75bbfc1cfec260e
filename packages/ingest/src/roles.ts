import type { SectionRole, SectionTopic } from "@gongkai/domain";

/*
 * Roles: what a part of the report does. A heading may say it (工作回顾, 存在问题, 主要目标任务, 工作安排); most
 * do not (一、经济建设成效显著), and take the role of the part they stand in. A part changes where a heading says
 * so, or where the paragraph before a run of headings announces what follows (将着重抓好以下五方面的工作).
 */

const HEADING_ROLES: ReadonlyArray<readonly [SectionRole, RegExp]> = [
  ["closing", /结束语|结语/],
  ["experience", /体会|经验|启示/],
  ["suggestions", /建议/],
  [
    "problems",
    /存在(?:的)?(?:主要)?问题|问题(?:和|与|及)不足|不足(?:和|与|之处)|困难和问题|主要问题|问题与挑战|差距和不足/,
  ],
  ["guiding_principles", /指导思想|总体要求|总体思路|基本思路|形势(?:分析)?$/],
  ["targets", /主要(?:预期)?目标|预期目标|目标任务|发展目标|奋斗目标|^目标/],
  ["review", /回顾|工作总结/],
  ["plan", /安排|打算|部署|计划|思路|工作重点|重点工作|主要任务|工作任务|下半年|明年|\d{4}年(?:的)?工作$/],
  ["review", /主要工作|工作情况|完成情况|过去|以来|取得的?成绩|主要成效/],
];

const EXPLICIT = /回顾|总结|成绩|成效|过去|以来|安排|打算|部署|计划|思路|任务|目标/;

/**
 * The role a heading names, or null. A heading that names a year (2021年主要工作) looks back when the year is
 * before the one the report is for, and ahead otherwise; `planFrom` is the first year that is ahead.
 */
export function headingRole(title: string, planFrom: number | null = null): SectionRole | null {
  for (const [role, re] of HEADING_ROLES) {
    if (!re.test(title)) continue;
    // 2021年主要工作 says neither back nor ahead: its year does.
    if ((role === "review" || role === "plan") && planFrom !== null && !EXPLICIT.test(title)) {
      const y = /((?:19|20)\d{2})年/.exec(title);
      if (y) return Number(y[1]) >= planFrom ? "plan" : "review";
    }
    return role;
  }
  if (planFrom !== null) {
    const y = /^((?:19|20)\d{2})年(?:的)?(?:工作)?$/.exec(title.replace(/[:。]$/, ""));
    if (y) return Number(y[1]) >= planFrom ? "plan" : "review";
  }
  return null;
}

const PLAN_CUE =
  /(?:工作安排|工作打算|工作思路|工作部署|工作计划)(?:如下|是|:)|打算如下|重点抓好|着重抓好|重点做好|抓好以下|以下几项|以下几个方面|以下[一二三四五六七八九十\d]{1,2}个?方面|(?:预期|主要)目标(?:是|为|:)|下半年(?:工作|将|要|我)|明年|新的一年/;
// A paragraph that opens by looking back (一年来, 2020年以来, 过去一年) leads into a review.
const REVIEW_CUE = /^.{0,12}?(?:回顾|过去一年|过去的一年|一年来,|以来,)/;

/** The part a paragraph announces for the headings after it, or null when it says nothing about that. */
export function paragraphPhase(paragraph: string): SectionRole | null {
  if (PLAN_CUE.test(paragraph)) return "plan";
  if (REVIEW_CUE.test(paragraph)) return "review";
  return null;
}

const TOPICS: ReadonlyArray<readonly [SectionTopic, RegExp]> = [
  ["epidemic_response", /疫情|防疫|核酸|新冠/],
  ["poverty_alleviation", /脱贫|扶贫|贫困/],
  ["open_government", /政务公开|信息公开/],
  ["party_building_self_construction", /党建|自身建设|作风|廉政|从严治党|党风/],
  ["industry", /工业|产业|园区|企业|招商/],
  ["agriculture_rural", /农业|乡村振兴|农村|种植|养殖|农田/],
  ["ecology", /生态|环境|环保|污染|绿色|河长/],
  ["livelihood_social_security", /民生|社会保障|就业|养老|低保|救助|社保/],
  ["education_health_culture", /教育|卫生|健康|文化|医疗|体育/],
  ["governance_safety", /治理|安全|稳定|信访|综治|法治|平安/],
  ["economy", /经济|财政|税收|投资|消费|指标/],
];

/** Topics a heading is about, from its words. */
export function headingTopics(title: string): SectionTopic[] {
  const out: SectionTopic[] = [];
  for (const [topic, re] of TOPICS) if (re.test(title)) out.push(topic);
  return out;
}
