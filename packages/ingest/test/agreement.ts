import { readFileSync } from "node:fs";
import type { SpecImportResult } from "@gongkai/domain";

/*
 * What the contract's scorer leaves out: the gold files also label each indicator's period and kind and each
 * heading's role. Indicators and headings are paired the way the scorer pairs them (indicators on code and value
 * in the base unit, headings on text without numbering, in order, each used once); among the pairs, this counts
 * how often the period, the kind and the role agree.
 */

interface GoldIndicator {
  code: string;
  value: number;
  unit: string;
  period: string | null;
  kind: string;
  yoyPct?: number | null;
  text: string;
}
interface GoldHeading {
  level: number;
  heading: string;
  role: string | null;
}
interface GoldDocument {
  title: string;
  kind: string;
  township: string | null;
  year: number | null;
  headings: GoldHeading[];
  indicators: GoldIndicator[];
}
export interface GoldFile {
  source: string;
  documents: GoldDocument[];
}

export function readGold(path: string): GoldFile {
  return JSON.parse(readFileSync(path, "utf8")) as GoldFile;
}

// The scorer's units: magnitude prefixes, and units that convert to one base.
const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ["千万", 1e7],
  ["百万", 1e6],
  ["亿", 1e8],
  ["万", 1e4],
  ["千", 1e3],
];
const UNIT_ALIASES: Readonly<Record<string, readonly [string, number]>> = {
  公里: ["米", 1000],
  km: ["米", 1000],
  平方公里: ["平方米", 1e6],
  公顷: ["平方米", 1e4],
  亩: ["平方米", 10000 / 15],
  平方: ["平方米", 1],
  "㎡": ["平方米", 1],
  "m²": ["平方米", 1],
  m2: ["平方米", 1],
  斤: ["克", 500],
  公斤: ["克", 1000],
  吨: ["克", 1e6],
};

function toBase(value: number, unit: string): { v: number; u: string } {
  let u = unit.replace(/\s+/g, "");
  let v = value;
  for (const [prefix, factor] of MAGNITUDES) {
    if (u.startsWith(prefix)) {
      u = u.slice(prefix.length);
      v *= factor;
      break;
    }
  }
  const alias = UNIT_ALIASES[u];
  if (alias) {
    v *= alias[1];
    u = alias[0];
  }
  return { v, u: u === "％" ? "%" : u };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-4 * Math.max(Math.abs(a), Math.abs(b), 1e-9);

const squash = (s: string) => s.replace(/\s+/g, "");
function stripHeading(h: string): string {
  return squash(h)
    .replace(/^(——|—+|-+)/, "")
    .replace(/^[一二三四五六七八九十百]+[、.．]/, "")
    .replace(/^[(（][一二三四五六七八九十\d]+[)）][、.．]?/, "")
    .replace(/^\d+[、.．]/, "")
    .replace(/[。;；:：,，!！.、]+$/, "");
}
function sameHeading(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return l.includes(s) && s.length >= 0.7 * l.length;
}

/** Pairs each gold item with the first unused found item that is the same, as the scorer does. */
function pair<G, F>(gold: readonly G[], found: readonly F[], same: (g: G, f: F) => boolean): Array<[G, F]> {
  const used = new Array<boolean>(found.length).fill(false);
  const pairs: Array<[G, F]> = [];
  for (const g of gold) {
    const i = found.findIndex((f, k) => !used[k] && same(g, f));
    const f = found[i];
    if (i >= 0 && f !== undefined) {
      used[i] = true;
      pairs.push([g, f]);
    }
  }
  return pairs;
}

export interface Agreement {
  agree: number;
  total: number;
  /** The pairs that disagree, as "gold → found: text". */
  misses: string[];
}
export interface Agreements {
  period: Agreement;
  kind: Agreement;
  role: Agreement;
}

const share = (a: Agreement) => (a.total ? a.agree / a.total : 1);
export const agreementShare = share;

/**
 * Agreement of periods, kinds (over matched indicators) and roles (over matched headings) between a result and
 * a gold file. Documents are paired in order, as the gold lists them.
 */
export function agreements(result: SpecImportResult, gold: GoldFile): Agreements {
  const out: Agreements = {
    period: { agree: 0, total: 0, misses: [] },
    kind: { agree: 0, total: 0, misses: [] },
    role: { agree: 0, total: 0, misses: [] },
  };
  const count = (a: Agreement, ok: boolean, miss: string) => {
    a.total++;
    if (ok) a.agree++;
    else a.misses.push(miss);
  };
  for (const [d, g] of gold.documents.entries()) {
    const doc = result.documents[d];
    if (!doc) continue;
    const indicators = pair(g.indicators, doc.indicators, (gi, fi) => {
      if (gi.code !== fi.code) return false;
      const a = toBase(gi.value, gi.unit);
      const b = toBase(fi.value, fi.unit);
      return a.u === b.u && close(a.v, b.v);
    });
    for (const [gi, fi] of indicators) {
      const where = `${d}: ${gi.text.replace(/\s+/g, "").slice(0, 40)}`;
      count(out.period, gi.period === fi.period, `${gi.period} → ${fi.period}: ${where}`);
      count(out.kind, gi.kind === fi.kind, `${gi.kind} → ${fi.kind}: ${where}`);
    }
    const found = doc.sections.filter((s) => s.heading !== "");
    const headings = pair(g.headings, found, (gh, fs) =>
      sameHeading(stripHeading(gh.heading), stripHeading(fs.heading)),
    );
    for (const [gh, fs] of headings)
      count(out.role, gh.role === fs.role, `${gh.role} → ${fs.role}: ${d}: ${gh.heading.slice(0, 30)}`);
  }
  return out;
}
