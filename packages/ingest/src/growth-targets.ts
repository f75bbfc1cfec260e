import { type ImportedGrowthTarget, Period } from "@gongkai/domain";
import { clauseStart, sentenceEnd, sentenceStart } from "./clauses";
import {
  aboutOneProject,
  aliasEndingAt,
  aliasIndex,
  compatible,
  type IndicatorContext,
  kindOf,
  onlyScopes,
} from "./indicators";
import type { FoundQuantity } from "./quantities";

/*
 * Targets stated only as growth rates: a plan promises 地区生产总值增长6%左右 or 财政收入同比增长8%以上 far more often
 * than a level. The rate follows the indicator's name and a growth verb (增长, 提高, 同比增长, 年均增长), joined by at
 * most a link word (完成增长20%以上); the indicator measures a level (not a rate such as 失业率), and the figure is a
 * target by the same rules as any other (the plan part, 力争, 确保), never a forecast.
 */

/** The growth verb right before a rate, with what may qualify it: 同比增长, 比上年提高, 年均增长, 下降. */
const GROWTH_BEFORE =
  /(?:同比|比上年|较上年|比去年|较去年|年均|平均)?(增长|增加|提高|上升|增速|下降|减少|降低)(?:了)?\s?$/;
const LINK_BEFORE_GROWTH = ["完成", "实现", "力争", "确保", "争取", "要", " "];

/** The growth-only targets among a report's quantities, in order. */
export function findGrowthTargets(
  quantities: readonly FoundQuantity[],
  ctx: IndicatorContext,
): ImportedGrowthTarget[] {
  const index = aliasIndex(ctx.catalogue);
  const { text, docStart, docEnd } = ctx;
  const out: ImportedGrowthTarget[] = [];
  for (const [k, q] of quantities.entries()) {
    if (q.unit !== "%") continue;
    const prev = quantities[k - 1];
    const floor = Math.max(docStart, prev ? prev.hedgeEnd : docStart);
    const growth = GROWTH_BEFORE.exec(text.slice(Math.max(floor, q.hedgeStart - 12), q.hedgeStart));
    if (!growth) continue;
    let end = q.hedgeStart - growth[0].length;
    const link = LINK_BEFORE_GROWTH.find(
      (w) => end - w.length >= floor && text.startsWith(w, end - w.length),
    );
    if (link) end -= link.length;
    const cStart = Math.max(floor, clauseStart(text, end, docStart, 40));
    const hit = aliasEndingAt(text, end, cStart, index, null);
    // A rate's own growth (失业率下降) is not a growth target of a level.
    if (!hit || compatible(hit.def, "%") || !onlyScopes(text, cStart, hit.start)) continue;
    const sStart = sentenceStart(text, q.hedgeStart, docStart);
    const sentence = text.slice(sStart, sentenceEnd(text, q.hedgeEnd, docEnd));
    if (aboutOneProject(sentence, q.hedgeStart - sStart)) continue;
    const period = Period.safeParse(ctx.periodOf(k));
    const kind = kindOf(
      sentence,
      text.slice(sStart, q.hedgeStart),
      ctx.roleOf(k),
      period.success ? period.data : null,
      ctx.partYearOf(k),
    );
    if (kind !== "target") continue;
    const falling = /下降|减少|降低/.test(growth[1] ?? "");
    out.push({
      code: hit.def.code,
      growthPct: falling ? -q.value : q.value,
      qualifier: q.qualifier,
      period: period.success ? period.data : null,
      text: text.slice(hit.start, q.hedgeEnd),
      clauseSpan: { start: hit.start, end: q.hedgeEnd },
      figure: text.slice(q.start, q.hedgeEnd),
      span: { start: q.start, end: q.hedgeEnd },
      sectionIndex: ctx.sectionOf(k),
      quantityIndex: k,
    });
  }
  return out;
}
