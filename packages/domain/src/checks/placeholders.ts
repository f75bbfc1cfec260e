import { findPlaceholders } from "../placeholder";
import type { Report } from "../report";
import type { Finding } from "./finding";

/** Placeholders (xx, ***, 20xx, □) left in the title, a heading or a text: publishing them is an error. */
export function checkPlaceholders(report: Report): Finding[] {
  const found: Finding[] = [];
  const make = (field: "title" | "heading" | "text", sectionId: string | null, text: string): void => {
    for (const p of findPlaceholders(text)) {
      found.push({
        code: "placeholder",
        severity: "error",
        message: {
          zh: `文中留有占位符“${p.text}”，请填写实际内容`,
          en: `Placeholder “${p.text}” left in the text`,
        },
        location: { field, sectionId, observationId: null, start: p.start, end: p.end },
        excerpt: p.text,
      });
    }
  };
  make("title", null, report.title);
  for (const s of report.sections) {
    make("heading", s.id, s.heading);
    make("text", s.id, s.text);
  }
  return found;
}
