import { diffArrays, diffChars } from "diff";
import { splitSentences } from "../merge/sentences";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/**
 * What changed between two texts, for people to read: sentence by sentence, and within a sentence that was
 * rewritten, character by character (Chinese has no spaces between words, so characters are its words here).
 * @example textDiff("收入2630万元。", "收入2631万元。") // same 收入263, removed 0, added 1, same 万元。
 */
export function textDiff(before: string, after: string): DiffPart[] {
  const out: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last?.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  const changes = diffArrays(splitSentences(before), splitSentences(after));
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    if (!c) continue;
    const next = changes[i + 1];
    if (c.removed && next?.added) {
      // A rewritten passage: show the characters that changed within it.
      for (const d of diffChars(c.value.join(""), next.value.join(""))) {
        push(d.added ? "added" : d.removed ? "removed" : "same", d.value);
      }
      i++;
    } else push(c.added ? "added" : c.removed ? "removed" : "same", c.value.join(""));
  }
  return out;
}

/** A report's text as one document: each section's heading and text. */
export function fullText(
  sections: ReadonlyArray<{ heading: string; text: string }>,
  headings: readonly string[],
): string {
  return sections.map((s, i) => [headings[i] ?? s.heading, s.text].filter(Boolean).join("\n")).join("\n\n");
}
