/**
 * Addresses of the public pages, in one place: the reader serves them, and the open data, the feed and the
 * sitemap link to them. Relative to the site's root (PUBLIC_URL).
 */
export const publicPaths = {
  home: () => "/",
  report: (id: string, version?: number) =>
    `/reports/${encodeURIComponent(id)}${version ? `?version=${version}` : ""}`,
  township: (id: string) => `/townships/${encodeURIComponent(id)}`,
  indicator: (code: string) => `/indicators/${encodeURIComponent(code)}`,
  explorer: () => "/explore",
  promises: () => "/promises",
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : "/search"),
} as const;
