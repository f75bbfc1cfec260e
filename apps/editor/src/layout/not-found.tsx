import { Link } from "wouter";
import { useI18n } from "../i18n/i18n";

export function NotFound({ message }: { message?: string }) {
  const { t } = useI18n();
  return (
    <section className="page narrow">
      <h1>{t("notFoundTitle")}</h1>
      <p>{message ?? t("notFoundText")}</p>
      <p>
        <Link href="/">{t("backToDashboard")}</Link>
      </p>
    </section>
  );
}
