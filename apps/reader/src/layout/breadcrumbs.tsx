import { type Lang, t } from "../i18n";

export interface Crumb {
  label: string;
  href: string;
  /** The label's language when it differs from the page's (a Chinese place name on an English page). */
  lang?: string | undefined;
}

/** Where the page sits: home › county › township › report. The last crumb is the page itself. */
export function Breadcrumbs({ lang, crumbs }: { lang: Lang; crumbs: Crumb[] }) {
  return (
    <nav className="breadcrumbs" aria-label={t(lang, "breadcrumbs")}>
      <ol>
        {crumbs.map((c, i) => (
          <li key={c.href}>
            <a href={c.href} lang={c.lang} aria-current={i === crumbs.length - 1 ? "page" : undefined}>
              {c.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The same trail as schema.org structured data. */
export function breadcrumbJsonLd(crumbs: Crumb[], origin: string): object {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: c.label,
      item: origin + c.href,
    })),
  };
}
