import { z } from "zod";
import { IndicatorCode } from "./indicator";
import { Period } from "./period";
import { DecimalString, Qualifier } from "./quantity";
import { Id, IsoDateTime } from "./text";

/** Whether a figure reports what happened, sets a target (预期目标, 力争, 确保) or forecasts (预计). */
export const ObservationKind = z.enum(["actual", "target", "forecast"]);
export type ObservationKind = z.infer<typeof ObservationKind>;

/**
 * What a figure measures: a level (财政收入2630万元) or a growth rate over the year before, the way most targets are
 * stated (地区生产总值增长6%左右). A growth figure's `decimal` is the rate in percent (signed: -5 for 下降5%) and its unit
 * is "%"; it is never charted with the indicator's levels.
 */
export const ObservationMeasure = z.enum(["level", "growth"]);
export type ObservationMeasure = z.infer<typeof ObservationMeasure>;

/** The unit of a growth figure's rate. */
export const GROWTH_UNIT = "%";

/** How a figure compares with another that the text states beside it. */
export const Comparisons = z.object({
  /** 同比增长30%: -12.5 for a fall of 12.5 %. */
  yoyPct: z.number().finite().nullable().default(null),
  /** 是上届末的1.59倍: a multiple of a base the text names. */
  multiple: z
    .object({ value: z.number().positive().finite(), base: z.string().max(80) })
    .nullable()
    .default(null),
  /** 占全年目标的74.4%: share of the year's target already reached. */
  shareOfTargetPct: z.number().min(0).max(10000).nullable().default(null),
});
export type Comparisons = z.infer<typeof Comparisons>;

/** Where a figure was read: a section and the character span of its clause in that section's text. */
export const Provenance = z.object({
  sectionId: Id.nullable(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The clause itself (完成财政收入2630万元,同比增长30%), so a later edit of the text cannot lose it. */
  quote: z.string().max(2000),
  /** The figure as written in the clause: 2630万元. */
  figure: z.string().max(80),
});
export type Provenance = z.infer<typeof Provenance>;

/** An earlier value of a figure, kept when a preliminary number (预计数) is replaced by the final one. */
export const Revision = z.object({
  decimal: DecimalString,
  unit: z.string(),
  note: z.string().min(1).max(500),
  revisedAt: IsoDateTime,
});
export type Revision = z.infer<typeof Revision>;

export const MAX_SUBJECT_LENGTH = 80;

/** One figure a report states, linked to an indicator of the catalogue when it is one. */
export const Observation = z.object({
  id: Id,
  /** Catalogue code; null for a figure not (yet) linked to an indicator. */
  indicatorCode: IndicatorCode.nullable(),
  /** What the figure counts, in the report's words: 茶叶产业产值. */
  subject: z.string().max(MAX_SUBJECT_LENGTH),
  decimal: DecimalString,
  unit: z.string().max(20),
  qualifier: Qualifier,
  period: Period.nullable(),
  kind: ObservationKind,
  /** Level or growth rate; figures stored before growth targets were read are levels. */
  measure: ObservationMeasure.default("level"),
  comparisons: Comparisons,
  provenance: Provenance.nullable(),
  /** A preliminary figure (预计数), to be replaced by the final one. */
  preliminary: z.boolean().default(false),
  revisions: z.array(Revision).default([]),
  /** Confirmed by an editor after import; unconfirmed extractions are proposals. */
  confirmed: z.boolean().default(true),
});
export type Observation = z.infer<typeof Observation>;

/**
 * Replaces a preliminary figure by its final value; the earlier value stays in the revision history with the note.
 * @example reviseObservation(obs, { decimal: "2700", unit: "万元" }, "决算数", "2023-03-01T10:00:00+08:00")
 */
export function reviseObservation(
  observation: Observation,
  final: { decimal: string; unit: string },
  note: string,
  revisedAt: string,
): Observation {
  return {
    ...observation,
    decimal: final.decimal,
    unit: final.unit,
    preliminary: false,
    revisions: [
      ...observation.revisions,
      { decimal: observation.decimal, unit: observation.unit, note, revisedAt },
    ],
  };
}
