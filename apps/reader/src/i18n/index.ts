import type { Lang } from "./lang";
import { MESSAGES, type MessageKey } from "./messages";

export { HTML_LANG, LANGS, type Lang, pick } from "./lang";
export { MESSAGES, type MessageKey } from "./messages";

/**
 * The interface text of a key in a language, with its {placeholders} filled in.
 * @example t("zh", "searchCount", { n: 3 }) // "共找到 3 篇报告"
 */
export function t(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text: string = MESSAGES[key][lang];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A translator bound to one language, for components. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;
export const translator =
  (lang: Lang): Translate =>
  (key, vars) =>
    t(lang, key, vars);
