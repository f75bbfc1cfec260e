import type { Section } from "@gongkai/domain";

/*
 * Where a section goes when it is moved. Sections are in document order with levels; a section moves with its
 * subsections (its block), and the server's `sections.move` takes the index its block starts at in the list
 * without it, and optionally a new level for the block's first section.
 */

type Levelled = Pick<Section, "id" | "level">;

/** The index just past a section's subsections. */
export function blockEnd(sections: readonly Levelled[], index: number): number {
  const level = sections[index]?.level ?? 0;
  let end = index + 1;
  while (end < sections.length && (sections[end]?.level ?? 0) > level) end++;
  return end;
}

export interface MoveTarget {
  toIndex: number;
  level: number;
}

/** The highest level a block may take at an insertion point: at most one below the section before it. */
function fit(rest: readonly Levelled[], toIndex: number, level: number): number {
  const before = rest[toIndex - 1]?.level ?? 0;
  return Math.max(1, Math.min(level, before + 1));
}

function without(sections: readonly Levelled[], index: number): Levelled[] {
  return [...sections.slice(0, index), ...sections.slice(blockEnd(sections, index))];
}

/** Up before its previous sibling (with both blocks whole); null for a first child or the first section. */
export function moveUpTarget(sections: readonly Levelled[], index: number): MoveTarget | null {
  const s = sections[index];
  if (!s) return null;
  for (let i = index - 1; i >= 0; i--) {
    const level = sections[i]?.level ?? 0;
    if (level < s.level) return null;
    if (level === s.level) return { toIndex: i, level: s.level };
  }
  return null;
}

/** Down after its next sibling's block; null for a last child or the last section. */
export function moveDownTarget(sections: readonly Levelled[], index: number): MoveTarget | null {
  const s = sections[index];
  if (!s) return null;
  const next = blockEnd(sections, index);
  if (sections[next]?.level !== s.level) return null;
  const rest = without(sections, index);
  return { toIndex: blockEnd(rest, index), level: s.level };
}

/** One level deeper (under the section before it), if the section before it allows. */
export function indentTarget(
  sections: readonly Levelled[],
  index: number,
  maxLevel: number,
): MoveTarget | null {
  const s = sections[index];
  const before = sections[index - 1];
  if (!s || !before || s.level >= maxLevel || s.level + 1 > before.level + 1) return null;
  return { toIndex: index, level: s.level + 1 };
}

/** One level up. */
export function outdentTarget(sections: readonly Levelled[], index: number): MoveTarget | null {
  const s = sections[index];
  if (!s || s.level <= 1) return null;
  return { toIndex: index, level: s.level - 1 };
}

/**
 * Where a dragged section lands when dropped on another: before it when dragged up, after its subsections when
 * dragged down. Dropping a section into its own subsections does nothing.
 */
export function dropTarget(
  sections: readonly Levelled[],
  activeId: string,
  overId: string,
): MoveTarget | null {
  const from = sections.findIndex((s) => s.id === activeId);
  const over = sections.findIndex((s) => s.id === overId);
  const s = sections[from];
  if (!s || over < 0 || from === over) return null;
  if (over > from && over < blockEnd(sections, from)) return null;
  const rest = without(sections, from);
  const j = rest.findIndex((x) => x.id === overId);
  const toIndex = over < from ? j : blockEnd(rest, j);
  return { toIndex, level: fit(rest, toIndex, s.level) };
}
