import {
  canonicalDecimal,
  findIndicator,
  GROWTH_UNIT,
  type ImportedDocument,
  type ImportedSection,
  MAX_HEADING_LENGTH,
  MAX_SECTION_LEVEL,
  MAX_SECTION_TEXT_LENGTH,
  MAX_SUBJECT_LENGTH,
  type Observation,
  type Section,
} from "@gongkai/domain";

/*
 * Turns an imported report into the sections and observations of a draft the editor opens.
 *
 * Decision: only the figures recognised as indicators become observations (linked, with provenance into their
 * section's text, unconfirmed until an editor confirms them). The other quantities stay in the import result,
 * where the editor shows them highlighted in the text and can promote one; observations are what is published as
 * open data and charted across townships, and hundreds of unlinked figures per report would bury the few an
 * editor has to check. Targets stated only as growth (地区生产总值增长6%左右) become target observations of measure
 * `growth` after the indicators' (so the indicators' indices stay those of the import), also unconfirmed.
 */

interface Chunk {
  sectionId: string;
  /** Start of this chunk in the cleaned text. */
  start: number;
  end: number;
}

const MAX_QUOTE = 2000;
const MAX_FIGURE = 80;
const MAX_UNIT = 20;
const MAX_BASE = 80;

/** The draft sections and observations of an imported report; ids come from `newId`. */
export function draftFromImport(
  doc: ImportedDocument,
  ids: { newId: () => string },
): { sections: Section[]; observations: Observation[] } {
  const sections: Section[] = [];
  const chunksBySection: Chunk[][] = [];
  let previousLevel = 0;
  for (const s of doc.sections) {
    const level = Math.min(s.level, previousLevel + 1, MAX_SECTION_LEVEL);
    previousLevel = level;
    const chunks: Chunk[] = [];
    for (const [k, part] of splitText(s).entries()) {
      const id = ids.newId();
      sections.push({
        id,
        level,
        heading: k === 0 ? s.title.slice(0, MAX_HEADING_LENGTH) : "",
        numbering: k === 0 ? s.numbering : "none",
        role: s.role,
        topics: k === 0 ? s.topics : [],
        text: part.text,
      });
      chunks.push({ sectionId: id, start: part.start, end: part.end });
    }
    chunksBySection.push(chunks);
  }

  const provenanceOf = (i: {
    sectionIndex: number;
    clauseSpan: { start: number; end: number };
    text: string;
    figure: string;
  }): Observation["provenance"] => {
    const chunks = chunksBySection[i.sectionIndex] ?? [];
    const chunk = chunks.find((c) => i.clauseSpan.start >= c.start && i.clauseSpan.end <= c.end);
    return chunk
      ? {
          sectionId: chunk.sectionId,
          start: i.clauseSpan.start - chunk.start,
          end: i.clauseSpan.end - chunk.start,
          quote: i.text.slice(0, MAX_QUOTE),
          figure: i.figure.slice(0, MAX_FIGURE),
        }
      : null;
  };

  const observations: Observation[] = doc.indicators.map((i) => {
    const quantity = doc.quantities[i.quantityIndex];
    const share =
      i.shareOfTargetPct !== null && i.shareOfTargetPct >= 0 && i.shareOfTargetPct <= 10000
        ? i.shareOfTargetPct
        : null;
    return {
      id: ids.newId(),
      indicatorCode: i.code,
      subject: (quantity?.subject || i.figure).slice(0, MAX_SUBJECT_LENGTH),
      decimal: i.decimal,
      unit: i.unit.slice(0, MAX_UNIT),
      qualifier: i.qualifier,
      period: i.period,
      kind: i.kind,
      measure: "level",
      comparisons: {
        yoyPct: i.yoyPct,
        multiple:
          i.multiple !== null ? { value: i.multiple, base: (i.multipleBase ?? "").slice(0, MAX_BASE) } : null,
        shareOfTargetPct: share,
      },
      provenance: provenanceOf(i),
      // A forecast (预计) is a preliminary figure, to be replaced by the final one.
      preliminary: i.kind === "forecast",
      revisions: [],
      confirmed: false,
    };
  });
  for (const g of doc.growthTargets ?? []) {
    const quantity = doc.quantities[g.quantityIndex];
    observations.push({
      id: ids.newId(),
      indicatorCode: g.code,
      subject: (findIndicator(g.code)?.name ?? (quantity?.subject || g.figure)).slice(0, MAX_SUBJECT_LENGTH),
      decimal: canonicalDecimal(g.growthPct),
      unit: GROWTH_UNIT,
      qualifier: g.qualifier,
      period: g.period,
      kind: "target",
      measure: "growth",
      comparisons: { yoyPct: null, multiple: null, shareOfTargetPct: null },
      provenance: provenanceOf(g),
      preliminary: false,
      revisions: [],
      confirmed: false,
    });
  }
  return { sections, observations };
}

/** A section's text in pieces no longer than a section may hold, cut at paragraph ends where possible. */
function splitText(s: ImportedSection): Array<{ text: string; start: number; end: number }> {
  const { text } = s;
  const base = s.textSpan.start;
  if (text.length <= MAX_SECTION_TEXT_LENGTH) return [{ text, start: base, end: base + text.length }];
  const parts: Array<{ text: string; start: number; end: number }> = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + MAX_SECTION_TEXT_LENGTH);
    if (to < text.length) {
      const br = text.lastIndexOf("\n", to);
      if (br > from) to = br;
    }
    parts.push({ text: text.slice(from, to), start: base + from, end: base + to });
    from = to < text.length && text.charAt(to) === "\n" ? to + 1 : to;
  }
  return parts;
}
