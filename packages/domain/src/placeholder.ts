/** A redaction placeholder left in a text: xx镇, ***, 20xx, □. */
export interface PlaceholderMatch {
  text: string;
  start: number;
  end: number;
}

// xx/XX/×× runs (not inside a Latin word), runs of * or ＊, □ boxes, ○○ and 某某.
const PLACEHOLDER = /(?<![A-Za-z])(?:(?:19|20)?[xX×ｘＸ]{2,}(?![A-Za-z])|[*＊]{2,}|□+|○{2,}|某某)/g;
// What a placeholder stands for, when the word after it says: xx镇, ***村, 20xx年, ***亿元.
const SUFFIX = /^\s?(?:乡\(镇\)|乡（镇）|街道|社区|周年|[省市县区镇乡村街路年亿元项户人])/;

/**
 * Finds the redaction placeholders in a text, with the word they stand in for when it follows.
 * @example findPlaceholders("xx镇20xx年") // [{ text: "xx镇", … }, { text: "20xx年", … }]
 */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const out: PlaceholderMatch[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const start = m.index;
    const end = start + m[0].length;
    // 第***届: the ordinal frame belongs to the placeholder.
    if (start > 0 && text[start - 1] === "第" && text[end] === "届") {
      out.push({ text: text.slice(start - 1, end + 1), start: start - 1, end: end + 1 });
      continue;
    }
    const suffix = SUFFIX.exec(text.slice(end, end + 6));
    const stop = end + (suffix ? suffix[0].length : 0);
    out.push({ text: text.slice(start, stop), start, end: stop });
  }
  return out;
}
