/*
 * Quoted spans: a number inside short quotes is a slogan or a name (“1336”, “两不愁三保障”, “16字”方针), and one
 * inside book-title marks names a document (《第十四个五年规划纲要》). Found in one pass; looked up by binary search.
 */

/** Longest quotation (in characters) still read as a slogan or a name. */
const MAX_SLOGAN = 20;
const MAX_TITLE = 60;

export class QuotedSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(text: string, from = 0, to = text.length) {
    let open = -1;
    let closer = "";
    let limit = 0;
    for (let i = from; i < to; i++) {
      const c = text.charAt(i);
      if (open >= 0) {
        if (c === closer) {
          this.starts.push(open);
          this.ends.push(i + 1);
          open = -1;
        } else if (c === "\n" || i - open > limit || c === "“" || c === "《") {
          open = -1;
        } else continue;
      }
      if (c === "“") {
        open = i;
        closer = "”";
        limit = MAX_SLOGAN;
      } else if (c === "《") {
        open = i;
        closer = "》";
        limit = MAX_TITLE;
      } else if (c === '"') {
        // A straight quote opens when it is followed by text and closes at the next one.
        open = i;
        closer = '"';
        limit = MAX_SLOGAN;
      }
    }
  }

  /** Whether [start, end) lies inside one quoted span. */
  contains(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.starts[mid] ?? 0;
      if (s < start) lo = mid + 1;
      else hi = mid - 1;
    }
    const k = lo - 1;
    return k >= 0 && (this.starts[k] ?? 0) < start && (this.ends[k] ?? 0) >= end;
  }
}
