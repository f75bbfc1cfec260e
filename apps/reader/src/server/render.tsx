import { renderToStaticMarkup } from "react-dom/server";
import { type Lang, translator } from "../i18n";
import { Document } from "../layout/document";
import type { Page, PageContext } from "../pages/page";
import type { ReaderAssets } from "./assets";

/** A page as a complete HTML document. */
export function renderDocument(page: Page, ctx: PageContext, assets: ReaderAssets): string {
  return `<!doctype html>${renderToStaticMarkup(
    <Document
      lang={ctx.lang}
      head={page.head}
      origin={ctx.origin}
      paths={ctx.paths}
      assets={assets}
      scripts={page.scripts ?? []}
      nav={page.nav ?? null}
    >
      {page.body}
    </Document>,
  )}`;
}

/** The last resort when even the error page cannot be rendered: plain, in both languages. */
export function bareErrorPage(lang: Lang): string {
  const t = translator(lang);
  return `<!doctype html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t("errorTitle")}</title></head><body><main><h1>${t("errorTitle")}</h1><p>${t("errorBody")}</p><p><a href="/">${t("navHome")}</a></p></main></body></html>`;
}
