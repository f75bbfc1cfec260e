import type { RemovalReason } from "@gongkai/domain";

/** Something taken out of the text, with its position in the text that remains (relative to the holder). */
export interface PendingRemoval {
  text: string;
  reason: RemovalReason;
  at: number;
}

export interface NormalizedText {
  text: string;
  removed: PendingRemoval[];
}

const QUESTION = 63;
const FULL_QUESTION = 0xff1f;

/**
 * Character-level repairs, in one linear pass: line breaks of every kind (including the literal two-character
 * `\r\n` that spreadsheet exports leave), runs of `????` where characters were lost, full-width letters, digits,
 * `％` and `．` made ASCII (they are figures, not punctuation), odd spaces, zero-width and control characters.
 * Chinese punctuation (，；：（）！？) stays as written: readers see the report's own text, and the rules read
 * a folded view of it (`fold.ts`). Runs of question marks and U+FFFD replacement characters are reported as
 * encoding debris.
 */
export function normalizeCharacters(raw: string): NormalizedText {
  const literalBreaks = hasLiteralBreaks(raw);
  const out: string[] = [];
  const removed: PendingRemoval[] = [];
  let length = 0; // length of the output so far
  let runStart = 0; // start of the current run of characters copied unchanged
  const flush = (end: number) => {
    if (end > runStart) {
      out.push(raw.slice(runStart, end));
      length += end - runStart;
    }
  };
  const emit = (s: string) => {
    out.push(s);
    length += s.length;
  };
  let i = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if (c === 13) {
      flush(i);
      emit("\n");
      i += raw.charCodeAt(i + 1) === 10 ? 2 : 1;
      runStart = i;
      continue;
    }
    if (c === 92 && literalBreaks) {
      // \r\n, \n, \r written out as text
      const n1 = raw.charCodeAt(i + 1);
      if (n1 === 114 || n1 === 110) {
        flush(i);
        let j = i + 2;
        if (n1 === 114 && raw.charCodeAt(j) === 92 && raw.charCodeAt(j + 1) === 110) j += 2;
        emit("\n");
        i = j;
        runStart = i;
        continue;
      }
    }
    if (c === QUESTION || c === FULL_QUESTION) {
      let j = i + 1;
      while (j < raw.length && (raw.charCodeAt(j) === QUESTION || raw.charCodeAt(j) === FULL_QUESTION)) j++;
      if (j - i >= 2) {
        flush(i);
        removed.push({ text: raw.slice(i, j), reason: "encoding_debris", at: length });
        // Four or more stood for a lost line break; two or three for lost spacing.
        emit(j - i >= 4 ? "\n" : " ");
        i = j;
        runStart = i;
        continue;
      }
      i++;
      continue;
    }
    if (c === 38) {
      // An HTML entity a web copy left as text (&nbsp;, &amp;, &#12288;): its character; reported as debris.
      const entity = HTML_ENTITY.exec(raw.slice(i, i + 10));
      const value = entity ? entityValue(entity[1] ?? "") : null;
      if (entity && value !== null) {
        flush(i);
        removed.push({ text: entity[0], reason: "encoding_debris", at: length });
        emit(value);
        i += entity[0].length;
        runStart = i;
        continue;
      }
    }
    if (isFullWidthFigure(c)) {
      flush(i);
      emit(String.fromCharCode(c - 0xfee0));
      i++;
      runStart = i;
      continue;
    }
    if (c === 0x3000 || c === 0xa0 || c === 9 || c === 0x2002 || c === 0x2003 || c === 0x2009) {
      flush(i);
      emit(" ");
      i++;
      runStart = i;
      continue;
    }
    if (c === 0xfffd || c === 96 || (c >= 0xe000 && c <= 0xf8ff)) {
      // Replacement characters, stray backticks and private-use glyphs are debris of copying and encoding.
      flush(i);
      removed.push({ text: raw.charAt(i), reason: "encoding_debris", at: length });
      i++;
      runStart = i;
      continue;
    }
    if ((c < 32 && c !== 10) || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x7f) {
      flush(i);
      i++;
      runStart = i;
      continue;
    }
    i++;
  }
  flush(raw.length);
  return { text: out.join(""), removed };
}

const HTML_ENTITY =
  /^&(nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|apos|ldquo|rdquo|mdash|hellip|#\d{2,6}|#x[0-9a-fA-F]{2,5});/;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  mdash: "—",
  hellip: "…",
};

/** The text an entity stands for; white space as a plain space, since the lines stage trims and joins it. */
function entityValue(name: string): string | null {
  if (!name.startsWith("#")) return NAMED_ENTITIES[name] ?? null;
  const code = name.startsWith("#x") ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
  if (!Number.isFinite(code) || code < 32 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return null;
  const ch = String.fromCodePoint(code);
  return ch.trim() === "" ? " " : ch;
}

/** Full-width digits, letters, ％ and ．: parts of figures and names, made ASCII so that they read as such. */
function isFullWidthFigure(c: number): boolean {
  return (
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
    c === 0xff05 ||
    c === 0xff0e
  );
}

function hasLiteralBreaks(raw: string): boolean {
  if (raw.includes("\\r\\n")) return true;
  let count = 0;
  let from = 0;
  for (;;) {
    const at = raw.indexOf("\\n", from);
    if (at < 0) return false;
    if (++count >= 3) return true;
    from = at + 2;
  }
}
