import type { Observation, Report, Section } from "@gongkai/domain";
import { AppError } from "../errors";

/*
 * Changes to a draft's sections. Sections are in document order with levels (the domain's model), so a
 * section's subtree is it and the following sections deeper than it. Figures anchored in a section's text
 * (provenance spans) follow their text when it moves, splits or merges.
 */

export function sectionIndex(report: Report, sectionId: string): number {
  const i = report.sections.findIndex((s) => s.id === sectionId);
  if (i < 0) throw new AppError("NOT_FOUND", { fields: [{ path: "sectionId", message: "no such section" }] });
  return i;
}

/** The index just past a section's subtree. */
export function subtreeEnd(sections: readonly Section[], index: number): number {
  const level = sections[index]?.level ?? 0;
  let end = index + 1;
  while (end < sections.length && (sections[end]?.level ?? 0) > level) end++;
  return end;
}

export function addSection(report: Report, afterSectionId: string | null, section: Section): void {
  const at = afterSectionId === null ? 0 : sectionIndex(report, afterSectionId) + 1;
  report.sections.splice(at, 0, section);
}

/**
 * Moves a section with its subtree so that it starts at `toIndex` of the list without it, optionally at a new
 * level (its subtree keeps its depth below it).
 */
export function moveSection(report: Report, sectionId: string, toIndex: number, level?: number): void {
  const from = sectionIndex(report, sectionId);
  const end = subtreeEnd(report.sections, from);
  const block = report.sections.splice(from, end - from);
  const first = block[0];
  if (!first) return;
  if (level !== undefined && level !== first.level) {
    const delta = level - first.level;
    for (const s of block) s.level += delta;
  }
  const at = Math.max(0, Math.min(toIndex, report.sections.length));
  report.sections.splice(at, 0, ...block);
}

/**
 * Deletes a section. Its subsections move up a level (nothing else is lost); figures read from its text keep
 * their quote but lose their anchor.
 */
export function deleteSection(report: Report, sectionId: string): Section {
  const i = sectionIndex(report, sectionId);
  const end = subtreeEnd(report.sections, i);
  const [removed] = report.sections.splice(i, 1);
  for (let j = i; j < end - 1; j++) {
    const s = report.sections[j];
    if (s) s.level = Math.max(1, s.level - 1);
  }
  for (const o of report.observations) {
    if (o.provenance?.sectionId === sectionId) o.provenance = { ...o.provenance, sectionId: null };
  }
  if (!removed) throw new AppError("NOT_FOUND");
  return removed;
}

/** Splits a section's text at `at`: the rest becomes a new section after it, at the same level. */
export function splitSection(
  report: Report,
  sectionId: string,
  at: number,
  newSection: Omit<Section, "text" | "level">,
): void {
  const i = sectionIndex(report, sectionId);
  const section = report.sections[i];
  if (!section) return;
  if (at < 0 || at > section.text.length) {
    throw new AppError("VALIDATION", {
      fields: [{ path: "at", message: `must lie within the text (0–${section.text.length})` }],
    });
  }
  const head = section.text.slice(0, at).replace(/\n+$/, "");
  const tail = section.text.slice(at).replace(/^\n+/, "");
  const dropped = section.text.length - at - tail.length;
  section.text = head;
  report.sections.splice(i + 1, 0, { ...newSection, level: section.level, text: tail });
  for (const o of report.observations) moveAnchor(o, sectionId, at, newSection.id, -(at + dropped));
}

/** Merges a section into the one before it: its text follows as a new paragraph, its subsections stay. */
export function mergeWithPrevious(report: Report, sectionId: string): Section {
  const i = sectionIndex(report, sectionId);
  const previous = report.sections[i - 1];
  const section = report.sections[i];
  if (!previous || !section) {
    throw new AppError("VALIDATION", {
      fields: [{ path: "sectionId", message: "the first section has none before it" }],
    });
  }
  const offset = previous.text ? previous.text.length + 1 : 0;
  const heading = section.heading ? `${section.heading}\n` : "";
  previous.text = [previous.text, heading + section.text].filter(Boolean).join("\n");
  report.sections.splice(i, 1);
  for (const o of report.observations) moveAnchor(o, sectionId, 0, previous.id, offset + heading.length);
  return section;
}

/** Re-anchors a figure whose span starts at or after `from` in `sectionId` to `toSection`, shifted by `by`. */
function moveAnchor(o: Observation, sectionId: string, from: number, toSection: string, by: number): void {
  const p = o.provenance;
  if (!p || p.sectionId !== sectionId || p.start < from) return;
  o.provenance = {
    ...p,
    sectionId: toSection,
    start: Math.max(0, p.start + by),
    end: Math.max(0, p.end + by),
  };
}
