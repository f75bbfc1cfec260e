import type { Removal, RemovalReason } from "@gongkai/domain";
import {
  endsSentence,
  isBareNumberLine,
  isListHeader,
  isTitleLike,
  lineNoise,
  paragraphNoise,
} from "./boilerplate";
import { lastChar, SENTENCE_END } from "./chars";
import { type Line, line as makeLine, splitLines } from "./lines";
import { readMarker } from "./markers";
import { normalizeCharacters, type PendingRemoval } from "./normalize";
import { reflow, wrapWidth } from "./reflow";
import { findSpam } from "./spam";

/** A line of the cleaned text and where it starts in it. */
export interface CleanLine {
  text: string;
  start: number;
}

export interface CleanedText {
  /** The cleaned text, punctuation as written: one paragraph or heading per line. */
  text: string;
  lines: CleanLine[];
  /** The same text with full-width punctuation folded to ASCII (`fold.ts`): what the rules read, position for position. */
  view: { text: string; lines: CleanLine[] };
  /** What was taken out, positioned in `text`. */
  removed: Removal[];
  /** Whether the source was laid out in fixed-width lines (a PDF copy) and was reflowed. */
  wrapped: boolean;
}

/**
 * Cleans a decoded text: repairs characters, drops the lines that are site chrome, collection blurbs, link lists
 * and page markers, cuts spam out of sentences, and rejoins lines that PDF layout or page breaks split. Every
 * removal is reported with its position in the cleaned text so that an editor can show and restore it.
 */
export function cleanText(raw: string): CleanedText {
  const normalized = normalizeCharacters(raw);
  const lines = splitLines(normalized.text, normalized.removed).map(stripMarkup);
  const drop = classifyLines(lines);

  const kept: Array<Line & { blankBefore: boolean; joinNext?: boolean }> = [];
  let carried: PendingRemoval[] = [];
  let blank = false;
  for (const [i, line] of lines.entries()) {
    const reason = drop[i];
    if (reason) {
      carried.push({ text: line.text, reason, at: 0 });
      for (const r of line.removed) carried.push({ ...r, at: 0 });
      // The blank lines around a page number belong to the page layout, not to the paragraphs; and a page
      // break inside a sentence joins its two halves.
      if (reason === "page_marker") {
        blank = false;
        const last = kept[kept.length - 1];
        if (last && !endsSentence(last.folded)) last.joinNext = true;
      }
      continue;
    }
    if (line.text.length === 0) {
      for (const r of line.removed) carried.push({ ...r, at: 0 });
      blank = true;
      continue;
    }
    kept.push({
      text: line.text,
      folded: line.folded,
      removed: carried.length > 0 ? carried.concat(line.removed) : line.removed,
      blankBefore: blank,
    });
    carried = [];
    blank = false;
  }
  for (const [i, line] of kept.entries()) {
    const trimmed = trimPageNumber(line, kept[i + 1]?.folded);
    if (trimmed !== line) kept[i] = { ...line, ...trimmed };
  }

  const tail = carried; // removed after the last kept line
  carried = [];
  const { lines: reflowed, wrapped } = reflow(kept);
  // Blurbs, and notices that layout had spread over several lines, are whole paragraphs now: drop them.
  const flowed: Line[] = [];
  for (const line of reflowed) {
    const reason = paragraphNoise(line.folded, wrapped);
    if (reason) {
      carried.push({ text: line.text, reason, at: 0 }, ...line.removed.map((r) => ({ ...r, at: 0 })));
      continue;
    }
    const clean = removeSpam(line);
    flowed.push(carried.length ? { ...clean, removed: [...carried, ...clean.removed] } : clean);
    carried = [];
  }
  const out: CleanLine[] = [];
  const view: CleanLine[] = [];
  const removed: Removal[] = [];
  let pos = 0;
  for (const line of flowed) {
    out.push({ text: line.text, start: pos });
    view.push({ text: line.folded, start: pos });
    for (const r of line.removed)
      removed.push({ text: r.text, reason: r.reason, at: pos + clamp(r.at, line.text.length) });
    pos += line.text.length + 1;
  }
  const end = Math.max(0, pos - 1);
  for (const r of [...carried, ...tail]) removed.push({ text: r.text, reason: r.reason, at: end });
  return {
    text: out.map((l) => l.text).join("\n"),
    lines: out,
    view: { text: view.map((l) => l.text).join("\n"), lines: view },
    removed,
    wrapped,
  };
}

function clamp(n: number, max: number): number {
  return n < 0 ? 0 : Math.min(n, max);
}

const SEPARATOR = /^[-=—_*~.·#]{4,}$/;

/** Strips Markdown decoration (## headings, **bold**) that some sources carry. */
function stripMarkup(line: Line): Line {
  let t = line.text;
  if (t.charCodeAt(0) === 35) t = t.replace(/^#{1,6}\s?/, "");
  // **bold** around a whole line; *** on its own is a redaction and stays
  if (t.startsWith("**") && !t.startsWith("***") && t.endsWith("**") && t.length > 4) t = t.slice(2, -2);
  return t === line.text
    ? line
    : makeLine(
        t.trim(),
        line.removed.map((r) => ({ ...r, at: 0 })),
      );
}

/** Decides for each line whether it is dropped, and why; linear in the number of lines. */
function classifyLines(lines: readonly Line[]): Array<RemovalReason | null> {
  const n = lines.length;
  const drop: Array<RemovalReason | null> = lines.map((l) =>
    SEPARATOR.test(l.folded) ? "site_boilerplate" : lineNoise(l.folded),
  );
  const text = (i: number) => lines[i]?.folded ?? "";
  // Nearest non-empty line before and after each line.
  const prevFull = new Int32Array(n);
  const nextFull = new Int32Array(n);
  for (let i = 0, last = -1; i < n; i++) {
    prevFull[i] = last;
    if (text(i).length > 0) last = i;
  }
  for (let i = n - 1, last = -1; i >= 0; i--) {
    nextFull[i] = last;
    if (text(i).length > 0) last = i;
  }

  for (let i = 0; i < n; i++) {
    const t = text(i);
    // An aggregator's summary repeats the opening of the text and ends in an ellipsis.
    if (t.startsWith("内容摘要") || t.startsWith("摘要:")) {
      drop[i] = "site_boilerplate";
      let j = i + 1;
      for (; j < n && j <= i + 12; j++) {
        drop[j] = "site_boilerplate";
        if (text(j).endsWith("...") || text(j).endsWith("…")) break;
      }
      i = j;
    }
  }

  for (let i = 0; i < n; i++) {
    if (drop[i] || !isBareNumberLine(text(i))) continue;
    const prev = prevFull[i] ?? -1;
    const next = nextFull[i] ?? -1;
    if (prev >= 0 && drop[prev] === "site_boilerplate") drop[i] = "site_boilerplate";
    else if (prev >= 0 && next >= 0 && !endsSentence(text(prev))) drop[i] = "page_marker";
  }

  // After a list header, the short lines that follow are the list (titles, dates, tags).
  for (let i = 0; i < n; i++) {
    if (!isListHeader(text(i))) continue;
    drop[i] = "link_list";
    let j = i + 1;
    for (; j < n; j++) {
      const t = text(j);
      if (t.length === 0) continue;
      if (t.length > 40 || /[。;!?]/.test(t)) break;
      drop[j] = drop[j] ?? "link_list";
    }
    i = j - 1;
  }

  // A short line repeated on every page of a PDF copy is its running header or footer.
  if (wrapWidth(lines) > 0) {
    const seen = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const t = text(i);
      if (drop[i] || t.length === 0 || t.length > 30 || SENTENCE_END.has(lastChar(t)) || readMarker(t))
        continue;
      const list = seen.get(t) ?? [];
      list.push(i);
      seen.set(t, list);
    }
    // The file's first line may be the title the header repeats: it stays.
    let first = 0;
    while (first < n && text(first).length === 0) first++;
    for (const list of seen.values()) {
      if (list.length < 3) continue;
      for (const i of list) if (i !== first) drop[i] = "page_marker";
    }
  }

  // Whether any kept line follows each line: a run of titles at the very end is a link list.
  const keptAfter = new Uint8Array(n + 1);
  for (let i = n - 1; i >= 0; i--)
    keptAfter[i] = keptAfter[i + 1] || (text(i).length > 0 && !drop[i]) ? 1 : 0;

  // Runs of article titles with nothing between them are lists of related articles.
  let i = 0;
  while (i < n) {
    if (drop[i] || !isTitleLike(text(i))) {
      i++;
      continue;
    }
    let j = i;
    let titles = 0;
    while (j < n && (text(j).length === 0 || drop[j] || isTitleLike(text(j)))) {
      if (text(j).length > 0 && !drop[j]) titles++;
      j++;
    }
    const atEnd = !keptAfter[j];
    if (titles >= 3 || (titles >= 2 && atEnd && i > 0)) {
      for (let k = i; k < j; k++) if (text(k).length > 0 && !drop[k]) drop[k] = "link_list";
    }
    i = j;
  }
  return drop;
}

// A short number cut into a sentence at a line end, apart from what precedes it: a page number.
const TRAILING_PAGE_NUMBER = /[^\dA-Za-z\s] (\d{1,3})$/;

/** Cuts a short page number off the end of a line that a page break split mid-sentence. */
function trimPageNumber(line: Line, next: string | undefined): Line & { joinNext?: boolean } {
  const { text, folded } = line;
  const m = TRAILING_PAGE_NUMBER.exec(folded);
  if (!m || !next || !/^[\u4e00-\u9fff]/.test(next) || endsSentence(folded)) return line;
  const at = text.length - (m[1]?.length ?? 0) - 1;
  return {
    text: text.slice(0, at),
    folded: folded.slice(0, at),
    removed: [...line.removed, { text: text.slice(at + 1), reason: "page_marker", at }],
    joinNext: true,
  };
}

/** Cuts injected spam out of a paragraph, reporting each piece where it stood. */
function removeSpam(line: Line): Line {
  const spans = findSpam(line.folded);
  if (spans.length === 0) return line;
  const { text, folded } = line;
  const parts: string[] = [];
  const foldedParts: string[] = [];
  let from = 0;
  for (const [s, e] of spans) {
    parts.push(text.slice(from, s));
    foldedParts.push(folded.slice(from, s));
    from = e;
  }
  parts.push(text.slice(from));
  foldedParts.push(folded.slice(from));
  // A position in the old text, in the new one: minus the spam cut before it.
  const map = (p: number) => {
    let shift = 0;
    for (const [s, e] of spans) {
      if (p >= e) shift += e - s;
      else if (p > s) shift += p - s;
      else break;
    }
    return p - shift;
  };
  const removed = [
    ...line.removed.map((r) => ({ ...r, at: map(r.at) })),
    ...spans.map(([s, e]) => ({ text: text.slice(s, e), reason: "injected_spam" as const, at: map(s) })),
  ].sort((a, b) => a.at - b.at);
  return { text: parts.join(""), folded: foldedParts.join(""), removed };
}
