import { clauseStart } from "./clauses";
import type { FoundQuantity } from "./quantities";

// Scope and link words around a figure that are not part of what it counts.
const LEADING = [
  "今年以来",
  "一年来",
  "上半年",
  "其中",
  "全年",
  "全镇",
  "全乡",
  "全区",
  "全县",
  "我镇",
  "我乡",
  "我区",
  "我县",
  "累计",
  "共计",
  "完成",
  "实现",
  "新建",
  "建成",
  "先后",
  "已经",
  "共",
  "已",
  ",",
  "、",
  " ",
];
const TRAILING = [
  "稳定在",
  "控制在",
  "保持在",
  "达到",
  "共计",
  "累计",
  "完成",
  "实现",
  "总计",
  "合计",
  "突破",
  "增至",
  "达至",
  "超过",
  "达",
  "为",
  "共",
  "有",
  "约",
  "近",
  "超",
  "逾",
  "计",
  "是",
  ",",
  "、",
  " ",
];

function stripLeading(s: string): string {
  let t = s;
  for (let again = true; again && t.length > 0; ) {
    again = false;
    for (const w of LEADING) {
      if (t.startsWith(w)) {
        t = t.slice(w.length);
        again = true;
        break;
      }
    }
  }
  return t;
}

function stripTrailing(s: string): string {
  let t = s;
  for (let again = true; again && t.length > 0; ) {
    again = false;
    for (const w of TRAILING) {
      if (t.endsWith(w)) {
        t = t.slice(0, -w.length);
        again = true;
        break;
      }
    }
  }
  return t;
}

const GROWTH = /^(?:同比|比上年|较上年|比去年|较去年)?(?:增长|下降|提高|增加|减少|降低|上升|增幅|降幅)$/;

/**
 * What a figure counts, in the report's words: the noun phrase before it in its clause (财政收入达7352万元 →
 * 财政收入), else the words after it (建设1个镇级新时代文明实践所 → 镇级新时代文明实践所). A growth rate takes the
 * subject of the figure it follows (工业总产值23亿元,同比增长4.65% → 工业总产值同比增长).
 */
export function subjectOf(
  text: string,
  shown: string,
  q: FoundQuantity,
  previous: { q: FoundQuantity; subject: string } | undefined,
  floor: number,
): string {
  // Words are found in the folded `text` and cut from `shown`, the text as written, at the same positions.
  const start = Math.max(clauseStart(text, q.hedgeStart, floor, 30), previous ? previous.q.hedgeEnd : floor);
  const before = text.slice(start, q.hedgeStart);
  const lead = before.length - stripLeading(before).length;
  const s = stripTrailing(before.slice(lead));
  const words = shown.slice(start + lead, start + lead + s.length);
  if (GROWTH.test(s) && previous) return (previous.subject + words).slice(0, 40);
  if (s.length >= 2) return words.slice(-40);
  const after = text.slice(q.hedgeEnd, q.hedgeEnd + 24);
  const stop = after.search(/[,;。:!?、\n的(]/);
  const tail = stop >= 0 ? after.slice(0, stop) : after;
  const skip = tail.length - stripLeading(tail).length;
  return shown.slice(q.hedgeEnd + skip, q.hedgeEnd + tail.length).slice(0, 40);
}
