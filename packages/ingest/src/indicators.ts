import {
  type Dimension,
  type ImportedIndicator,
  INDICATOR_CATALOGUE,
  type IndicatorDefinition,
  type ObservationKind,
  Period,
  parseUnit,
  periodEndYear,
  type SectionRole,
} from "@gongkai/domain";
import { clauseStart, sentenceEnd, sentenceStart } from "./clauses";
import type { FoundQuantity } from "./quantities";
import { termOf } from "./time-context";

/*
 * Recognises indicators of the catalogue among the quantities: a figure is an indicator when the indicator's name
 * (or an alias as reports write it) stands right before it, joined only by link words (完成, 达, 为 …), and
 * nothing narrows the name (总部经济税收 is one part's tax, not the town's; 旅游固投 is not all investment), or
 * when the name follows the figure to close its clause (44户贫困户全部脱贫). The unit must measure what the
 * indicator measures. Figures about one project's future (投产后, 达产后) are not the town's indicators.
 */

/** Words that may stand between an indicator's name and its figure. */
const LINKS = [
  "稳定在",
  "控制在",
  "保持在",
  "增加到",
  "提高到",
  "提升到",
  "达到",
  "完成",
  "实现",
  "共计",
  "累计",
  "总计",
  "合计",
  "突破",
  "超过",
  "增至",
  "达至",
  "达",
  "为",
  "是",
  "共",
  "了",
  "约",
  "近",
  "超",
  "逾",
  " ",
];

/** Words that may stand before an indicator's name without narrowing it: scope, time, verbs. */
const SCOPES = [
  "全社会",
  "全街道",
  "全镇",
  "全乡",
  "全区",
  "全县",
  "全市",
  "我镇",
  "我乡",
  "我区",
  "我县",
  "本镇",
  "今年以来",
  "一年来",
  "全年",
  "上半年",
  "下半年",
  "今年",
  "去年",
  "当年",
  "届期内",
  "期内",
  "以来",
  "累计",
  "共计",
  "完成",
  "实现",
  "其中",
  "参加",
  "新建",
  "建成",
  "新修",
  "改造",
  "预计",
  "力争",
  "确保",
  "争取",
  "计划",
  "目标",
  "城镇居民",
  "城乡居民",
  "农村居民",
  "居民",
  "农民",
  "职工",
  "我",
  "镇",
  "乡",
  "共",
  "、",
  ",",
  " ",
];
const TIME_SUFFIX =
  /(?:(?:19|20)?\d{2}年(?:至|-|—|到)?|\d{1,2}(?:-\d{1,2})?月(?:份|底|末)?|截(?:止|至)|[一二三四五六七八九十]年|年底|年末)$/;

/** Figures in such a sentence describe one project's future, not the town. */
const PROJECT_FUTURE = /投产后|达产后|建成后|竣工后|运营后|达效后|年可|可实现|可带动|可提供|可新增|预计可/;

/**
 * Whether the figure at `at` in a sentence tells one project's future. A list of figures runs on over semicolons,
 * so only the figure's own clause between them counts.
 */
export function aboutOneProject(sentence: string, at: number): boolean {
  const from = sentence.lastIndexOf(";", at) + 1;
  const next = sentence.indexOf(";", at);
  return PROJECT_FUTURE.test(sentence.slice(from, next < 0 ? sentence.length : next));
}
const TARGET_CUE = /预期目标|目标是|目标为|力争|确保|争取|计划|目标任务|要达到|预期/;
const FORECAST_CUE = /预计/;
// 占全年目标任务的91%, 完成年度计划的81.4%: how much of a target an actual figure reached; 计划生育 is a field of work.
const NOT_TARGET_CUES =
  /(?:占|完成|达到|达|超)了?(?:全年|年度|年|上级下达的?)?(?:目标任务|目标|计划|任务)(?:数|书)?的?|计划生育|计划单列/g;

/** Whether the words before a figure in its sentence set a target (力争, 确保, 预期目标是 …). */
function targetCue(before: string): boolean {
  return TARGET_CUE.test(before) && TARGET_CUE.test(before.replace(NOT_TARGET_CUES, ""));
}

export interface AliasEntry {
  alias: string;
  def: IndicatorDefinition;
}

/** Aliases grouped by their last character, longest first, for lookups that end at a position. */
function buildIndex(catalogue: readonly IndicatorDefinition[]): Map<string, AliasEntry[]> {
  const index = new Map<string, AliasEntry[]>();
  for (const def of catalogue) {
    for (const alias of new Set([def.name, ...def.aliases])) {
      const key = alias.charAt(alias.length - 1);
      const list = index.get(key) ?? [];
      list.push({ alias, def });
      index.set(key, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.alias.length - a.alias.length);
  return index;
}

const DEFAULT_INDEX = buildIndex(INDICATOR_CATALOGUE);

/** The alias index for a context's catalogue (the domain's by default). */
export function aliasIndex(catalogue?: readonly IndicatorDefinition[]): Map<string, AliasEntry[]> {
  return catalogue ? buildIndex(catalogue) : DEFAULT_INDEX;
}

const COMPATIBLE: Record<string, readonly Dimension[]> = {
  people: ["people", "households"],
  households: ["households", "people"],
  count: ["count", "households"],
};

export function compatible(def: IndicatorDefinition, unit: string): boolean {
  if (unit === "" || /^[万亿千]$/.test(unit)) return false;
  const p = parseUnit(unit);
  if (!p.ok) return false;
  const d = p.value.definition.dimension;
  return (COMPATIBLE[def.dimension] ?? [def.dimension]).includes(d);
}

export function aliasEndingAt(
  text: string,
  end: number,
  floor: number,
  index: Map<string, AliasEntry[]>,
  /** The figure's unit the indicator must measure; null for a growth rate, which any level may have. */
  unit: string | null,
) {
  const list = index.get(text.charAt(end - 1));
  if (!list) return null;
  for (const e of list) {
    const start = end - e.alias.length;
    if (start >= floor && text.startsWith(e.alias, start) && (unit === null || compatible(e.def, unit)))
      return { ...e, start };
  }
  return null;
}

/** Whether text[from, to) only scopes the name after it (全镇, 2020年, xx镇, 完成) rather than narrowing it. */
export function onlyScopes(text: string, from: number, to: number): boolean {
  let s = text.slice(from, to);
  for (let guard = 0; s.length > 0 && guard < 12; guard++) {
    const before = s;
    s = stripPlace(s);
    if (s === before) {
      const w = SCOPES.find((x) => s.endsWith(x));
      if (w) s = s.slice(0, -w.length);
    }
    if (s === before) s = s.replace(TIME_SUFFIX, "");
    if (s === before) return false;
  }
  return s.length === 0;
}

/** Strips a place name (xx镇, 大庙镇, 石碁街道) from the end of `s`. */
function stripPlace(s: string): string {
  const suffix = s.endsWith("街道") ? 2 : s.endsWith("镇") || s.endsWith("乡") ? 1 : 0;
  if (!suffix) return s;
  let i = s.length - suffix;
  const stop = i - 5;
  while (
    i > 0 &&
    i > stop &&
    /[\u4e00-\u9fff*xX×]/.test(s.charAt(i - 1)) &&
    !"年月日至到我全本其".includes(s.charAt(i - 1))
  )
    i--;
  // 我镇, 全镇 are scopes, kept for the scope list
  if (i === s.length - suffix && "我全本".includes(s.charAt(i - 1)) && i > 0) return s;
  return s.slice(0, i);
}

export interface IndicatorContext {
  text: string;
  /** Start and end of the report in `text`. */
  docStart: number;
  docEnd: number;
  /** Role of the section each quantity stands in, by quantity index. */
  roleOf: (index: number) => SectionRole | null;
  sectionOf: (index: number) => number;
  /** The period of each figure, by quantity index. */
  periodOf: (index: number) => Period | null;
  /** The year the part of the report each figure stands in speaks of (the year planned, in the plan). */
  partYearOf: (index: number) => number | null;
  catalogue?: readonly IndicatorDefinition[];
}

/** The indicators among a report's quantities, in order. */
export function findIndicators(
  quantities: readonly FoundQuantity[],
  ctx: IndicatorContext,
): ImportedIndicator[] {
  const index = aliasIndex(ctx.catalogue);
  const { text, docStart, docEnd } = ctx;
  const out: ImportedIndicator[] = [];
  for (const [k, q] of quantities.entries()) {
    const prev = quantities[k - 1];
    const floor = Math.max(docStart, prev ? prev.hedgeEnd : docStart);
    const cStart = Math.max(floor, clauseStart(text, q.hedgeStart, docStart, 40));
    const match =
      aliasBefore(text, q, cStart, index) ?? aliasAfter(text, q, quantities[k + 1], docEnd, index);
    if (!match) continue;
    const sStart = sentenceStart(text, q.hedgeStart, docStart);
    const sEnd = sentenceEnd(text, q.hedgeEnd, docEnd);
    const sentence = text.slice(sStart, sEnd);
    if (aboutOneProject(sentence, q.hedgeStart - sStart)) continue;
    const comparisons = readComparisons(text, q.hedgeEnd, sEnd);
    const role = ctx.roleOf(k);
    const period = Period.safeParse(termOf(ctx.periodOf(k), comparisons.multipleBase));
    const kind = kindOf(
      sentence,
      text.slice(sStart, q.hedgeStart),
      role,
      period.success ? period.data : null,
      ctx.partYearOf(k),
    );
    let textStart = Math.min(cStart, match.start);
    while (textStart < match.start && "、, ".includes(text.charAt(textStart))) textStart++;
    // The clause runs to the name when the name follows the figure (44户贫困户全部脱贫).
    const textEnd = Math.max(
      q.end,
      comparisons.end,
      match.start > q.start ? match.start + match.alias.length : 0,
    );
    out.push({
      code: match.def.code,
      decimal: q.decimal,
      value: q.value,
      unit: q.unit,
      qualifier: q.qualifier,
      period: period.success ? period.data : null,
      yoyPct: comparisons.yoyPct,
      multiple: comparisons.multiple,
      multipleBase: comparisons.multipleBase,
      shareOfTargetPct: comparisons.shareOfTargetPct,
      kind,
      text: text.slice(textStart, textEnd),
      figure: q.text,
      span: { start: q.start, end: q.end },
      sectionIndex: ctx.sectionOf(k),
      quantityIndex: k,
      clauseSpan: { start: textStart, end: textEnd },
    });
  }
  return out;
}

/**
 * Whether a figure is an actual, a target or a forecast: 预计 forecasts; 力争, 确保, 预期目标 set targets; so does the
 * plan part of a report, except for a figure of a year before the one planned (2020年全镇完成… in the 2021 plan).
 */
export function kindOf(
  sentence: string,
  before: string,
  role: SectionRole | null,
  period: Period | null,
  partYear: number | null,
): ObservationKind {
  if (FORECAST_CUE.test(sentence)) return "forecast";
  if (targetCue(before)) return "target";
  if (role !== "plan" && role !== "targets") return "actual";
  if (period && partYear !== null && periodEndYear(period) < partYear) return "actual";
  return "target";
}

function aliasBefore(text: string, q: FoundQuantity, floor: number, index: Map<string, AliasEntry[]>) {
  // Step back over link words (at most three) from the figure, trying the name at each stop.
  let end = q.hedgeStart;
  for (let step = 0; step < 4 && end > floor; step++) {
    let hit = aliasEndingAt(text, end, floor, index, q.unit);
    // Two names of one indicator run together (养老保险 + 参保缴费): the compound is that indicator's name.
    const head = hit && aliasEndingAt(text, hit.start, floor, index, q.unit);
    if (hit && head && head.def === hit.def) hit = { ...hit, start: head.start };
    if (hit && onlyScopes(text, floor, hit.start)) return hit;
    if (hit) return null;
    const link = LINKS.find((w) => end - w.length >= floor && text.startsWith(w, end - w.length));
    if (!link) return null;
    end -= link.length;
  }
  return null;
}

function aliasAfter(
  text: string,
  q: FoundQuantity,
  next: FoundQuantity | undefined,
  docEnd: number,
  index: Map<string, AliasEntry[]>,
) {
  let limit = Math.min(docEnd, q.hedgeEnd + 16, next ? next.hedgeStart : docEnd);
  for (let i = q.hedgeEnd; i < limit; i++) {
    if (",;。:!?、\n".includes(text.charAt(i))) {
      limit = i;
      break;
    }
  }
  // The name that closes the clause (…贫困户全部脱贫, …参加了医疗保险), allowing one trailing verb (退出).
  for (let end = limit; end > q.hedgeEnd && end >= limit - 2; end--) {
    const hit = aliasEndingAt(text, end, q.hedgeEnd, index, q.unit);
    if (hit) return hit;
  }
  return null;
}

const YOY =
  /^[,、]?\s?(?:同比|比上年|比去年|较上年|较去年|比上年同期|比[^,。;]{1,8}?年)?(增长|增加|提高|上升|下降|减少|降低|回落)(\d+(?:\.\d+)?)%/;
const MULTIPLE = /^[,、]?\s?(?:是|为|相当于)([^,。;]{0,10}?)的(\d+(?:\.\d+)?)倍/;
const SHARE =
  /^[,、]?\s?(?:占|完成)(?:全年|年度|年)?(?:目标任务|目标|计划|任务)(?:数|书)?的?(\d+(?:\.\d+)?)%/;

/** 同比增长30%, 是上届末的1.59倍, 占全年目标的74.4% right after a figure. */
function readComparisons(text: string, from: number, to: number) {
  let at = from;
  // A parenthesis right after the figure qualifies it: 25.2亿元(不含车购税7.3亿元),同比增长18.3%.
  if (text.charAt(at) === "(") {
    const close = text.indexOf(")", at);
    if (close > 0 && close - at <= 30) at = close + 1;
  }
  const out = {
    yoyPct: null as number | null,
    multiple: null as number | null,
    multipleBase: null as string | null,
    shareOfTargetPct: null as number | null,
    end: from,
  };
  for (let round = 0; round < 3; round++) {
    const rest = text.slice(at, Math.min(to, at + 40));
    const y = out.yoyPct === null ? YOY.exec(rest) : null;
    if (y) {
      const v = Number(y[2]);
      out.yoyPct = /下降|减少|降低|回落/.test(y[1] ?? "") ? -v : v;
      at += y[0].length;
      out.end = at;
      continue;
    }
    const m = out.multiple === null ? MULTIPLE.exec(rest) : null;
    if (m) {
      const v = Number(m[2]);
      if (v > 0) {
        out.multiple = v;
        out.multipleBase = m[1] ?? "";
      }
      at += m[0].length;
      out.end = at;
      continue;
    }
    const s = out.shareOfTargetPct === null ? SHARE.exec(rest) : null;
    if (s) {
      out.shareOfTargetPct = Number(s[1]);
      at += s[0].length;
      out.end = at;
      continue;
    }
    break;
  }
  return out;
}
