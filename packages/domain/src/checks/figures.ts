import Big from "big.js";
import { parseQuantity } from "../quantity";
import type { Report } from "../report";
import { toBaseUnit } from "../unit";
import type { Finding } from "./finding";

/**
 * The indicator table and the text must state the same figure: a figure read from the text and later changed in
 * the table (or the reverse) is an error; a figure whose clause is gone from the text is a warning.
 */
export function checkFiguresAgainstText(report: Report): Finding[] {
  const sections = new Map(report.sections.map((s) => [s.id, s]));
  const found: Finding[] = [];
  for (const o of report.observations) {
    const p = o.provenance;
    if (!p?.sectionId) continue;
    const section = sections.get(p.sectionId);
    const location = {
      field: "observation" as const,
      sectionId: p.sectionId,
      observationId: o.id,
      start: null,
      end: null,
    };
    const at = section ? section.text.indexOf(p.quote) : -1;
    if (!section || at < 0) {
      found.push({
        code: "figure_not_in_text",
        severity: "warning",
        message: {
          zh: `数据“${p.figure}”的出处已不在正文中`,
          en: `The sentence that stated ${p.figure} is no longer in the text`,
        },
        location,
        excerpt: p.quote.slice(0, 200),
      });
      continue;
    }
    const stated = parseQuantity(p.figure);
    if (!stated.ok) continue;
    const inText = toBaseUnit(stated.value.decimal, stated.value.unit);
    const inTable = toBaseUnit(o.decimal, o.unit);
    if (!inText.ok || !inTable.ok) continue;
    const same =
      inText.value.unit === inTable.value.unit && new Big(inText.value.value).eq(inTable.value.value);
    if (!same) {
      found.push({
        code: "text_table_mismatch",
        severity: "error",
        message: {
          zh: `正文写“${p.figure}”，指标表为“${o.decimal}${o.unit}”，两者不一致`,
          en: `The text says ${p.figure} but the indicator table says ${o.decimal} ${o.unit}`,
        },
        location: { ...location, field: "observation", start: at, end: at + p.quote.length },
        excerpt: p.quote.slice(0, 200),
      });
    }
  }
  return found;
}

/** A target without the period it is for cannot be checked later: an error. */
export function checkTargetPeriods(report: Report): Finding[] {
  return report.observations
    .filter((o) => o.kind === "target" && o.period === null)
    .map((o) => ({
      code: "target_without_period" as const,
      severity: "error" as const,
      message: {
        zh: `目标“${o.subject || o.decimal + o.unit}”未注明期限`,
        en: `The target “${o.subject || o.decimal}” has no period`,
      },
      location: {
        field: "observation" as const,
        sectionId: o.provenance?.sectionId ?? null,
        observationId: o.id,
        start: null,
        end: null,
      },
      excerpt: (o.subject || `${o.decimal}${o.unit}`).slice(0, 200),
    }));
}
