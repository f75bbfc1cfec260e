/** Where the clause holding position `at` starts: after the last clause punctuation or line break before it. */
export function clauseStart(text: string, at: number, floor: number, maxBack = 60): number {
  const limit = Math.max(floor, at - maxBack);
  for (let i = at - 1; i >= limit; i--) {
    const c = text.charAt(i);
    if (
      c === "," ||
      c === ";" ||
      c === "。" ||
      c === ":" ||
      c === "!" ||
      c === "?" ||
      c === "\n" ||
      c === "(" ||
      c === ")"
    )
      return i + 1;
    // A space between two Chinese words stands for a lost line break.
    if (c === " " && i > 0 && text.charCodeAt(i - 1) > 0x2e80 && text.charCodeAt(i + 1) > 0x2e80)
      return i + 1;
  }
  return limit;
}

/**
 * Where the sentence holding position `at` starts: after the last full stop or line break before it. Semicolons
 * do not end it: 截止10月底,实现工业总产值23亿元…;工业增加值1.2亿元 shares its time phrase across them.
 */
export function sentenceStart(text: string, at: number, floor: number, maxBack = 200): number {
  const limit = Math.max(floor, at - maxBack);
  for (let i = at - 1; i >= limit; i--) {
    const c = text.charAt(i);
    if (c === "。" || c === "!" || c === "?" || c === "\n") return i + 1;
  }
  return limit;
}

/** Where the sentence holding position `at` ends (exclusive, before its full stop). */
export function sentenceEnd(text: string, at: number, ceiling: number, maxAhead = 200): number {
  const limit = Math.min(ceiling, at + maxAhead);
  for (let i = at; i < limit; i++) {
    const c = text.charAt(i);
    if (c === "。" || c === "!" || c === "?" || c === "\n") return i;
  }
  return limit;
}
