import type { ReactNode } from "react";
import { HTML_LANG, type Lang, t } from "../i18n";
import type { ReaderAssets } from "../server/assets";
import { inLanguage, openData, type Paths } from "../server/paths";
import type { Head, NavKey } from "./head";

export interface DocumentProps {
  lang: Lang;
  head: Head;
  origin: string;
  paths: Paths;
  assets: ReaderAssets;
  scripts: ReadonlyArray<"reader" | "explorer">;
  nav: NavKey;
  /** The address of this page in the other language, for the language switch. */
  children: ReactNode;
}

// JSON in a <script> block: "</script>" inside a string must not end the block.
const jsonLd = (value: object) => JSON.stringify(value).replace(/</g, "\\u003c");

/** The HTML document around every page: head, skip link, header with navigation, main, footer. */
export function Document({ lang, head, origin, paths, assets, scripts, nav, children }: DocumentProps) {
  const other: Lang = lang === "zh" ? "en" : "zh";
  const canonical = origin + inLanguage(head.path, lang);
  const title = `${head.title} · ${t(lang, "siteName")}`;
  const preload = [...new Set(scripts.flatMap((s) => assets.scripts[s].imports))];
  const navItems: Array<[Exclude<NavKey, null>, string, string]> = [
    ["home", paths.home(), t(lang, "navHome")],
    ["indicators", paths.indicators(), t(lang, "navIndicators")],
    ["explore", paths.explorer(), t(lang, "navExplore")],
    ["promises", paths.promises(), t(lang, "navPromises")],
    ["search", paths.search(), t(lang, "navSearch")],
  ];
  return (
    <html lang={HTML_LANG[lang]}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={head.description} />
        {head.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={canonical} />
        <link rel="alternate" hrefLang="zh-CN" href={origin + inLanguage(head.path, "zh")} />
        <link rel="alternate" hrefLang="en" href={origin + inLanguage(head.path, "en")} />
        <link rel="alternate" hrefLang="x-default" href={origin + inLanguage(head.path, "zh")} />
        <link
          rel="alternate"
          type="application/atom+xml"
          href={openData.feed}
          title={t(lang, "footerFeed")}
        />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <meta name="theme-color" content="#fdfdfb" media="(prefers-color-scheme: light)" />
        <meta name="theme-color" content="#161614" media="(prefers-color-scheme: dark)" />
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={head.description} />
        <meta property="og:type" content={head.ogType ?? "website"} />
        <meta property="og:url" content={canonical} />
        <meta property="og:site_name" content={t(lang, "siteName")} />
        <meta property="og:locale" content={lang === "zh" ? "zh_CN" : "en_US"} />
        <link rel="stylesheet" href={assets.css} />
        {preload.map((href) => (
          <link key={href} rel="modulepreload" href={href} />
        ))}
        {scripts.map((s) => (
          <script key={s} type="module" src={assets.scripts[s].src} />
        ))}
        {(head.jsonLd ?? []).map((value, i) => (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD is data, escaped above, never executed
          // biome-ignore lint/suspicious/noArrayIndexKey: the blocks have no identity
          <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(value) }} />
        ))}
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t(lang, "skipToContent")}
        </a>
        <header className="site-header">
          <div className="wrap">
            <a className="brand" href={paths.home()}>
              {t(lang, "siteName")}
              <span className="brand-tagline">{t(lang, "siteTagline")}</span>
            </a>
            <nav aria-label={t(lang, "navMain")}>
              <ul>
                {navItems.map(([key, href, label]) => (
                  <li key={key}>
                    <a href={href} aria-current={nav === key ? "page" : undefined}>
                      {label}
                    </a>
                  </li>
                ))}
                <li>
                  <a href={inLanguage(head.path, other)} hrefLang={HTML_LANG[other]} className="lang-switch">
                    <span lang={HTML_LANG[other]}>{t(lang, "switchLanguage")}</span>
                    <span className="visually-hidden">{t(lang, "switchLanguageHint")}</span>
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{t(lang, "footerAbout")}</p>
            <p>
              {t(lang, "footerOpenData")}: <a href={openData.openapi}>{t(lang, "footerApi")}</a> ·{" "}
              <a href={openData.feed}>{t(lang, "footerFeed")}</a> ·{" "}
              <a href={openData.sitemap}>{t(lang, "footerSitemap")}</a>
            </p>
          </div>
        </footer>
        <p id="announce" className="visually-hidden" aria-live="polite" />
      </body>
    </html>
  );
}
