import { clauseStart } from "./clauses";
import type { FoundQuantity } from "./quantities";

const LEADING =
  /^(?:其中|全年|全镇|全乡|全区|全县|我镇|我乡|我区|我县|今年以来|一年来|上半年|累计|共计|共|完成|实现|新建|建成|投资|先后|已经|已|,|、|\s)+/;
const TRAILING =
  /(?:达到|达|为|共计|共|累计|完成|实现|总计|合计|突破|稳定在|控制在|保持在|增至|达至|有|约|近|超过|超|逾|计|是|,|、|\s)+$/;
const GROWTH = /(?:同比|比上年|较上年)?(?:增长|下降|提高|增加|减少|降低|上升)$/;

/**
 * What a figure counts, in the report's words: the noun phrase before it in its clause (财政收入达7352万元 →
 * 财政收入), else the words after it (建设1个镇级新时代文明实践所 → 镇级新时代文明实践所). A growth rate takes the
 * subject of the figure it follows (工业总产值23亿元,同比增长4.65% → 工业总产值同比增长).
 */
export function subjectOf(
  text: string,
  q: FoundQuantity,
  previous: { q: FoundQuantity; subject: string } | undefined,
  floor: number,
): string {
  const start = Math.max(clauseStart(text, q.hedgeStart, floor, 30), previous ? previous.q.hedgeEnd : floor);
  let s = text.slice(start, q.hedgeStart).replace(LEADING, "").replace(TRAILING, "");
  if (GROWTH.test(s) && previous && s.length <= 8) return (previous.subject + s).slice(0, 40);
  if (s.length >= 2) return s.slice(-40);
  const after = text.slice(q.hedgeEnd, q.hedgeEnd + 24);
  const stop = after.search(/[,;。:!?、\n的(]/);
  s = (stop >= 0 ? after.slice(0, stop) : after).replace(LEADING, "");
  return s.slice(0, 40);
}
