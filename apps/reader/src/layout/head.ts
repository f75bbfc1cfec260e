/** What a page says about itself to browsers, search engines and link previews. */
export interface Head {
  /** The page's own title; the site's name is added after it. */
  title: string;
  /** One or two sentences for search results and link previews. */
  description: string;
  /** The page's Chinese path with its query (the canonical address's path; English adds /en). */
  path: string;
  /** schema.org objects, written as JSON-LD. */
  jsonLd?: object[];
  ogType?: "website" | "article";
  /** Error pages are not for search engines. */
  noindex?: boolean;
}

export type NavKey = "home" | "indicators" | "explore" | "promises" | "search" | null;
