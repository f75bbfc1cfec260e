/**
 * Where the report view's links point. The reader passes its public addresses; the editor's preview passes its
 * own (or the public ones), so the components never decide URLs themselves.
 */
export interface ReportLinks {
  indicator(code: string): string;
  township(id: string): string;
}

/** The anchor of a section: stable across versions because section ids are. */
export const sectionAnchor = (sectionId: string) => `s-${sectionId}`;

/** The anchor of a figure in the text: the indicator page links here, to the sentence it was read from. */
export const figureAnchor = (observationId: string) => `f-${observationId}`;
