/** The reader's two languages: Simplified Chinese at `/…`, English at `/en/…`. */
export type Lang = "zh" | "en";

export const LANGS: readonly Lang[] = ["zh", "en"];

/** The `lang` attribute (BCP 47) and the `hreflang` of each language. */
export const HTML_LANG: Record<Lang, string> = { zh: "zh-CN", en: "en" };

/** Picks the text of a label the domain gives in both languages. */
export const pick = (label: { zh: string; en: string }, lang: Lang): string => label[lang];
