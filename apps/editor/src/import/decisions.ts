import type { ImportedDocument, ReportKind } from "@gongkai/domain";
import type { RouterInputs } from "../lib/trpc";
import { removalsWithin } from "./annotate-source";

export type CreateFromImportInput = RouterInputs["reports"]["createFromImport"];
export type IndicatorPatch = NonNullable<CreateFromImportInput["correctIndicators"]>[number]["patch"];

/** What the editor decided for one extracted figure before the draft is made. */
export type IndicatorDecision =
  | { action: "confirm" }
  | { action: "reject" }
  | { action: "correct"; patch: IndicatorPatch };

/** The editor's choices for one document of an import. */
export interface DocumentChoice {
  keep: boolean;
  townshipId: string;
  title: string;
  kind: ReportKind;
  year: number;
  /** By index in the document's `indicators`. */
  decisions: Record<number, IndicatorDecision>;
}

/** Indices of the document's figures the editor has not decided on yet. */
export function undecided(doc: ImportedDocument, choice: DocumentChoice): number[] {
  return doc.indicators.flatMap((_, i) => (choice.decisions[i] ? [] : [i]));
}

/** The same decision for every figure not decided yet ("confirm the rest"). */
export function decideRest(
  doc: ImportedDocument,
  choice: DocumentChoice,
  decision: IndicatorDecision,
): DocumentChoice {
  const decisions = { ...choice.decisions };
  for (const i of undecided(doc, choice)) decisions[i] = decision;
  return { ...choice, decisions };
}

/** The first choices for a document: kept, filed under a township whose name it states, nothing decided. */
export function initialChoice(
  doc: ImportedDocument,
  townships: ReadonlyArray<{ id: string; name: string }>,
  fallbackYear: number,
): DocumentChoice {
  const named = doc.township ? townships.find((t) => t.name === doc.township) : undefined;
  return {
    keep: true,
    townshipId: named?.id ?? townships[0]?.id ?? "",
    title: doc.title,
    kind: doc.kind,
    year: doc.year ?? fallbackYear,
    decisions: {},
  };
}

/**
 * The call that makes the draft: the removals to restore that stood in this document, and every figure's
 * decision. Throws if a figure is undecided, so no draft is made from a half-reviewed import.
 */
export function createFromImportInput(
  importId: string,
  documentIndex: number,
  doc: ImportedDocument,
  choice: DocumentChoice,
  restored: ReadonlySet<number>,
  removed: ReadonlyArray<{ at: number }>,
): CreateFromImportInput {
  const open = undecided(doc, choice);
  if (open.length) throw new Error(`figures ${open.join(", ")} are not decided`);
  const entries = Object.entries(choice.decisions).map(([i, d]) => [Number(i), d] as const);
  return {
    townshipId: choice.townshipId,
    importId,
    documentIndex,
    restoreRemovals: removalsWithin(doc, removed).filter((i) => restored.has(i)),
    rejectIndicators: entries.filter(([, d]) => d.action === "reject").map(([i]) => i),
    confirmIndicators: entries.filter(([, d]) => d.action === "confirm").map(([i]) => i),
    correctIndicators: entries.flatMap(([index, d]) =>
      d.action === "correct" ? [{ index, patch: d.patch }] : [],
    ),
    title: choice.title.trim() || doc.title,
    kind: choice.kind,
    year: choice.year,
  };
}
