import { useI18n } from "../i18n/i18n";

/** 中文 / English: the interface language (report content stays Chinese). */
export function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  const other = lang === "zh" ? "en" : "zh";
  return (
    <button
      type="button"
      className="button-quiet lang-switch"
      onClick={() => setLang(other)}
      lang={other === "zh" ? "zh-CN" : "en"}
    >
      {other === "zh" ? "中文" : "English"}
    </button>
  );
}
