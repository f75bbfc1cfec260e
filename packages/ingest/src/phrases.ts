/**
 * Finds whether a text contains any of a fixed set of phrases, in one pass over the text: phrases are grouped by
 * their first character, so each position costs a table lookup and, rarely, a few comparisons.
 */
export class PhraseSet {
  private readonly byFirst = new Map<number, string[]>();
  /** Which UTF-16 code units start a phrase: a byte lookup before the map. */
  private readonly starts = new Uint8Array(65536);

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const c = p.charCodeAt(0);
      this.starts[c] = 1;
      const list = this.byFirst.get(c) ?? [];
      list.push(p);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(c, list);
    }
  }

  /** Whether a phrase starts at `at`: the longest one, or null. */
  at(text: string, at: number): string | null {
    const c = text.charCodeAt(at);
    if (this.starts[c] === 0) return null;
    const list = this.byFirst.get(c);
    if (!list) return null;
    for (const p of list) if (text.startsWith(p, at)) return p;
    return null;
  }

  /** The first phrase found in `text`, or null. */
  find(text: string): string | null {
    const starts = this.starts;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (starts[c] === 0) continue;
      const list = this.byFirst.get(c);
      if (!list) continue;
      for (const p of list) if (text.startsWith(p, i)) return p;
    }
    return null;
  }
}
