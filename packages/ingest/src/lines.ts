import { isHan, isWide } from "./chars";
import { foldPunctuation } from "./fold";
import type { PendingRemoval } from "./normalize";

/**
 * A line of the text being cleaned, as written and folded (`fold.ts`: the same length, what rules read); removals
 * are positioned relative to the start of `text`.
 */
export interface Line {
  text: string;
  folded: string;
  removed: PendingRemoval[];
}

/** A line of text as written, with its folded view. */
export function line(text: string, removed: PendingRemoval[]): Line {
  return { text, folded: foldPunctuation(text), removed };
}

/** Splits normalised text into tidied lines, carrying each removal to the line it stood in. */
export function splitLines(text: string, removed: readonly PendingRemoval[]): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let r = 0;
  for (;;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const own: PendingRemoval[] = [];
    while (r < removed.length && (removed[r]?.at ?? 0) <= end) {
      const x = removed[r] as PendingRemoval;
      own.push({ ...x, at: x.at - start });
      r++;
    }
    lines.push(tidyLine(text.slice(start, end), own));
    if (end >= text.length) break;
    start = end + 1;
  }
  return lines;
}

const SPACE = 32;

/**
 * Tidies the spaces of one line: trims it, collapses runs, drops spaces PDF extraction puts between Chinese and
 * digits or Latin letters (2019 年, 1.2 亿元) and inside letter-spaced words (政 府 工 作 报 告). A space between
 * two runs of Chinese text stays: it often stands for a lost line break.
 */
export function tidyLine(raw: string, removed: PendingRemoval[]): Line {
  if (!raw.includes(" ")) return line(raw, removed);
  const keep = new Uint8Array(raw.length);
  let first = 0;
  let last = raw.length - 1;
  while (first <= last && raw.charCodeAt(first) === SPACE) first++;
  while (last >= first && raw.charCodeAt(last) === SPACE) last--;
  for (let i = first; i <= last; i++) {
    const c = raw.charCodeAt(i);
    if (c !== SPACE) {
      keep[i] = 1;
      continue;
    }
    if (raw.charCodeAt(i - 1) === SPACE) continue; // keep the first space of a run only
    let j = i;
    while (raw.charCodeAt(j) === SPACE) j++;
    const before = raw.charCodeAt(i - 1);
    const after = raw.charCodeAt(j);
    if (isDigit(before) && isDigit(after) && spacedYear(raw, i)) continue;
    const wideBefore = isWide(before);
    const wideAfter = isWide(after);
    if (wideBefore !== wideAfter) continue;
    if (wideBefore && wideAfter) {
      if (!isHan(before) || !isHan(after)) continue; // next to CJK punctuation
      if (isolatedHan(raw, i - 1) || isolatedHan(raw, j)) continue; // letter-spaced
    }
    if (isPunctuationAscii(before) || isPunctuationAscii(after)) continue;
    keep[i] = 1;
  }
  let text = "";
  const parts: string[] = [];
  let runStart = -1;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && keep[i]) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      parts.push(raw.slice(runStart, i));
      runStart = -1;
    }
  }
  text = parts.join("");
  if (removed.length === 0) return line(text, removed);
  // Map removal positions onto the tidied text: count the kept characters before each.
  const prefix = new Uint32Array(raw.length + 1);
  for (let i = 0; i < raw.length; i++) prefix[i + 1] = (prefix[i] ?? 0) + (keep[i] ?? 0);
  return line(
    text,
    removed.map((x) => ({ ...x, at: prefix[Math.min(Math.max(x.at, 0), raw.length)] ?? 0 })),
  );
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether the space at `i` falls inside a year a PDF copy letter-spaced (2 016 年, 201 1 年): the digits and
 * single spaces around it make four digits, 19xx or 20xx, followed by 年. Other digits split by a space may be two
 * numbers, and stay apart.
 */
function spacedYear(s: string, i: number): boolean {
  let from = i;
  while (from > 0 && i - from < 8 && (isDigit(s.charCodeAt(from - 1)) || s.charCodeAt(from - 1) === SPACE))
    from--;
  while (s.charCodeAt(from) === SPACE) from++;
  let to = i;
  while (to < s.length && to - i < 8 && (isDigit(s.charCodeAt(to)) || s.charCodeAt(to) === SPACE)) to++;
  if (s.charAt(to) !== "年" || (from > 0 && isDigit(s.charCodeAt(from - 1)))) return false;
  return /^(?:19|20)\d{2}$/.test(s.slice(from, to).replace(/ /g, ""));
}

function isolatedHan(s: string, i: number): boolean {
  if (!isHan(s.charCodeAt(i))) return false;
  const prev = i > 0 ? s.charCodeAt(i - 1) : SPACE;
  const next = i + 1 < s.length ? s.charCodeAt(i + 1) : SPACE;
  return (prev === SPACE || Number.isNaN(prev)) && (next === SPACE || Number.isNaN(next));
}

function isPunctuationAscii(c: number): boolean {
  return c === 44 || c === 46 || c === 58 || c === 59 || c === 40 || c === 41 || c === 33 || c === 63;
}
