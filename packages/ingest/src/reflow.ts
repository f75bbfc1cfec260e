import { displayWidth, isAsciiAlnum, isAsciiDigit, isHan, lastChar, SENTENCE_END } from "./chars";
import { isCollectionMarker } from "./collection";
import type { Line } from "./lines";
import { readMarker } from "./markers";
import { magnitudeAt, unitAt } from "./units";

/** A line to reflow: whether a blank line stood before it, and whether a page break split it from the next. */
type FlowLine = Line & { blankBefore: boolean; joinNext?: boolean };

/**
 * Rejoins lines that layout split. A PDF copied as text breaks every paragraph at a fixed width: when most lines
 * share one width, a line of that width that does not end a sentence continues on the next. Any text may also be
 * broken between a number and its unit (23 / 亿元), and a heading may wrap its last words onto the next line
 * (…迈出坚 / 实步伐。). Lines are joined without a space unless both sides are Latin letters or digits.
 */
export function reflow(lines: readonly FlowLine[]): { lines: Line[]; wrapped: boolean } {
  const width = wrapWidth(lines);
  const out: Line[] = [];
  let current: Line | null = null;
  let currentIsHeading = false;
  let physical = ""; // the last source line joined into `current`
  let pageBreak = false; // whether that line ran on over a page break
  let indented = false; // whether that line opened a paragraph (and so lost width to the indent)
  for (const line of lines) {
    // In a laid-out text only a full line runs on over a page break; a short one (a title) ended there.
    const full = width === 0 || displayWidth(physical) >= width - 6 - (indented ? 4 : 0);
    const acrossPage = pageBreak && full && !currentIsHeading && continues(line);
    if (current && (acrossPage || shouldJoin(physical, line, width - (indented ? 4 : 0), currentIsHeading))) {
      current = join(current, line);
      physical = line.folded;
      indented = false;
      pageBreak = line.joinNext === true;
      continue;
    }
    if (current) out.push(current);
    current = { text: line.text, folded: line.folded, removed: line.removed };
    physical = line.folded;
    indented = line.blankBefore;
    pageBreak = line.joinNext === true;
    currentIsHeading = readMarker(line.folded) !== null;
  }
  if (current) out.push(current);
  return { lines: out, wrapped: width > 0 };
}

/** Whether a line can continue the sentence of the line before: not a heading, a marker or a new paragraph. */
function continues(line: FlowLine): boolean {
  return !line.blankBefore && !isCollectionMarker(line.folded) && readMarker(line.folded) === null;
}

function join(a: Line, b: Line): Line {
  const left = a.text.charCodeAt(a.text.length - 1);
  const right = b.text.charCodeAt(0);
  const sep =
    isAsciiAlnum(left) && isAsciiAlnum(right) && !(isAsciiDigit(left) && isAsciiDigit(right)) ? " " : "";
  const offset = a.text.length + sep.length;
  return {
    text: a.text + sep + b.text,
    folded: a.folded + sep + b.folded,
    removed: [...a.removed, ...b.removed.map((r) => ({ ...r, at: r.at + offset }))],
  };
}

function shouldJoin(prev: string, line: FlowLine, width: number, prevIsHeading: boolean): boolean {
  const next = line.folded;
  if (isCollectionMarker(next)) return false;
  const end = lastChar(prev);
  // A number at the end of one line and its unit at the start of the next.
  if (
    isAsciiDigit(prev.charCodeAt(prev.length - 1)) ||
    ((end === "万" || end === "亿") && /\d[万亿]$/.test(prev))
  ) {
    if (unitAt(next, 0) || magnitudeAt(next, 0)) return true;
  }
  const marker = readMarker(next);
  // A semicolon ends a clause, not a paragraph: a full line of a laid-out text that ends in one runs on.
  if (end === ";" && width > 0 && !line.blankBefore && !marker && displayWidth(prev) >= width - 6)
    return true;
  if (SENTENCE_END.has(end) || end === ":") return false;
  if (width > 0) {
    // A number the layout broke in two: 11.7130 / 0万元.
    if (
      isAsciiDigit(prev.charCodeAt(prev.length - 1)) &&
      isAsciiDigit(next.charCodeAt(0)) &&
      !line.blankBefore
    )
      return true;
    if (line.blankBefore) return false; // a paragraph break the layout marked
    if (marker && marker.style !== "cn_ordinal") return false;
    return displayWidth(prev) >= width - 6;
  }
  // A wrapped heading: its last words and a full stop start the next line.
  if (prevIsHeading && !marker && prev.length >= 15 && !line.blankBefore) {
    const stop = next.indexOf("。");
    // Not a run-in subheading opening a paragraph (工业经济加力提速。扎实推进…): the tail is the whole line.
    if (stop > 0 && stop <= 8 && next.length <= stop + 2 && !/[,、;:\d]/.test(next.slice(0, stop)))
      return true;
  }
  // A word or two left alone on a line.
  return !marker && next.length <= 2 && isHan(next.charCodeAt(0)) && !line.blankBefore && prev.length >= 10;
}

/**
 * The width (in half-width cells) at which the text was laid out, or 0 when its lines are paragraphs. A text is
 * laid out when at least a third of its longer lines share one width and most of those do not end a sentence.
 */
export function wrapWidth(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  let considered = 0;
  for (const l of lines) {
    if (l.folded.length < 8) continue;
    considered++;
    const w = displayWidth(l.folded);
    if (w >= 30 && w <= 400) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  if (considered < 6) return 0;
  let best = 0;
  let bestCount = 0;
  for (const [w] of counts) {
    let c = 0;
    for (let d = -2; d <= 2; d++) c += counts.get(w + d) ?? 0;
    if (c > bestCount || (c === bestCount && w > best)) {
      best = w;
      bestCount = c;
    }
  }
  if (bestCount < Math.max(5, considered / 3)) return 0;
  let full = 0;
  let open = 0;
  for (const l of lines) {
    const w = displayWidth(l.folded);
    if (w < best - 6 || w > best + 4) continue;
    full++;
    if (!SENTENCE_END.has(lastChar(l.folded))) open++;
  }
  return open * 2 >= full ? best + 2 : 0;
}
