/**
 * Finds whether a text contains any of a fixed set of phrases, in one pass over the text: phrases are grouped by
 * their first two characters, so each position costs a byte lookup and, rarely, a map lookup and a comparison.
 */
export class PhraseSet {
  private readonly byPair = new Map<number, string[]>();
  /** Which UTF-16 code units start a phrase: a byte lookup before the map. */
  private readonly starts = new Uint8Array(65536);
  /** One-character phrases (©). */
  private readonly singles = new Set<number>();

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      if (p.length === 1) {
        this.singles.add(p.charCodeAt(0));
        this.starts[p.charCodeAt(0)] = 1;
        continue;
      }
      const key = p.charCodeAt(0) * 65536 + p.charCodeAt(1);
      this.starts[p.charCodeAt(0)] = 1;
      const list = this.byPair.get(key) ?? [];
      list.push(p);
      list.sort((a, b) => b.length - a.length);
      this.byPair.set(key, list);
    }
  }

  /** The longest phrase that starts at `at`, or null. */
  at(text: string, at: number): string | null {
    const c = text.charCodeAt(at);
    if (this.starts[c] === 0) return null;
    const list = this.byPair.get(c * 65536 + text.charCodeAt(at + 1));
    if (list) for (const p of list) if (text.startsWith(p, at)) return p;
    return this.singles.has(c) ? text.charAt(at) : null;
  }

  /** The first phrase found in `text`, or null. */
  find(text: string): string | null {
    const starts = this.starts;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (starts[c] === 0) continue;
      if (this.singles.has(c)) return text.charAt(i);
      const list = this.byPair.get(c * 65536 + text.charCodeAt(i + 1));
      if (!list) continue;
      for (const p of list) if (text.startsWith(p, i)) return p;
    }
    return null;
  }
}
