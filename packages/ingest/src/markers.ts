import { type NumberingStyle, parseChineseNumeral } from "@gongkai/domain";

/** The numbering marker at the start of a line: 一、 (一) 1. (1) ① —— 一是. */
export interface Marker {
  style: NumberingStyle;
  /** Position in its sequence (三、 is 3); 0 for dashes. */
  n: number;
  /** The marker as written, with the space after it. */
  marker: string;
}

const CN_NUM = "一二三四五六七八九十";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

function cnAt(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < 3 && CN_NUM.includes(s.charAt(j))) j++;
  return j;
}

function digitsAt(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < 2 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  return j;
}

function skipSpace(s: string, i: number): number {
  let j = i;
  while (s.charCodeAt(j) === 32) j++;
  return j;
}

const DIGIT_VALUES = "〇一二三四五六七八九";

/** The value of a marker's numeral (一, 十二, 二十三): at most three characters, read without the general parser. */
function cnValue(s: string): number {
  if (s.length === 1) return s === "十" ? 10 : Math.max(0, DIGIT_VALUES.indexOf(s));
  const ten = s.indexOf("十");
  if (ten < 0 || s.length > 3) {
    const v = parseChineseNumeral(s);
    return v.ok ? Number(v.value) : 0;
  }
  const tens = ten === 0 ? 1 : DIGIT_VALUES.indexOf(s.charAt(0));
  const ones = ten === s.length - 1 ? 0 : DIGIT_VALUES.indexOf(s.charAt(ten + 1));
  return tens > 0 && ones >= 0 && ten <= 1 ? tens * 10 + ones : 0;
}

/**
 * Reads the numbering marker a heading line starts with, or null.
 * @example readMarker("(二)抓突出重点") // { style: "cn_paren", n: 2, marker: "(二)" }
 */
export function readMarker(line: string): Marker | null {
  const c0 = line.charAt(0);
  // 第一部分 / 第一章: the top level of long reports.
  if (c0 === "第") {
    const j = cnAt(line, 1);
    if (j > 1 && (line.startsWith("部分", j) || line.startsWith("章", j))) {
      const end = skipSpace(line, j + (line.startsWith("部分", j) ? 2 : 1));
      const e2 = line.charAt(end) === "、" || line.charAt(end) === ":" ? end + 1 : end;
      return { style: "cn_dun", n: cnValue(line.slice(1, j)), marker: line.slice(0, skipSpace(line, e2)) };
    }
    return null;
  }
  if (CN_NUM.includes(c0)) {
    const j = cnAt(line, 0);
    const sep = line.charAt(j);
    if (sep === "、" || (sep === "." && !isDigit(line.charCodeAt(j + 1)))) {
      return { style: "cn_dun", n: cnValue(line.slice(0, j)), marker: line.slice(0, skipSpace(line, j + 1)) };
    }
    if (sep === "是" && j <= 2) {
      let end = j + 1;
      if (line.charAt(end) === ":" || line.charAt(end) === ",") end++;
      return { style: "cn_ordinal", n: cnValue(line.slice(0, j)), marker: line.slice(0, end) };
    }
    return null;
  }
  if (c0 === "(") {
    const j = cnAt(line, 1);
    if (j > 1 && line.charAt(j) === ")") {
      let end = j + 1;
      if (line.charAt(end) === "、" || line.charAt(end) === ".") end++;
      return { style: "cn_paren", n: cnValue(line.slice(1, j)), marker: line.slice(0, skipSpace(line, end)) };
    }
    const k = digitsAt(line, 1);
    if (k > 1 && line.charAt(k) === ")") {
      let end = k + 1;
      if (line.charAt(end) === "、" || line.charAt(end) === ".") end++;
      return {
        style: "arabic_paren",
        n: Number(line.slice(1, k)),
        marker: line.slice(0, skipSpace(line, end)),
      };
    }
    return null;
  }
  if (isDigit(line.charCodeAt(0))) {
    const k = digitsAt(line, 0);
    const sep = line.charAt(k);
    if ((sep === "、" || sep === ".") && !isDigit(line.charCodeAt(k + 1))) {
      return {
        style: "arabic_dot",
        n: Number(line.slice(0, k)),
        marker: line.slice(0, skipSpace(line, k + 1)),
      };
    }
    if (sep === ")") {
      return {
        style: "arabic_paren",
        n: Number(line.slice(0, k)),
        marker: line.slice(0, skipSpace(line, k + 1)),
      };
    }
    return null;
  }
  const circled = CIRCLED.indexOf(c0);
  if (circled >= 0)
    return { style: "arabic_paren", n: circled + 1, marker: line.slice(0, skipSpace(line, 1)) };
  if (c0 === "—" || (c0 === "-" && line.charAt(1) === "-")) {
    let j = 0;
    while (line.charAt(j) === "—" || line.charAt(j) === "-") j++;
    if (j > 3) return null;
    return { style: "dash", n: 0, marker: line.slice(0, skipSpace(line, j)) };
  }
  return null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
