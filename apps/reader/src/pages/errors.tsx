import type { Page, PageContext } from "./page";
import { SearchBox } from "./search-form";

/** Not found: says what was not found when it can, and offers the ways to find it. */
export function notFoundPage(ctx: PageContext, detail: string | null): Page {
  const { t, paths } = ctx;
  return {
    status: 404,
    head: {
      title: t("notFoundTitle"),
      description: t("notFoundBody"),
      path: ctx.url.pathname.replace(/^\/en(?=\/|$)/, "") || "/",
      noindex: true,
    },
    body: (
      <div className="message-page">
        <h1>{t("notFoundTitle")}</h1>
        <p>{detail ?? t("notFoundBody")}</p>
        <SearchBox t={t} action={paths.search()} id="nf-q" />
        <p>{t("notFoundHelp")}</p>
        <ul>
          <li>
            <a href={paths.search()}>{t("notFoundSearch")}</a>
          </li>
          <li>
            <a href={paths.home()}>{t("notFoundHome")}</a>
          </li>
          <li>
            <a href={paths.indicators()}>{t("notFoundIndicators")}</a>
          </li>
        </ul>
      </div>
    ),
  };
}

/** A failure of ours: an apology, what to do, and the way back. Nothing about the failure's insides. */
export function errorPage(ctx: PageContext): Page {
  const { t, paths } = ctx;
  return {
    status: 500,
    head: { title: t("errorTitle"), description: t("errorBody"), path: "/", noindex: true },
    body: (
      <div className="message-page">
        <h1>{t("errorTitle")}</h1>
        <p>{t("errorBody")}</p>
        <ul>
          <li>
            <a href={paths.home()}>{t("navHome")}</a>
          </li>
          <li>
            <a href={paths.search()}>{t("notFoundSearch")}</a>
          </li>
        </ul>
      </div>
    ),
  };
}

/** The store cannot be reached (restarting, network): a 503 that says it is passing, not an apology for a bug. */
export function unavailablePage(ctx: PageContext): Page {
  const { t, paths } = ctx;
  return {
    status: 503,
    head: { title: t("unavailableTitle"), description: t("unavailableBody"), path: "/", noindex: true },
    body: (
      <div className="message-page">
        <h1>{t("unavailableTitle")}</h1>
        <p>{t("unavailableBody")}</p>
        <ul>
          <li>
            <a href={ctx.url.pathname + ctx.url.search}>{t("unavailableRetry")}</a>
          </li>
          <li>
            <a href={paths.home()}>{t("navHome")}</a>
          </li>
        </ul>
      </div>
    ),
  };
}
