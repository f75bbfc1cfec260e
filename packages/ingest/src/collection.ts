import { parseChineseNumeral } from "@gongkai/domain";

/*
 * Collections: aggregator pages put several reports in one file, each opened by a marker line such as
 * 乡镇政府工作报告篇一, 【篇二】, 第三篇 or 范文四. The file is split at those markers when there are at least two
 * of them in order.
 */

const NUMERAL = "一二三四五六七八九十";

function numeralValue(s: string): number {
  if (/^\d{1,3}$/.test(s)) return Number(s);
  const v = parseChineseNumeral(s);
  return v.ok ? Number(v.value) : 0;
}

function numeralEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < 3 && (NUMERAL.includes(s.charAt(j)) || /\d/.test(s.charAt(j)))) j++;
  return j;
}

/**
 * The number of a collection marker line, or 0 when the line is not one.
 * @example collectionMarkerNumber("乡镇政府工作报告篇三") // 3
 */
export function collectionMarkerNumber(line: string): number {
  if (line.length > 60 || line.length < 2 || (!line.includes("篇") && !line.includes("范文"))) return 0;
  const t = line.replace(/[【】[\]:：\s]/g, "");
  // …篇三 at the end of a title
  const pian = t.lastIndexOf("篇");
  if (pian >= 0) {
    const end = numeralEnd(t, pian + 1);
    if (end > pian + 1 && end === t.length) return numeralValue(t.slice(pian + 1, end));
    // 第三篇 at the end, or 篇三 opening a title: 【篇三】乡镇工作总结
    if (pian === t.length - 1 && t.charAt(pian - 1) !== "" && pian >= 2) {
      const start = t.lastIndexOf("第", pian);
      if (start >= 0 && numeralEnd(t, start + 1) === pian) return numeralValue(t.slice(start + 1, pian));
    }
    if (pian === 0 && end > 1 && line.trimStart().startsWith("【")) return numeralValue(t.slice(1, end));
  }
  // 范文三 / 精选范文3
  const fan = t.lastIndexOf("范文");
  if (fan >= 0) {
    const end = numeralEnd(t, fan + 2);
    if (end > fan + 2 && end === t.length) return numeralValue(t.slice(fan + 2, end));
  }
  return 0;
}

export function isCollectionMarker(line: string): boolean {
  return collectionMarkerNumber(line) > 0;
}
