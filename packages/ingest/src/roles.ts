import type { SectionRole, SectionTopic } from "@gongkai/domain";

/*
 * Roles: what a part of the report does. A heading may say it (工作回顾, 存在问题, 主要目标任务, 工作安排); most
 * do not (一、经济建设成效显著), and take the role of the part they stand in. A part changes where a heading says
 * so, or where the paragraph before a run of headings announces what follows (将着重抓好以下五方面的工作).
 */

const HEADING_ROLES: ReadonlyArray<readonly [SectionRole, RegExp]> = [
  // Notes appended to the report (名词解释) neither review nor plan.
  ["other", /^[※【[*]{0,2}(?:附件[一二三四五六七八九十\d]{0,2}:?)?(?:名词解释|名词注释|注释|注解|附注)/],
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
  // 安排 and 部署 as nouns (2022年工作安排), not verbs (党委、政府安排的中心工作); 计划 but not 计划生育.
  [
    "plan",
    /安排(?!的)|打算|部署(?!的)|计划(?!生育|单列)|思路|工作重点|重点工作|主要任务|工作任务|下半年|明年|\d{4}年(?:的)?工作$/,
  ],
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

// Words that announce the plan look ahead: 将重点抓好, 明年将, 新的一年里 … A past 重点抓好 (…重点抓好贫困户的环境脱贫,
// 满意度不断提升) tells what was done.
const PLAN_CUE =
  /(?:工作安排|工作打算|工作思路|工作部署|工作计划|主要任务|重点工作)(?:如下|是|为|:)|打算如下|(?:将|要|拟|需)[^。,;]{0,10}?(?:重点抓好|着重抓好|重点做好|突出抓好)|抓好以下|以下几项|以下几个方面|以下[一二三四五六七八九十\d]{1,2}个?方面|(?:预期|主要)目标(?:是|为|:)|下半年(?:工作|将|要|我)|明年(?:将|要|是|的工作|工作|我)|新的一年(?:里)?,?(?:将|要|是|的工作|工作|我)|(?:19|20)\d{2}年,?(?:我们|我镇|我乡|全镇|全乡)?将/;
// A paragraph that opens by looking back (一年来, 2020年以来, 过去一年) leads into a review.
const REVIEW_CUE = /^.{0,12}?(?:回顾|过去一年|过去的一年|一年来,|以来,)/;

/** The part a paragraph announces for the headings after it, or null when it says nothing about that. */
export function paragraphPhase(paragraph: string): SectionRole | null {
  if (PLAN_CUE.test(paragraph)) return "plan";
  if (REVIEW_CUE.test(paragraph)) return "review";
  return null;
}

// Adverbs and what they qualify at the end of a heading that tells a result: 社会事业全面进步, 基层社会治理不断增强,
// 经济建设成效显著, 农业发展稳步推进. A heading that sets a task ends on its object: 不断增强经济实力.
const RESULT_END =
  /(?:稳步|加快|全面|不断|日益|明显|逐步|进一步|持续|有序|快速|扎实|大幅|健康|深入|更加|日趋|显著|初步|基本|切实|深刻|决定性|新的?|成效|效益|水平|质量)(?:推进|加强|增强|提升|提高|改善|优化|完善|深化|拓展|发展|进步|实施|启动|集聚|巩固|扩大|落实|显著|明显|有效|凸显|向好|变化|完臻|增长|突破|进展|成效|开展|规范|壮大|夯实|健全|提速|见效|增效|攀升|凸现)$|更\S更\S$|稳中有[升进增]$|告捷$|有效$/;
// A heading that opens on a verb of doing sets a task (努力培育发展新动能, 推动园区“二次开发”).
const IMPERATIVE_START =
  /^(?:坚持|推动|推进|努力|加强|加大|加快|发展|抓好|做好|狠抓|着力|强化|实施|打造|围绕|提升|聚焦|突出|优化|完善|健全|构建|深化|巩固|统筹|培育|促进|落实|继续|力争|确保|全力|全面推进|全面加强|大力|积极|深入推进|持续推进|扎实推进)/;

/** Whether a heading tells what became of something (社会事业全面进步) rather than what is to be done. */
export function isResultHeading(title: string): boolean {
  let end = title.length;
  while (end > 0 && "。.;:!,".includes(title.charAt(end - 1))) end--;
  const t = title.slice(0, end);
  const last = t.slice(t.lastIndexOf(",") + 1);
  return RESULT_END.test(last) && !IMPERATIVE_START.test(last);
}

/** Whether a heading sets a task: it opens on a verb of doing and does not end on a result. */
export function isTaskHeading(title: string): boolean {
  return IMPERATIVE_START.test(title) && !isResultHeading(title);
}

// Words of the future (力争, 确保, 尽快, 将) and of the past (已, 同比, 累计, 先后, 了) in a section's text.
const FUTURE = /力争|确保|争取|尽快|将(?!其|军|士|来源)|拟|计划(?!生育)/g;
const PAST = /已经?|了|同比|累计|先后|共计|截[止至]|以来|一年来|成功|荣获|获评/g;

/**
 * Whether a section's text speaks of what is to come rather than of what was done. A last paragraph announcing the
 * next part (下半年工作打算如下:) speaks for that part, not this one.
 */
export function looksAhead(text: string): boolean {
  const cut = text.lastIndexOf("\n");
  const body = cut >= 0 && paragraphPhase(text.slice(cut + 1)) === "plan" ? text.slice(0, cut) : text;
  const sample = body.slice(0, 600);
  const future = sample.match(FUTURE)?.length ?? 0;
  const past = sample.match(PAST)?.length ?? 0;
  return future >= 1 && past === 0;
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
