// Sentence ends in Chinese and Latin text; a paragraph break is a token of its own.
const ENDS = new Set(["。", "！", "？", "；", "!", "?", ";", "…"]);
const CLOSERS = new Set(["”", "’", "」", "』", ")", "）", '"']);

/**
 * Cuts a text into sentences (each keeping its end mark and any closing quote) and paragraph breaks, so that
 * merging and comparing work on what people change: a sentence. Joining the pieces gives the text back.
 * @example splitSentences("一是。二是！\n三") // ["一是。", "二是！", "\n", "三"]
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "\n") {
      if (current) out.push(current);
      out.push("\n");
      current = "";
      continue;
    }
    current += ch;
    if (ENDS.has(ch)) {
      while (i + 1 < text.length && (ENDS.has(text[i + 1] as string) || CLOSERS.has(text[i + 1] as string))) {
        current += text[i + 1];
        i++;
      }
      out.push(current);
      current = "";
    }
  }
  if (current) out.push(current);
  return out;
}
