import {
  findPlaceholders,
  type ImportedDocument,
  type ImportedQuantity,
  type ImportedSection,
  type ImportResult,
  type SourceFormat,
  type Span,
} from "@gongkai/domain";
import { type CleanedText, type CleanLine, cleanText } from "./clean";
import { type DocumentRange, splitDocuments } from "./documents";
import { findGrowthTargets } from "./growth-targets";
import { findHeadings } from "./headings";
import { findIndicators, type IndicatorContext } from "./indicators";
import {
  classifyKind,
  findMeeting,
  findPresenter,
  findTitle,
  findTownship,
  findYear,
  titleFromRemoved,
} from "./metadata";
import { scanQuantities } from "./quantities";
import { reportTime } from "./section-time";
import { buildSections } from "./sections";
import { subjectOf } from "./subject";
import { periodAt, YearIndex } from "./time-context";

export interface IngestTextOptions {
  fileName?: string;
}

/** Where the text came from, for the result's `source`. */
export interface TextSource {
  fileName: string | null;
  format: SourceFormat;
  encoding: string;
  bytes: number;
}

/**
 * Imports a report text: cleans it, splits it into its reports and builds each one's sections, quantities,
 * indicators and placeholders, every item with its span into the cleaned text. Pure, synchronous, linear in the
 * length of the text.
 * @example ingestText("望京镇2022年政府工作报告\n一、2021年工作回顾\n完成财政收入2630万元,同比增长30%。").documents[0]?.indicators[0]?.code // "fiscal_revenue"
 */
export function ingestText(text: string, options: IngestTextOptions = {}): ImportResult {
  return ingestDecoded(text, {
    fileName: options.fileName ?? null,
    format: "txt",
    encoding: "utf-8",
    bytes: utf8Length(text),
  });
}

/** The same as `ingestText`, for text decoded from a file whose source the caller describes. */
export function ingestDecoded(text: string, source: TextSource): ImportResult {
  const cleaned = cleanText(text);
  const documents = splitDocuments(cleaned.view.lines).map((range) => buildDocument(cleaned, range));
  return { source, text: cleaned.text, removed: cleaned.removed, documents };
}

function buildDocument(cleaned: CleanedText, range: DocumentRange): ImportedDocument {
  // Rules read the folded view; what the result shows is cut from the text as written, at the same positions.
  const { lines, text } = cleaned.view;
  const shown = cleaned.text;
  const docStart = lines[range.first]?.start ?? 0;
  const lastLine = lines[range.end - 1];
  const docEnd = lastLine ? lastLine.start + lastLine.text.length : docStart;
  const found = findTitle(lines, range.first, range.end, range.markerLine);
  const { bodyFirst } = found;
  // No title line: the page's own title, removed with the site chrome above this report, names it.
  const title =
    cleaned.lines[found.line]?.text ??
    (found.title ||
      titleFromRemoved(
        cleaned.removed.filter((r) => r.at <= docStart && (range.first === 0 || r.at === docStart)),
      ));
  const bodyStart = lines[bodyFirst]?.start ?? docEnd;
  const body = text.slice(Math.min(bodyStart, docEnd), docEnd);
  const headings = findHeadings(lines, bodyFirst, range.end);
  const kind = classifyKind(title, body);
  const year = findYear(
    title,
    kind,
    body,
    headings.map((h) => h.heading),
  );
  const built = buildSections(text, lines, bodyFirst, range.end, headings, kind, year);
  const years = new YearIndex(text, bodyStart, docEnd, year);
  const time = reportTime(built, kind, year, text, years);
  const sections = built.map((s) => asWritten(s, shown));

  const figures = scanQuantities(text, Math.min(bodyStart, docEnd), docEnd);
  const sectionIndexOf = sectionLocator(sections);
  const quantities: ImportedQuantity[] = [];
  let previous: { q: (typeof figures)[number]; subject: string } | undefined;
  for (const q of figures) {
    const subject = subjectOf(text, shown, q, previous, bodyStart);
    previous = { q, subject };
    quantities.push({
      text: shown.slice(q.start, q.end),
      decimal: q.decimal,
      value: q.value,
      unit: q.unit,
      qualifier: q.qualifier,
      subject,
      span: { start: q.start, end: q.end },
      sectionIndex: sectionIndexOf(q.start),
    });
  }
  const paragraphStart = paragraphLocator(lines, range.first, range.end);
  const frameOf = (k: number) =>
    time.frames[quantities[k]?.sectionIndex ?? -1] ?? { year: time.review, period: null };
  const context: IndicatorContext = {
    text,
    docStart: bodyStart,
    docEnd,
    roleOf: (k) => sections[quantities[k]?.sectionIndex ?? -1]?.role ?? null,
    sectionOf: (k) => quantities[k]?.sectionIndex ?? -1,
    partYearOf: (k) => frameOf(k).year,
    periodOf: (k) => {
      const at = figures[k]?.hedgeStart ?? bodyStart;
      return periodAt({
        text,
        at,
        paragraphStart: paragraphStart(at),
        years,
        frame: frameOf(k),
        now: time.now,
      });
    },
  };
  const asShown = <T extends { clauseSpan: Span; span: Span }>(i: T): T => ({
    ...i,
    text: shown.slice(i.clauseSpan.start, i.clauseSpan.end),
    figure: shown.slice(i.span.start, i.span.end),
  });
  const indicators = findIndicators(figures, context).map(asShown);
  const growthTargets = findGrowthTargets(figures, context).map(asShown);

  const docText = text.slice(docStart, docEnd);
  const placeholders = findPlaceholders(docText).map((p) => ({
    text: shown.slice(docStart + p.start, docStart + p.end),
    span: { start: docStart + p.start, end: docStart + p.end },
  }));
  return {
    title,
    kind,
    township: findTownship(title, body),
    year,
    meeting: findMeeting(lines, range.first, range.end),
    presenter: findPresenter(lines, range.first, range.end),
    span: { start: docStart, end: docEnd },
    sections,
    quantities,
    indicators,
    growthTargets,
    placeholders,
  };
}

/** A section with its heading and text as written (the rules built it from the folded view). */
function asWritten(s: ImportedSection, shown: string): ImportedSection {
  const text = shown.slice(s.textSpan.start, s.textSpan.end);
  if (!s.headingSpan) return { ...s, text };
  const heading = shown.slice(s.headingSpan.start, s.headingSpan.end);
  return { ...s, heading, title: heading.slice(heading.length - s.title.length), text };
}

/** Finds the start of the paragraph (line) a position falls in, by binary search over lines [first, end). */
function paragraphLocator(lines: readonly CleanLine[], first: number, end: number): (at: number) => number {
  return (at) => {
    let lo = first;
    let hi = end - 1;
    let found = lines[first]?.start ?? 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = lines[mid]?.start ?? 0;
      if (start <= at) {
        found = start;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** Finds the section a position falls in (its heading or its text), by binary search over section starts. */
function sectionLocator(sections: readonly ImportedSection[]): (at: number) => number {
  const starts = sections.map((s) => s.headingSpan?.start ?? s.textSpan.start);
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return -1;
    const s = sections[found];
    return s && at <= s.textSpan.end ? found : -1;
  };
}

/** UTF-8 byte length of a string, without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
