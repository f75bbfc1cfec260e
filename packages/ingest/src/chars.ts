// Character classes the pipeline asks about, as plain code-unit tests: they run once per character of the input,
// so they stay branch-only and allocation-free.

/** CJK ideographs (the BMP blocks reports use) and the ideographic zero 〇. */
export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    c === 0x3007 ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiAlnum(c: number): boolean {
  return isAsciiDigit(c) || isLatinLetter(c);
}

/** CJK punctuation and symbols that sit in Chinese text: 。、“”《》… and full-width ，；：（） */
export function isCjkPunct(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2026 ||
    c === 0x2014 ||
    c === 0x00b7 ||
    (c >= 0xfe30 && c <= 0xfe4f)
  );
}

/** Han characters and CJK punctuation: the "wide" side of a space that PDF extraction inserts. */
export function isWide(c: number): boolean {
  return isHan(c) || isCjkPunct(c);
}

/** Display width in half-width cells, the way a PDF line is laid out: Han and full-width punctuation take two. */
export function displayWidth(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // Commas and colons were full-width in the original layout before normalisation made them ASCII.
    w += isWide(c) || c === 44 || c === 58 || c === 59 || c === 40 || c === 41 ? 2 : 1;
  }
  return w;
}

/** Punctuation that ends a sentence. */
export const SENTENCE_END = new Set(["。", "!", "?", ";", "…"]);
/** Punctuation that ends a clause inside a sentence. */
export const CLAUSE_END = new Set(["。", "!", "?", ";", ",", "、", ":", "…"]);
/** Punctuation a line may end with when it is a complete paragraph or a label. */
export const LINE_END_PUNCT = new Set(["。", "!", "?", ";", ":", "…", ",", "、", "”", ")", "」", "》"]);

export function lastChar(s: string): string {
  return s.length ? s.charAt(s.length - 1) : "";
}

/** Number of Han characters in a string. */
export function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isHan(s.charCodeAt(i))) n++;
  return n;
}
