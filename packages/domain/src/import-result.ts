import { z } from "zod";
import { IndicatorCode } from "./indicator";
import { CORE_INDICATORS } from "./indicator-catalogue";
import { ObservationKind } from "./observation";
import { Period, periodKey as periodKeyOf } from "./period";
import { DecimalString, Qualifier } from "./quantity";
import { Meeting } from "./report";
import { ReportKind } from "./report-kind";
import { NumberingStyle, SectionRole, SectionTopic } from "./section";
import { Span } from "./text";

/*
 * Two shapes: `SpecImportResult` is exactly the import contract of ../shared/ingest-eval/SPEC.md (what
 * `pnpm -s ingest --json` prints and the scorer reads); `ImportResult` is what the pipeline produces, a superset
 * that also keeps spans into the cleaned text, what was removed, and parsed periods, so the editor can show and
 * restore everything. `toSpecImportResult` projects the one onto the other.
 */

export const SpecSection = z.object({
  level: z.number().int().min(1),
  heading: z.string(),
  role: SectionRole.nullable(),
  text: z.string(),
});

export const SpecQuantity = z.object({
  text: z.string(),
  value: z.number().finite(),
  unit: z.string(),
  qualifier: Qualifier,
  subject: z.string(),
});

export const SpecIndicator = z.object({
  code: IndicatorCode,
  value: z.number().finite(),
  unit: z.string(),
  period: z.string().nullable(),
  yoyPct: z.number().finite().nullable(),
  kind: ObservationKind,
  text: z.string(),
});

export const SpecDocument = z.object({
  title: z.string(),
  kind: ReportKind,
  township: z.string().nullable(),
  year: z.number().int().nullable(),
  sections: z.array(SpecSection),
  quantities: z.array(SpecQuantity),
  indicators: z.array(SpecIndicator),
  placeholders: z.array(z.string()),
});

export const SpecImportResult = z.object({ documents: z.array(SpecDocument) });
export type SpecImportResult = z.infer<typeof SpecImportResult>;

/** Why the cleaner took something out of the text. */
export const RemovalReason = z.enum([
  "site_boilerplate", // banners, file size, upload notices, copyright of document-sharing sites
  "advertisement",
  "injected_spam", // words injected inside sentences
  "link_list", // related-article lists
  "page_marker", // page numbers and headers cut into the text
  "collection_header", // a collection's own title and blurb around the reports it holds
  "encoding_debris", // literal \r\n, ???? runs
]);
export type RemovalReason = z.infer<typeof RemovalReason>;

export const REMOVAL_REASON_LABELS: Record<RemovalReason, { zh: string; en: string }> = {
  site_boilerplate: { zh: "网站模板", en: "site boilerplate" },
  advertisement: { zh: "广告", en: "advertisement" },
  injected_spam: { zh: "插入的垃圾文字", en: "injected spam" },
  link_list: { zh: "相关文章列表", en: "link list" },
  page_marker: { zh: "页码", en: "page marker" },
  collection_header: { zh: "合集标题与导语", en: "collection header" },
  encoding_debris: { zh: "乱码与编码残留", en: "encoding debris" },
};

/** Something the cleaner removed; `at` is where it stood in the cleaned text, so it can be put back. */
export const Removal = z.object({
  text: z.string(),
  reason: RemovalReason,
  at: z.number().int().min(0),
});
export type Removal = z.infer<typeof Removal>;

export const ImportedSection = z.object({
  level: z.number().int().min(1),
  /** As written, numbering kept: 一、2021年工作回顾. */
  heading: z.string(),
  /** The heading without its marker. */
  title: z.string(),
  numbering: NumberingStyle,
  role: SectionRole.nullable(),
  topics: z.array(SectionTopic),
  text: z.string(),
  headingSpan: Span.nullable(),
  textSpan: Span,
});
export type ImportedSection = z.infer<typeof ImportedSection>;

export const ImportedQuantity = z.object({
  text: z.string(),
  decimal: DecimalString,
  value: z.number().finite(),
  unit: z.string(),
  qualifier: Qualifier,
  subject: z.string(),
  span: Span,
  sectionIndex: z.number().int().min(-1),
});
export type ImportedQuantity = z.infer<typeof ImportedQuantity>;

export const ImportedIndicator = z.object({
  code: IndicatorCode,
  decimal: DecimalString,
  value: z.number().finite(),
  unit: z.string(),
  qualifier: Qualifier,
  period: Period.nullable(),
  yoyPct: z.number().finite().nullable(),
  multiple: z.number().positive().finite().nullable(),
  /** What the multiple is of, as written: 上届末. */
  multipleBase: z.string().nullable(),
  shareOfTargetPct: z.number().finite().nullable(),
  kind: ObservationKind,
  /** The clause the figure stands in, with its comparisons: 完成财政收入2630万元,同比增长30%. */
  text: z.string(),
  /** Where `text` stands in the cleaned text. */
  clauseSpan: Span,
  /** The figure itself as written. */
  figure: z.string(),
  span: Span,
  sectionIndex: z.number().int().min(-1),
  /** The document's quantity this indicator reads. */
  quantityIndex: z.number().int().min(0),
});
export type ImportedIndicator = z.infer<typeof ImportedIndicator>;

/**
 * A target stated only as a growth rate, with no level to reach (地区生产总值增长6%左右, 财政收入同比增长8%): what a
 * plan most often promises. It is not an observation (there is no value to chart), but the promise tracker can
 * judge it on the growth a later review reports (`growthProgressTarget`, `progressStatus`).
 */
export const ImportedGrowthTarget = z.object({
  code: IndicatorCode,
  /** The promised growth over the year before, in percent: 6 for 增长6%左右, -5 for 下降5%. */
  growthPct: z.number().finite(),
  /** Of the rate: approx for 左右, at_least for 以上. */
  qualifier: Qualifier,
  /** The period the target is for (the year planned). */
  period: Period.nullable(),
  /** The clause: 地区生产总值增长6%左右. */
  text: z.string(),
  clauseSpan: Span,
  /** The rate as written: 6%左右. */
  figure: z.string(),
  span: Span,
  sectionIndex: z.number().int().min(-1),
  /** The document's quantity (the percentage) this target reads. */
  quantityIndex: z.number().int().min(0),
});
export type ImportedGrowthTarget = z.infer<typeof ImportedGrowthTarget>;

export const ImportedPlaceholder = z.object({ text: z.string(), span: Span });

export const ImportedDocument = z.object({
  title: z.string(),
  kind: ReportKind,
  township: z.string().nullable(),
  year: z.number().int().nullable(),
  meeting: Meeting.nullable(),
  presenter: z.object({ name: z.string(), title: z.string().nullable() }).nullable(),
  span: Span,
  sections: z.array(ImportedSection),
  quantities: z.array(ImportedQuantity),
  indicators: z.array(ImportedIndicator),
  /** Targets stated only as growth rates; optional so that results stored before they were read stay valid. */
  growthTargets: z.array(ImportedGrowthTarget).optional(),
  placeholders: z.array(ImportedPlaceholder),
});
export type ImportedDocument = z.infer<typeof ImportedDocument>;

export const SourceFormat = z.enum(["txt", "docx", "pdf"]);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const ImportResult = z.object({
  source: z.object({
    fileName: z.string().nullable(),
    format: SourceFormat,
    encoding: z.string(),
    bytes: z.number().int().min(0),
  }),
  /** The cleaned text every span points into. */
  text: z.string(),
  removed: z.array(Removal),
  documents: z.array(ImportedDocument),
});
export type ImportResult = z.infer<typeof ImportResult>;

const CORE_CODES = new Set(CORE_INDICATORS.map((d) => d.code));

/**
 * Projects the pipeline's result onto the import contract's exact shape. The contract lists the quantities
 * recognised as core indicators; links to the catalogue's further indicators stay in the rich result.
 */
export function toSpecImportResult(result: ImportResult): SpecImportResult {
  return {
    documents: result.documents.map((d) => ({
      title: d.title,
      kind: d.kind,
      township: d.township,
      year: d.year,
      sections: d.sections.map((s) => ({ level: s.level, heading: s.heading, role: s.role, text: s.text })),
      quantities: d.quantities.map((q) => ({
        text: q.text,
        value: q.value,
        unit: q.unit,
        qualifier: q.qualifier,
        subject: q.subject,
      })),
      indicators: d.indicators
        .filter((i) => CORE_CODES.has(i.code))
        .map((i) => ({
          code: i.code,
          value: i.value,
          unit: i.unit,
          period: i.period ? periodKeyOf(i.period) : null,
          yoyPct: i.yoyPct,
          kind: i.kind,
          text: i.text,
        })),
      placeholders: [...new Set(d.placeholders.map((p) => p.text))],
    })),
  };
}
