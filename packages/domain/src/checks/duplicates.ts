import type { Report } from "../report";
import type { Finding } from "./finding";

/** Paragraphs shorter than this repeat naturally (一是…, 二是…) and are not flagged. */
export const MIN_DUPLICATE_LENGTH = 20;

/** The same paragraph twice is usually a paste gone wrong: a warning at the second occurrence. */
export function checkDuplicateParagraphs(report: Report): Finding[] {
  const seen = new Map<string, string>();
  const found: Finding[] = [];
  for (const s of report.sections) {
    let offset = 0;
    for (const paragraph of s.text.split("\n")) {
      const key = paragraph.replace(/\s+/g, "");
      if (key.length >= MIN_DUPLICATE_LENGTH) {
        if (seen.has(key)) {
          found.push({
            code: "duplicate_paragraph",
            severity: "warning",
            message: { zh: "此段与前文重复", en: "This paragraph repeats an earlier one" },
            location: {
              field: "text",
              sectionId: s.id,
              observationId: null,
              start: offset,
              end: offset + paragraph.length,
            },
            excerpt: paragraph.slice(0, 200),
          });
        } else {
          seen.set(key, s.id);
        }
      }
      offset += paragraph.length + 1;
    }
  }
  return found;
}
