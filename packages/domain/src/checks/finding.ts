import { z } from "zod";
import { LocalizedText } from "../text";

/** An error blocks publication; a warning must be acknowledged, and the acknowledgement is recorded. */
export const Severity = z.enum(["error", "warning"]);
export type Severity = z.infer<typeof Severity>;

export const CheckCode = z.enum([
  "placeholder",
  "missing_section",
  "text_table_mismatch",
  "figure_not_in_text",
  "growth_inconsistent",
  "target_without_period",
  "duplicate_paragraph",
]);
export type CheckCode = z.infer<typeof CheckCode>;

/** Where a finding points: a field of the report, a section's text range, or a figure. */
export const FindingLocation = z.object({
  field: z.enum(["title", "heading", "text", "observation", "report"]),
  sectionId: z.string().nullable().default(null),
  observationId: z.string().nullable().default(null),
  start: z.number().int().min(0).nullable().default(null),
  end: z.number().int().min(0).nullable().default(null),
});
export type FindingLocation = z.infer<typeof FindingLocation>;

export const Finding = z.object({
  code: CheckCode,
  severity: Severity,
  message: LocalizedText,
  location: FindingLocation,
  /** The words the finding is about, so it can be recognised after the text around it moved. */
  excerpt: z.string().max(200),
});
export type Finding = z.infer<typeof Finding>;

/** A key that stays the same while the finding is the same, for recording acknowledgements. */
export function findingKey(f: Finding): string {
  return [
    f.code,
    f.location.field,
    f.location.sectionId ?? "",
    f.location.observationId ?? "",
    f.excerpt,
  ].join("|");
}

/** Findings that stop a submission: every error, and each warning not acknowledged. */
export function blockingFindings(
  findings: readonly Finding[],
  acknowledgedKeys: ReadonlySet<string>,
): Finding[] {
  return findings.filter((f) => f.severity === "error" || !acknowledgedKeys.has(findingKey(f)));
}
