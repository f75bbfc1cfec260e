import { type Lang, t } from "../i18n";

/** Generated demonstration data is labelled wherever it appears. */
export function DemoBadge({ lang }: { lang: Lang }) {
  return <span className="demo-badge">{t(lang, "demoBadge")}</span>;
}
