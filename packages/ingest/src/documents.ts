import { SENTENCE_END } from "./chars";
import type { CleanLine } from "./clean";
import { collectionMarkerNumber } from "./collection";
import { readMarker } from "./markers";

/** A report found in the file: a range of cleaned lines, and the collection marker that opened it. */
export interface DocumentRange {
  /** Index of the first line. */
  first: number;
  /** Index after the last line. */
  end: number;
  /** The line that is the collection marker (乡镇政府工作报告篇三), or -1. */
  markerLine: number;
}

const REPORT_TITLE_END =
  /(?:政府工作报告|工作报告|工作总结|工作汇报|工作计划|工作要点|述职报告|讲话|讲话稿|致辞|大事记|总结|报告)(?:\([^)]{0,12}\))?$/;
const OPENING =
  /^(?:各位代表|各位委员|同志们|——\s?\d{4}年|\d{4}年\d{1,2}月\d{1,2}日|\(\d{4}年\d{1,2}月\d{1,2}日)/;

/** Whether a line reads like the title of a report: short, no sentence, ending in a report word. */
export function isReportTitle(line: string): boolean {
  if (line.length < 4 || line.length > 50) return false;
  if (readMarker(line)) return false;
  for (const c of line) if (SENTENCE_END.has(c) || c === "," || c === ":") return false;
  return REPORT_TITLE_END.test(line);
}

/**
 * Splits a cleaned file into its reports: at collection markers when there are two or more in order, otherwise
 * at report titles that are followed by an opening (各位代表, a meeting date line) after a substantial report.
 */
export function splitDocuments(lines: readonly CleanLine[]): DocumentRange[] {
  if (lines.length === 0) return [];
  const markers: Array<{ line: number; n: number }> = [];
  for (const [i, l] of lines.entries()) {
    const n = collectionMarkerNumber(l.text);
    if (n > 0) markers.push({ line: i, n });
  }
  // Markers count up one by one (one may be missing); a marker out of that order is a line of text.
  const ordered: Array<{ line: number; n: number }> = [];
  for (const m of markers) {
    const last = ordered[ordered.length - 1];
    if (last ? m.n === last.n + 1 || m.n === last.n + 2 : m.n <= 2) ordered.push(m);
  }
  if (ordered.length >= 2) {
    const docs: DocumentRange[] = [];
    const firstMarker = ordered[0]?.line ?? 0;
    // Text before the first marker that the cleaner kept becomes a report of its own only when substantial.
    const preamble = lines.slice(0, firstMarker).reduce((s, l) => s + l.text.length, 0);
    if (preamble >= 300) docs.push({ first: 0, end: firstMarker, markerLine: -1 });
    for (const [k, m] of ordered.entries()) {
      const first = k === 0 && preamble < 300 ? 0 : m.line;
      docs.push({ first, end: ordered[k + 1]?.line ?? lines.length, markerLine: m.line });
    }
    return docs;
  }
  return splitAtTitles(lines);
}

function splitAtTitles(lines: readonly CleanLine[]): DocumentRange[] {
  const docs: DocumentRange[] = [];
  let first = 0;
  let size = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]?.text ?? "";
    if (size >= 300 && isReportTitle(t) && opensReport(lines, i)) {
      docs.push({ first, end: i, markerLine: -1 });
      first = i;
      size = 0;
    }
    size += t.length;
  }
  docs.push({ first, end: lines.length, markerLine: -1 });
  return docs;
}

/** 在…会议上: the line that says at which session a report was delivered. */
function deliveredAtMeeting(t: string): boolean {
  const at = t.indexOf("会议上");
  if (at < 0) return false;
  const zai = t.lastIndexOf("在", at);
  return zai >= 0 && at - zai >= 3 && at - zai <= 41;
}

function opensReport(lines: readonly CleanLine[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < lines.length; k++) {
    const t = lines[k]?.text ?? "";
    if (OPENING.test(t) || deliveredAtMeeting(t)) return true;
  }
  return false;
}
