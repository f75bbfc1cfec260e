import type { Section } from "@gongkai/domain";

/** The parts of a section typed freely, and so saved by autosave and merged on conflict. */
export interface SectionWords {
  heading: string;
  text: string;
}

export type WordField = keyof SectionWords;
const FIELDS: WordField[] = ["heading", "text"];

/** What the editor typed into a section and has not saved, with what the server had when they began. */
export interface SectionDraft extends SectionWords {
  sectionId: string;
  /** The section's saved words this draft was started from (or last saved as). */
  base: SectionWords;
  /** Changes with every keystroke; a save that finishes on an older revision leaves the draft dirty. */
  revision: number;
}

export type SavePlan =
  /** Nothing to send: the draft says what the server already has. */
  | { kind: "clean" }
  /** Send these fields; `base` is what the draft stands on once they are saved. */
  | { kind: "send"; patch: Partial<SectionWords>; base: SectionWords }
  /** Someone else saved the same field differently since the draft began: the editor must merge. */
  | { kind: "conflict"; fields: WordField[]; theirs: SectionWords }
  /** Someone else deleted the section. */
  | { kind: "gone" };

export const isDirty = (d: SectionDraft): boolean => FIELDS.some((f) => d[f] !== d.base[f]);

/**
 * Decides what saving a draft means against the latest saved section. A field only the other editor changed is
 * taken from them; a field only this editor changed is sent; a field both changed differently is a conflict.
 */
export function planSave(draft: SectionDraft, current: Pick<Section, WordField> | undefined): SavePlan {
  if (!current) return { kind: "gone" };
  const conflicts = FIELDS.filter(
    (f) => draft[f] !== draft.base[f] && current[f] !== draft.base[f] && current[f] !== draft[f],
  );
  if (conflicts.length)
    return { kind: "conflict", fields: conflicts, theirs: { heading: current.heading, text: current.text } };
  const patch: Partial<SectionWords> = {};
  for (const f of FIELDS) if (draft[f] !== draft.base[f] && draft[f] !== current[f]) patch[f] = draft[f];
  if (Object.keys(patch).length === 0) return { kind: "clean" };
  return { kind: "send", patch, base: { heading: current.heading, text: current.text } };
}

/**
 * The draft after a save of `sent` succeeded: standing on what was saved. If nothing was typed meanwhile it is
 * clean (and can be dropped); otherwise it keeps the newer words.
 */
export function afterSave(
  draft: SectionDraft,
  saved: SectionWords,
  sentRevision: number,
): SectionDraft | null {
  const next: SectionDraft = {
    ...draft,
    base: saved,
    heading: draft.revision === sentRevision ? saved.heading : draft.heading,
    text: draft.revision === sentRevision ? saved.text : draft.text,
  };
  return isDirty(next) ? next : null;
}

/** The draft once the editor settled a conflict: standing on their version, holding the merged words. */
export function resolved(draft: SectionDraft, theirs: SectionWords, merged: SectionWords): SectionDraft {
  return { ...draft, base: theirs, heading: merged.heading, text: merged.text, revision: draft.revision + 1 };
}
