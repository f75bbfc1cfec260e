/**
 * Where a finding's words stand in the text as it is now: at the place the check saw them if they are still there,
 * else the nearest place they occur (the text may have moved since), else the place as given, clamped.
 * @example findExcerpt("甲xx镇乙", 1, 4, "xx镇") // { start: 1, end: 4 }
 */
export function findExcerpt(
  text: string,
  start: number,
  end: number,
  excerpt?: string,
): { start: number; end: number } {
  if (!excerpt || text.slice(start, end) === excerpt) {
    return { start: Math.min(start, text.length), end: Math.min(end, text.length) };
  }
  let best = -1;
  for (let at = text.indexOf(excerpt); at >= 0; at = text.indexOf(excerpt, at + 1)) {
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  if (best >= 0) return { start: best, end: best + excerpt.length };
  return { start: Math.min(start, text.length), end: Math.min(end, text.length) };
}
