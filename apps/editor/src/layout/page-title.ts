import { useEffect } from "react";
import { useI18n } from "../i18n/i18n";

/** Sets the document title: the page's name, then the application's. */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} · ${t("appName")}` : t("appName");
  }, [title, t]);
}
