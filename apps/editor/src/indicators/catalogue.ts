import { INDICATOR_CATALOGUE, type IndicatorDefinition } from "@gongkai/domain";

/**
 * Finds indicators of the catalogue by what an editor types: a Chinese name or any alias reports use (财政总收入),
 * the English name or the code. Exact matches first, then names starting with the query, then the rest.
 * @example searchCatalogue("财政总收入")[0]?.code // "fiscal_revenue"
 */
export function searchCatalogue(
  query: string,
  catalogue: readonly IndicatorDefinition[] = INDICATOR_CATALOGUE,
  limit = 12,
): IndicatorDefinition[] {
  const q = query.trim().toLowerCase();
  if (!q) return catalogue.slice(0, limit);
  const scored: Array<{ d: IndicatorDefinition; score: number; at: number }> = [];
  catalogue.forEach((d, at) => {
    const names = [d.name, ...d.aliases].map((n) => n.toLowerCase());
    const other = [d.code, d.nameEn.toLowerCase()];
    let score = 0;
    if (names.includes(q) || d.code === q) score = 4;
    else if (names.some((n) => n.startsWith(q))) score = 3;
    else if (names.some((n) => n.includes(q))) score = 2;
    else if (other.some((n) => n.includes(q))) score = 1;
    if (score) scored.push({ d, score, at });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .slice(0, limit)
    .map((s) => s.d);
}
