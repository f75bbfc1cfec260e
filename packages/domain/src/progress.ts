import Big from "big.js";
import { z } from "zod";
import { type Period, periodEndYear } from "./period";
import { toBaseUnit } from "./unit";

/** Whether a target was reached: the promise a plan made against what a later review reports. */
export const ProgressStatus = z.enum(["met", "on_track", "not_met", "not_reported"]);
export type ProgressStatus = z.infer<typeof ProgressStatus>;

export const PROGRESS_LABELS: Record<ProgressStatus, { zh: string; en: string }> = {
  met: { zh: "已完成", en: "Met" },
  on_track: { zh: "进展符合预期", en: "On track" },
  not_met: { zh: "未完成", en: "Not met" },
  not_reported: { zh: "未报告", en: "Not reported" },
};

export interface ProgressTarget {
  /** Value and year the target starts from; needed for growth targets and for judging progress midway. */
  base?: { decimal: string; unit: string; year: number };
  /** The target as a level (值) or as growth over the base (增长8%); one of the two. */
  value?: { decimal: string; unit: string };
  growthPct?: number;
  year: number;
  /** Whether the target is reached by rising (income) or by falling (unemployment). */
  direction: "increase" | "decrease";
}

export interface ProgressActual {
  decimal: string;
  unit: string;
  year: number;
  /** Year-on-year growth the report states, used when a growth target has no base value. */
  yoyPct?: number | null;
}

export interface Progress {
  status: ProgressStatus;
  /** Share of the required change achieved (1 = exactly as planned), when it can be computed. */
  ratio: number | null;
  /** The target level in the actual's unit, when it can be computed. */
  targetDecimal: string | null;
}

/**
 * Whether a target is stated only as growth (增长8%), with neither a level nor a base value to reach.
 * @example isGrowthTarget({ growthPct: 8, year: 2022, direction: "increase" }) // true
 */
export function isGrowthTarget(target: ProgressTarget): boolean {
  return target.growthPct !== undefined && !target.value && !target.base;
}

/**
 * The progress target of a target stated only as growth (an import's `growthTargets` item), due in the last year of
 * its period; null when the period is unknown.
 * @example growthProgressTarget({ growthPct: 6, period: { type: "year", year: 2021 } }, "increase")
 *   // { growthPct: 6, year: 2021, direction: "increase" }
 */
export function growthProgressTarget(
  target: { growthPct: number; period: Period | null },
  direction: ProgressTarget["direction"],
): ProgressTarget | null {
  if (!target.period) return null;
  return { growthPct: target.growthPct, year: periodEndYear(target.period), direction };
}

/** Open SDG counts a target as on track when the observed rate reaches 95 % of the required one. */
export const ON_TRACK_RATIO = 0.95;

/**
 * Compares a target with a later actual, in the manner of Open SDG's progress measure: the compound annual
 * rate achieved since the base against the rate the target requires.
 * @example progressStatus({ value: { decimal: "3000", unit: "万元" }, year: 2022, direction: "increase" },
 *   { decimal: "31000000", unit: "元", year: 2022 }) // { status: "met", … }
 */
export function progressStatus(target: ProgressTarget, actual: ProgressActual | null): Progress {
  if (!actual) return { status: "not_reported", ratio: null, targetDecimal: null };
  const actualBase = toBaseUnit(actual.decimal, actual.unit);
  if (!actualBase.ok) return { status: "not_reported", ratio: null, targetDecimal: null };
  const a = new Big(actualBase.value.value);
  const sign = target.direction === "increase" ? 1 : -1;

  // A growth target stated without a base value can only be judged on the stated growth.
  if (isGrowthTarget(target) && target.growthPct !== undefined) {
    if (actual.yoyPct === undefined || actual.yoyPct === null || actual.year !== target.year) {
      return { status: "not_reported", ratio: null, targetDecimal: null };
    }
    const met = sign * (actual.yoyPct - target.growthPct) >= 0;
    const ratio = target.growthPct === 0 ? null : actual.yoyPct / target.growthPct;
    return { status: met ? "met" : "not_met", ratio, targetDecimal: null };
  }

  let targetLevel: Big | null = null;
  if (target.value) {
    const t = toBaseUnit(target.value.decimal, target.value.unit);
    if (!t.ok || t.value.unit !== actualBase.value.unit)
      return { status: "not_reported", ratio: null, targetDecimal: null };
    targetLevel = new Big(t.value.value);
  } else if (target.base && target.growthPct !== undefined) {
    const b = toBaseUnit(target.base.decimal, target.base.unit);
    if (!b.ok || b.value.unit !== actualBase.value.unit)
      return { status: "not_reported", ratio: null, targetDecimal: null };
    const years = Math.max(1, target.year - target.base.year);
    targetLevel = new Big(b.value.value).times((1 + target.growthPct / 100) ** years);
  }
  if (!targetLevel) return { status: "not_reported", ratio: null, targetDecimal: null };
  const targetDecimal = inUnit(targetLevel, actual.unit);

  if (actual.year >= target.year) {
    const met = sign * a.minus(targetLevel).toNumber() >= 0;
    const ratio = ratioOfChange(target, a, targetLevel);
    return { status: met ? "met" : "not_met", ratio, targetDecimal };
  }
  // Midway: compare the compound rate so far with the rate the target needs.
  if (!target.base) return { status: "not_reported", ratio: null, targetDecimal };
  const b = toBaseUnit(target.base.decimal, target.base.unit);
  if (!b.ok) return { status: "not_reported", ratio: null, targetDecimal };
  const base = Number(b.value.value);
  const elapsed = actual.year - target.base.year;
  const total = target.year - target.base.year;
  if (base <= 0 || elapsed <= 0 || total <= 0) return { status: "not_reported", ratio: null, targetDecimal };
  const observedRate = (a.toNumber() / base) ** (1 / elapsed) - 1;
  const requiredRate = (targetLevel.toNumber() / base) ** (1 / total) - 1;
  if (requiredRate === 0)
    return { status: sign * observedRate >= 0 ? "on_track" : "not_met", ratio: null, targetDecimal };
  const ratio = observedRate / requiredRate;
  return { status: ratio >= ON_TRACK_RATIO ? "on_track" : "not_met", ratio, targetDecimal };
}

function ratioOfChange(target: ProgressTarget, actual: Big, targetLevel: Big): number | null {
  if (!target.base) return targetLevel.eq(0) ? null : actual.div(targetLevel).toNumber();
  const b = toBaseUnit(target.base.decimal, target.base.unit);
  if (!b.ok) return null;
  const required = targetLevel.minus(b.value.value);
  return required.eq(0) ? null : actual.minus(b.value.value).div(required).toNumber();
}

function inUnit(valueInBase: Big, unit: string): string | null {
  const one = toBaseUnit("1", unit);
  if (!one.ok) return null;
  return valueInBase.div(one.value.value).round(4).toFixed();
}
