import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { HTML_LANG, type Lang, pick } from "./lang";
import { MESSAGES, type MessageKey } from "./messages";

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
  /** A domain label (`{ zh, en }`) in the current language. */
  l(label: { zh: string; en: string }): string;
}

const STORAGE_KEY = "gongkai.editor.lang";

/**
 * The message of a key in a language, with its {placeholders} filled in.
 * @example translate("zh", "versionN", { n: 3 }) // "第 3 版"
 */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text: string = MESSAGES[key][lang];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === "zh" || stored === "en") return stored;
  } catch {
    // Storage can be unavailable (private mode); Chinese is the default.
  }
  return "zh";
}

const Context = createContext<I18n | null>(null);

/** Simplified Chinese first; English when the user switches (remembered on this device). */
export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => fixed ?? initialLang());
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, still switched.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      l: (label) => pick(label, lang),
    }),
    [lang, setLang],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
