import { diffArrays } from "diff";
import { splitSentences } from "./sentences";

/*
 * A three-way merge of a section's text: what both editors started from (base), what this editor typed (mine)
 * and what someone else saved meanwhile (theirs). Changes to different sentences combine; where both changed the
 * same sentences differently, the result holds a conflict with both versions for the editor to settle. Nothing
 * either editor wrote is dropped by the merge itself.
 */

export type MergeChunk =
  | { kind: "same"; text: string }
  | { kind: "conflict"; base: string; mine: string; theirs: string };

export interface MergeResult {
  chunks: MergeChunk[];
  /** Whether the merge needed no decision. */
  clean: boolean;
}

/** How a conflict is settled: one side, or both (theirs first: it was saved first). */
export type ConflictChoice = "mine" | "theirs" | "both";

interface Hunk {
  side: "mine" | "theirs";
  start: number;
  end: number;
  tokens: string[];
}

function hunksOf(base: string[], other: string[], side: Hunk["side"]): Hunk[] {
  const out: Hunk[] = [];
  let at = 0;
  let open: Hunk | null = null;
  for (const change of diffArrays(base, other)) {
    if (!change.added && !change.removed) {
      if (open) out.push(open);
      open = null;
      at += change.count;
      continue;
    }
    open ??= { side, start: at, end: at, tokens: [] };
    if (change.removed) {
      open.end += change.count;
      at += change.count;
    } else {
      open.tokens.push(...change.value);
    }
  }
  if (open) out.push(open);
  return out;
}

function apply(base: string[], start: number, end: number, hunks: Hunk[]): string {
  let text = "";
  let at = start;
  for (const h of hunks) {
    text += base.slice(at, h.start).join("") + h.tokens.join("");
    at = h.end;
  }
  return text + base.slice(at, end).join("");
}

/**
 * Merges two edits of one text.
 * @example mergeText("甲。乙。", "甲一。乙。", "甲。乙二。") // clean: "甲一。乙二。"
 */
export function mergeText(base: string, mine: string, theirs: string): MergeResult {
  if (mine === theirs) return { chunks: [{ kind: "same", text: mine }], clean: true };
  if (mine === base) return { chunks: [{ kind: "same", text: theirs }], clean: true };
  if (theirs === base) return { chunks: [{ kind: "same", text: mine }], clean: true };
  const b = splitSentences(base);
  const all = [
    ...hunksOf(b, splitSentences(mine), "mine"),
    ...hunksOf(b, splitSentences(theirs), "theirs"),
  ].sort((x, y) => x.start - y.start || x.end - y.end);
  // Hunks that overlap, or an insertion touching another change, must be decided together.
  const groups: Array<{ start: number; end: number; hunks: Hunk[] }> = [];
  for (const h of all) {
    const g = groups[groups.length - 1];
    const touches = g && (h.start < g.end || (h.start === g.end && (h.start === h.end || g.start === g.end)));
    if (g && touches) {
      g.end = Math.max(g.end, h.end);
      g.hunks.push(h);
    } else groups.push({ start: h.start, end: h.end, hunks: [h] });
  }
  const chunks: MergeChunk[] = [];
  const same = (text: string) => {
    if (!text) return;
    const last = chunks[chunks.length - 1];
    if (last?.kind === "same") last.text += text;
    else chunks.push({ kind: "same", text });
  };
  let at = 0;
  let clean = true;
  for (const g of groups) {
    same(b.slice(at, g.start).join(""));
    const mineHunks = g.hunks.filter((h) => h.side === "mine");
    const theirHunks = g.hunks.filter((h) => h.side === "theirs");
    const mineText = apply(b, g.start, g.end, mineHunks);
    const theirText = apply(b, g.start, g.end, theirHunks);
    if (mineHunks.length === 0) same(theirText);
    else if (theirHunks.length === 0 || mineText === theirText) same(mineText);
    else {
      clean = false;
      chunks.push({
        kind: "conflict",
        base: b.slice(g.start, g.end).join(""),
        mine: mineText,
        theirs: theirText,
      });
    }
    at = g.end;
  }
  same(b.slice(at).join(""));
  return { chunks, clean };
}

/** The merged text once each conflict is settled (by position among the conflicts; "both" when not given). */
export function resolveMerge(result: MergeResult, choices: readonly ConflictChoice[]): string {
  let k = 0;
  return result.chunks
    .map((c) => {
      if (c.kind === "same") return c.text;
      const choice = choices[k++] ?? "both";
      if (choice === "mine") return c.mine;
      if (choice === "theirs") return c.theirs;
      return joinBoth(c.theirs, c.mine);
    })
    .join("");
}

// Both versions of a passage one after the other: run on after a finished sentence, else on a new line so that
// two half sentences do not run together.
function joinBoth(first: string, second: string): string {
  if (!first) return second;
  if (!second) return first;
  if (first.endsWith("\n") || second.startsWith("\n") || /[。！？；!?;…”’」』)）"]$/.test(first))
    return first + second;
  return `${first}\n${second}`;
}
