import type { PublicReads } from "@gongkai/api";
import type { ReactNode } from "react";
import type { Lang, Translate } from "../i18n";
import type { Head, NavKey } from "../layout/head";
import type { Paths } from "../server/paths";

/** What a page handler gets: the language, the read service, its addresses and the request's URL. */
export interface PageContext {
  lang: Lang;
  t: Translate;
  paths: Paths;
  reads: PublicReads;
  url: URL;
  /** The site's origin for absolute addresses (canonical, structured data). */
  origin: string;
}

/** A rendered page before it becomes a document. */
export interface Page {
  status?: number;
  head: Head;
  nav?: NavKey;
  /** Islands the page needs; reading pages that need none ship no JavaScript. */
  scripts?: Array<"reader" | "explorer">;
  body: ReactNode;
}

export type PageHandler = (ctx: PageContext, params: Record<string, string>) => Promise<Page>;

/** Thrown by a handler when what was asked for does not exist; the not-found page explains. */
export class PageNotFound extends Error {
  constructor(readonly detail: string | null = null) {
    super("not found");
  }
}
