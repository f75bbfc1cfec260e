import type { SnippetPart } from "@gongkai/domain";
/*
 * Chinese has no spaces between words, so the index holds every Han character (unigram) and every pair of
 * neighbouring Han characters (bigram); runs of Latin letters and digits are words. A query of one character
 * matches its unigram, a longer one all its bigrams. Vectors and queries are built here, in TypeScript, as
 * `tsvector`/`tsquery` literals, so both engines index exactly the same lexemes whatever their text parser.
 */

export type Weight = "A" | "B" | "C";

const HAN = /\p{Script=Han}/u;
const TOKEN_RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
/** Positions a lexeme keeps in a vector ranked by `ts_rank` (the head vector). */
export const RANKING_POSITIONS = 4;
/** PostgreSQL keeps positions up to 16383. */
const MAX_POSITION = 16_383;
const MAX_WORD_LENGTH = 64;

export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** The lexemes of a text in order: unigrams and bigrams of Han runs, and whole words otherwise. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(TOKEN_RUN)) {
    const run = m[0];
    if (HAN.test(run[0] ?? "")) {
      const chars = [...run];
      chars.forEach((c, i) => {
        out.push(c);
        const next = chars[i + 1];
        if (next) out.push(c + next);
      });
    } else {
      out.push(run.slice(0, MAX_WORD_LENGTH));
    }
  }
  return out;
}

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/**
 * A `tsvector` literal of weighted texts.
 * @example vectorLiteral([{ text: "望京镇", weight: "A" }]) // "'京':2A '京镇':2A '望':1A '望京':1A '镇':3A"
 */
export function vectorLiteral(
  parts: ReadonlyArray<{ text: string; weight: Weight }>,
  maxPositions = RANKING_POSITIONS,
): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const part of parts) {
    let lastChar = -1;
    for (const m of normalize(part.text).matchAll(TOKEN_RUN)) {
      const run = m[0];
      const han = HAN.test(run[0] ?? "");
      const items = han ? [...run] : [run.slice(0, MAX_WORD_LENGTH)];
      items.forEach((item, i) => {
        position = Math.min(position + 1, MAX_POSITION);
        const add = (lexeme: string) => {
          const list = positions.get(lexeme) ?? [];
          if (list.length < maxPositions) list.push(`${position}${part.weight}`);
          positions.set(lexeme, list);
        };
        add(item);
        const next = han ? items[i + 1] : undefined;
        if (next) add(item + next);
      });
      lastChar = position;
    }
    // A gap between parts keeps a bigram from spanning a title and a heading.
    if (lastChar >= 0) position = Math.min(position + 1, MAX_POSITION);
  }
  return [...positions]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([lexeme, list]) => `${quote(lexeme)}:${list.join(",")}`)
    .join(" ");
}

/**
 * The lexemes of a `tsvector` as PostgreSQL prints it without positions (`strip(vector)::text`): each quoted, a
 * quote or backslash inside doubled. Reading this one string is several times faster than `tsvector_to_array`.
 * @example lexemesOf("'it''s' 'a\\\\b' '镇'") // ["it's", "a\\b", "镇"]
 */
export function lexemesOf(printed: string): string[] {
  if (!printed) return [];
  // Our lexemes are runs of letters and digits: no quote, backslash or space, so splitting is enough (and native
  // splitting is far faster than a scan in JavaScript). The scan below is for any other vector.
  if (!printed.includes("\\") && !printed.includes("''")) return printed.slice(1, -1).split("' '");
  const out: string[] = [];
  let lexeme: string | null = null;
  for (let at = 0; at < printed.length; at++) {
    const c = printed[at];
    if (lexeme === null) {
      if (c === "'") lexeme = "";
    } else if (c === "'" && printed[at + 1] !== "'") {
      out.push(lexeme);
      lexeme = null;
    } else {
      // A doubled quote, or a backslash escaping the character after it.
      if (c === "'" || c === "\\") at++;
      lexeme += printed[at] ?? "";
    }
  }
  return out;
}

/** The terms of a query: each Han run becomes its bigrams (or its one character), each word itself. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const m of normalize(query).matchAll(TOKEN_RUN)) {
    const run = m[0];
    if (HAN.test(run[0] ?? "")) {
      const chars = [...run];
      if (chars.length === 1) terms.push(run);
      for (let i = 0; i + 1 < chars.length; i++) terms.push(`${chars[i]}${chars[i + 1]}`);
    } else {
      terms.push(run.slice(0, MAX_WORD_LENGTH));
    }
  }
  return [...new Set(terms)].slice(0, 64);
}

/**
 * A `tsquery` literal requiring every term, or null when the query has none (only punctuation); with `weights`,
 * only lexemes of those weights match (`"A"`: the title).
 */
export function queryLiteral(query: string, weights = ""): string | null {
  const terms = queryTerms(query);
  const suffix = weights ? `:${weights}` : "";
  return terms.length ? terms.map((t) => quote(t) + suffix).join(" & ") : null;
}

/** The phrases a reader typed, for highlighting: each Han run and word as written. */
export function queryPhrases(query: string): string[] {
  return [...new Set([...normalize(query).matchAll(TOKEN_RUN)].map((m) => m[0]))];
}

/** A piece of a snippet (the domain's shape); `hit` pieces are what matched and are shown highlighted. */
export type { SnippetPart } from "@gongkai/domain";

/**
 * A short passage around the first place the query's phrases occur, split into highlighted and plain parts
 * (so that no HTML is built here and the caller escapes as it renders).
 * @example snippet("全镇完成财政收入2630万元", "财政收入", 8) // [{text:"全镇完成",hit:false},{text:"财政收入",hit:true}, …]
 */
export function snippet(text: string, query: string, length = 120): SnippetPart[] {
  const phrases = queryPhrases(query).filter(Boolean);
  const haystack = normalize(text);
  // NFKC can change lengths (full-width digits stay one code unit, ligatures do not): map on the normalised text.
  const source = haystack.length === text.length ? text : haystack;
  let first = -1;
  for (const p of phrases) {
    const i = haystack.indexOf(p);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  if (first < 0) {
    // Matched through bigrams spread over the text: show where the first bigram stands.
    for (const t of queryTerms(query)) {
      const i = haystack.indexOf(t);
      if (i >= 0 && (first < 0 || i < first)) first = i;
    }
  }
  const start = Math.max(0, first < 0 ? 0 : first - Math.floor(length / 4));
  const end = Math.min(source.length, start + length);
  const window = source.slice(start, end);
  const lowered = haystack.slice(start, end);
  const marks = new Array<boolean>(window.length).fill(false);
  const needles = phrases.length ? phrases : queryTerms(query);
  for (const p of needles) {
    if (!p) continue;
    for (let i = lowered.indexOf(p); i >= 0; i = lowered.indexOf(p, i + 1)) {
      for (let j = i; j < i + p.length; j++) marks[j] = true;
    }
  }
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: "…", hit: false });
  let i = 0;
  while (i < window.length) {
    let j = i;
    while (j < window.length && marks[j] === marks[i]) j++;
    parts.push({ text: window.slice(i, j).replace(/\s+/g, " "), hit: marks[i] ?? false });
    i = j;
  }
  if (end < source.length) parts.push({ text: "…", hit: false });
  return parts;
}
