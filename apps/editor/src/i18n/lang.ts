export type Lang = "zh" | "en";

/** A label of the domain's `{ zh, en }` records in a language. */
export const pick = (label: { zh: string; en: string }, lang: Lang): string => label[lang];

/** The `lang` attribute of the page for an interface language. */
export const HTML_LANG: Record<Lang, string> = { zh: "zh-CN", en: "en" };
