import type { Lang } from "../i18n";

/**
 * Report content is Chinese whatever the interface language: on English pages it carries lang="zh-CN" so that
 * screen readers and browsers treat it as Chinese. On Chinese pages the document's language already says so.
 */
export const contentLang = (lang: Lang): "zh-CN" | undefined => (lang === "en" ? "zh-CN" : undefined);
