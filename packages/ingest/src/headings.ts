import type { NumberingStyle } from "@gongkai/domain";
import { hanCount, isHan, lastChar, SENTENCE_END } from "./chars";
import type { CleanLine } from "./clean";
import { isReportTitle } from "./documents";
import { type Marker, readMarker } from "./markers";

/** A heading found on a line: the line, where the heading ends in it, and where body text on the same line starts. */
export interface FoundHeading {
  line: number;
  /** End of the heading within the line (exclusive). */
  headingEnd: number;
  /** Start of body text on the same line, or the line's length when there is none. */
  bodyStart: number;
  style: NumberingStyle;
  n: number;
  /** As written, numbering kept. */
  heading: string;
  /** Without its marker. */
  title: string;
  /** An unnumbered line naming a part of the report (2023年工作回顾): it stands above numbered headings. */
  part?: boolean;
}

/** Longest heading kept as one; a numbered line longer than this up to its first full stop is a paragraph. */
const MAX_HEADING = 120;
/** Unnumbered subheading lines are short: 主导产业加快集聚, 一年来,我们全力抓转型、调结构,产业发展布局更加优化. */
const MAX_UNNUMBERED = 40;

const SALUTATION = /^(?:各位|同志们|尊敬的|亲爱的)/;
const MEETING_OR_PRESENTER =
  /会议上|会议文件|(?:镇|乡|县|区|市|旗)长\s?\S{0,4}$|^\(.*\)$|^\d{4}年\d{1,2}月\d{1,2}日/;

/**
 * Finds the headings among lines [first, end) of a report, in the heading styles of Chinese official documents:
 * numbered (一、 (一) 1. (1) ① 第一部分), dash headings (——), a numbered heading sharing its line with body text
 * (up to its first full stop, or a space standing for a lost line break), and unnumbered subheading lines (a
 * short line without final punctuation between paragraphs). 一是 … 二是 ordinals open paragraphs, not sections.
 */
export function findHeadings(lines: readonly CleanLine[], first: number, end: number): FoundHeading[] {
  const out: FoundHeading[] = [];
  const last = new Map<NumberingStyle, number>();
  for (let i = first; i < end; i++) {
    const text = lines[i]?.text ?? "";
    const marker = readMarker(text);
    if (marker) {
      const h = numberedHeading(text, i, marker, last.get(marker.style));
      if (h) {
        out.push(h);
        if (marker.style !== "dash") last.set(marker.style, marker.n);
      }
      continue;
    }
    if (isAppendixTitle(text) || isUnnumberedHeading(lines, i, first, end, out)) {
      out.push({
        line: i,
        headingEnd: text.length,
        bodyStart: text.length,
        style: "none",
        n: 0,
        heading: text,
        title: text,
        part: namesAPart(text) || isAppendixTitle(text),
      });
    }
  }
  return out;
}

function numberedHeading(
  text: string,
  line: number,
  marker: Marker,
  last: number | undefined,
): FoundHeading | null {
  if (marker.style === "cn_ordinal") return null;
  const rest = text.slice(marker.marker.length);
  if (rest.length < 2) return null;
  const c0 = rest.charCodeAt(0);
  if (
    !(
      isHan(c0) ||
      rest.startsWith("“") ||
      rest.startsWith('"') ||
      (c0 >= 48 && c0 <= 57) ||
      rest.startsWith("*")
    )
  )
    return null;
  if (marker.style === "dash") {
    if (/^\d/.test(rest) || rest.includes("会议上")) return null;
  } else {
    const n = marker.n;
    if (n < 1) return null;
    // In sequence: the next number, or one skipped; a report cut short may open on a later one.
    if (last === undefined ? n > 10 : n > last + 2) return null;
  }
  const { headingEnd, bodyStart } = splitRunIn(text, marker.marker.length);
  if (headingEnd - marker.marker.length > MAX_HEADING) return null;
  const heading = text.slice(0, headingEnd);
  return {
    line,
    headingEnd,
    bodyStart,
    style: marker.style,
    n: marker.n,
    heading,
    title: heading.slice(marker.marker.length),
  };
}

/** Where a heading that shares its line with body text ends: its first full stop, or a space between words. */
function splitRunIn(text: string, from: number): { headingEnd: number; bodyStart: number } {
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "。" || c === "!" || c === "?") {
      let j = i + 1;
      while (text.charAt(j) === " ") j++;
      return { headingEnd: i + 1, bodyStart: j };
    }
    if (c === " " && i > from + 3 && isHan(text.charCodeAt(i - 1)) && isHan(text.charCodeAt(i + 1))) {
      return { headingEnd: i, bodyStart: i + 1 };
    }
    if (c === ":" && i + 10 < text.length) {
      return { headingEnd: i + 1, bodyStart: i + 1 };
    }
  }
  return { headingEnd: text.length, bodyStart: text.length };
}

// A line that opens on a year or a five-year plan usually carries a figure or a date; it heads a part when the rest
// names one (2023年工作回顾, “十三五”时期经济社会发展, 2021年主要工作).
const PART_AFTER_TIME =
  /^(?:(?:19|20)\d{2}年(?:的)?|“十[一二三四五六七八九]五”时期)(?:[\u4e00-\u9fff]{0,8}?)(?:工作|回顾|总结|目标|任务|安排|打算|思路|发展)[\u4e00-\u9fff]{0,6}$/;

// A part titled as a motto and its subject: 站在新起点:2012年工作回顾, 塑造新形象:全面加强政府自身建设.
const TWO_PART_TITLE = /^[\u4e00-\u9fff“”]{3,10}:[\u4e00-\u9fff“”\d]{4,30}$/;

function isTwoPartTitle(text: string): boolean {
  return TWO_PART_TITLE.test(text);
}

// Notes appended to a report: ※名词解释※, 【名词解释】, 附件一:名词解释, 注释.
const APPENDIX_TITLE =
  /^[※【[*]{0,2}(?:附件[一二三四五六七八九十\d]{0,2}:?)?(?:名词解释|名词注释|注释|注解|附注)[※】\]*]{0,2}$/;

/** Whether a line titles the notes appended to a report: a part of its own, at the top level. */
export function isAppendixTitle(text: string): boolean {
  return APPENDIX_TITLE.test(text);
}

function namesAPart(text: string): boolean {
  return PART_AFTER_TIME.test(text) || isTwoPartTitle(text);
}

function isUnnumberedHeading(
  lines: readonly CleanLine[],
  i: number,
  first: number,
  end: number,
  found: readonly FoundHeading[],
): boolean {
  const text = lines[i]?.text ?? "";
  const han = hanCount(text);
  if (han < 4 || text.length > MAX_UNNUMBERED) return false;
  for (const c of text) if (SENTENCE_END.has(c)) return false;
  if (text.includes(":") && !isTwoPartTitle(text)) return false;
  const endChar = lastChar(text);
  if (endChar === "," || endChar === "、" || endChar === ")") return false;
  if (
    (/^[\d(“"《]/.test(text) && !namesAPart(text)) ||
    SALUTATION.test(text) ||
    MEETING_OR_PRESENTER.test(text)
  )
    return false;
  if (isReportTitle(text) || text.includes("*")) return false;
  if (i === first) return false;
  // Between paragraphs: the line before ends a sentence (or is a heading), the line after is a paragraph.
  const prev = lines[i - 1]?.text ?? "";
  const prevIsHeading = found.length > 0 && found[found.length - 1]?.line === i - 1;
  if (!prevIsHeading && !SENTENCE_END.has(lastChar(prev)) && lastChar(prev) !== ":") return false;
  if (i + 1 >= end) return false;
  const next = lines[i + 1]?.text ?? "";
  if (readMarker(next)?.style === "cn_dun") return false;
  return next.length > MAX_UNNUMBERED || SENTENCE_END.has(lastChar(next));
}
