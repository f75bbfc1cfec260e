import { REPORT_KIND_LABELS } from "@gongkai/domain";
import { DemoBadge } from "../components";
import { Time } from "../components/title-block";
import { pick } from "../i18n";
import type { Page, PageContext } from "./page";
import { SearchBox } from "./search-form";

/** Home: what this is, a search box, the latest publications and corrections, and the townships by county. */
export async function homePage(ctx: PageContext): Promise<Page> {
  const { t, paths, lang, reads } = ctx;
  const [latest, directory] = await Promise.all([reads.latest(10), reads.directory()]);
  const demoTownships = new Set(
    directory.counties.flatMap((c) => c.townships.filter((x) => x.township.demo).map((x) => x.township.id)),
  );
  const zh = lang === "en" ? "zh-CN" : undefined;
  return {
    nav: "home",
    head: {
      title: t("homeTitle"),
      description: t("siteDescription"),
      path: "/",
      jsonLd: [
        {
          "@context": "https://schema.org",
          "@type": "WebSite",
          name: t("siteName"),
          description: t("siteDescription"),
          url: ctx.origin + paths.home(),
          inLanguage: lang === "zh" ? "zh-CN" : "en",
          potentialAction: {
            "@type": "SearchAction",
            target: `${ctx.origin}${paths.search()}?q={search_term_string}`,
            "query-input": "required name=search_term_string",
          },
        },
      ],
    },
    body: (
      <>
        <div className="intro">
          <h1>{t("homeTitle")}</h1>
          <p className="lead">{t("homeLead")}</p>
          <SearchBox t={t} action={paths.search()} />
        </div>
        <div className="home-grid">
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading">{t("homeLatest")}</h2>
            {latest.length === 0 ? (
              <p>{t("homeLatestEmpty")}</p>
            ) : (
              <ul className="item-list">
                {latest.map((e) => (
                  <li key={`${e.reportId}-${e.version}`}>
                    <a href={paths.report(e.reportId)} lang={zh}>
                      {e.title}
                    </a>
                    {e.correction ? (
                      <span className="badge badge-correction">{t("correctionBadge")}</span>
                    ) : null}
                    {demoTownships.has(e.townshipId) ? <DemoBadge lang={lang} /> : null}
                    <div className="item-meta">
                      <span lang={zh}>{e.township}</span> · {pick(REPORT_KIND_LABELS[e.kind], lang)} ·{" "}
                      <Time date={e.publishedAt} lang={lang} />
                      {e.correction && e.changeNote ? (
                        <p className="change-note" lang={zh}>
                          {e.changeNote}
                        </p>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="more-heading">
            <h2 id="more-heading">{t("homeMore")}</h2>
            <ul className="item-list">
              <li>
                <a href={paths.explorer()}>{t("exploreTitle")}</a>
                <p className="item-meta">{t("homeExploreLead")}</p>
              </li>
              <li>
                <a href={paths.promises()}>{t("promisesTitle")}</a>
                <p className="item-meta">{t("homePromisesLead")}</p>
              </li>
              <li>
                <a href={paths.indicators()}>{t("indicatorsTitle")}</a>
                <p className="item-meta">{t("indicatorsLead")}</p>
              </li>
            </ul>
          </section>
        </div>
        <section aria-labelledby="directory-heading">
          <h2 id="directory-heading">{t("homeDirectory")}</h2>
          {directory.counties.length === 0 ? <p>{t("homeDirectoryEmpty")}</p> : null}
          <div className="directory">
            {directory.counties.map((c) => (
              <section key={c.county.id} className="county" aria-labelledby={`county-${c.county.id}`}>
                <h3 id={`county-${c.county.id}`} lang={zh}>
                  {c.county.name}
                  <small>{[c.province?.name, c.city?.name].filter(Boolean).join(" ")}</small>
                </h3>
                <ul>
                  {c.townships.map((x) => (
                    <li key={x.township.id}>
                      <a href={paths.township(x.township.id)} lang={zh}>
                        {x.township.name}
                      </a>{" "}
                      {x.township.demo ? <DemoBadge lang={lang} /> : null}
                      <span className="item-meta">
                        {x.reportCount > 0 ? t("reportsCount", { n: x.reportCount }) : t("noReportsYet")}
                        {x.years.length
                          ? ` · ${x.years.slice(0, 3).join("、")}${x.years.length > 3 ? "…" : ""}`
                          : ""}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </section>
      </>
    ),
  };
}
