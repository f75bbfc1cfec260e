/*
 * Chinese punctuation stays in the text as the report writes it (，；：（）！？), but every rule of the pipeline
 * reads one form: a folded view of the same text, where full-width punctuation and symbols stand as their ASCII
 * counterparts. Folding replaces one code unit by one, so a position in the view is the same position in the text:
 * rules find spans in the view, and what the result shows is cut from the text as written.
 */

const FULL_WIDTH = /[\uff01-\uff5e]/;
const decoder = new TextDecoder("utf-16le");

/**
 * The text with full-width punctuation and symbols folded to ASCII, one code unit for one.
 * @example foldPunctuation("各位代表：（一）") // "各位代表:(一)"
 */
export function foldPunctuation(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  const units = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    units[i] = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
  }
  return decoder.decode(units);
}
