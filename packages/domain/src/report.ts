import { z } from "zod";
import { Disclosure } from "./disclosure";
import { Observation } from "./observation";
import { Year } from "./period";
import { ReportKind } from "./report-kind";
import { firstLevelJump, Section } from "./section";
import { Id, IsoDate, WebAddress } from "./text";

/** Deliberation stages of a government work report: 征求意见稿 → 审议稿 → adopted at the session. */
export const DeliberationStage = z.enum(["consultation_draft", "deliberation_draft", "adopted"]);
export type DeliberationStage = z.infer<typeof DeliberationStage>;

export const DELIBERATION_STAGE_LABELS: Record<DeliberationStage, { zh: string; en: string }> = {
  consultation_draft: { zh: "征求意见稿", en: "Consultation draft" },
  deliberation_draft: { zh: "审议稿", en: "Draft for deliberation" },
  adopted: { zh: "大会通过", en: "Adopted" },
};

export const Deliberation = z.object({
  stage: DeliberationStage,
  /** The day the congress session deliberated or adopted it. */
  sessionDate: IsoDate.nullable(),
});

/** 镇第十四届人民代表大会第三次会议: the congress (届) and its session (次). */
export const Meeting = z.object({
  name: z.string().min(1).max(120),
  congress: z.number().int().min(1).max(99).nullable(),
  session: z.number().int().min(1).max(99).nullable(),
});
export type Meeting = z.infer<typeof Meeting>;

export const Presenter = z.object({
  name: z.string().min(1).max(40),
  /** 镇长, 代镇长, 乡长 … */
  title: z.string().max(40).nullable(),
});

/** Where a report came from: typed in, or imported from a file whose original is kept. */
export const ReportSource = z.object({
  method: z.enum(["manual", "import", "generated"]),
  fileName: z.string().max(255).nullable(),
  importId: Id.nullable(),
  /** Where the text was found, e.g. a website address, when known. */
  sourceUrl: WebAddress.nullable(),
});

export const MAX_TITLE_LENGTH = 200;
export const MAX_SECTIONS = 2000;
export const MAX_OBSERVATIONS = 5000;

/** The version of the stored report shape; bump it with an up-migration in `migrateReport`. */
export const REPORT_SCHEMA_VERSION = 1;

/** The fields of a report, before the rules that tie them together. */
export const ReportFields = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  id: Id,
  townshipId: Id,
  kind: ReportKind,
  /** Year the report is delivered for (a 2022 report reviews 2021 and plans 2022). */
  year: Year,
  title: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
  meeting: Meeting.nullable(),
  presenter: Presenter.nullable(),
  /** Day the report was delivered or dated. */
  deliveredOn: IsoDate.nullable(),
  deliberation: Deliberation.nullable(),
  disclosure: Disclosure.nullable(),
  source: ReportSource,
  sections: z.array(Section).max(MAX_SECTIONS),
  observations: z.array(Observation).max(MAX_OBSERVATIONS),
});

/** A township's report: what it says (sections), the figures it states (observations) and where it stands. */
export const Report = ReportFields.superRefine((r, ctx) => {
  const jump = firstLevelJump(r.sections);
  if (jump >= 0) {
    ctx.addIssue({
      code: "custom",
      path: ["sections", jump, "level"],
      message: "a section may be at most one level below the one before it",
    });
  }
  const ids = new Set<string>();
  r.sections.forEach((s, i) => {
    if (ids.has(s.id))
      ctx.addIssue({ code: "custom", path: ["sections", i, "id"], message: "section ids must be unique" });
    ids.add(s.id);
  });
  r.observations.forEach((o, i) => {
    if (o.provenance?.sectionId && !ids.has(o.provenance.sectionId)) {
      ctx.addIssue({
        code: "custom",
        path: ["observations", i, "provenance", "sectionId"],
        message: "provenance names a section the report does not have",
      });
    }
  });
  if (r.deliberation && r.kind !== "government_work_report") {
    ctx.addIssue({
      code: "custom",
      path: ["deliberation"],
      message: "only a government work report goes through deliberation",
    });
  }
});
export type Report = z.infer<typeof Report>;

/** Report metadata without its content, as lists show it. */
export const ReportSummary = ReportFields.omit({ sections: true, observations: true, schemaVersion: true });
export type ReportSummary = z.infer<typeof ReportSummary>;

/**
 * Brings a stored report of any earlier shape up to the current one. Version 1 is the first; later versions
 * add a case here and keep the old ones.
 */
export function migrateReport(stored: unknown): unknown {
  if (typeof stored !== "object" || stored === null) return stored;
  const version = (stored as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return { ...stored, schemaVersion: REPORT_SCHEMA_VERSION };
  return stored;
}
