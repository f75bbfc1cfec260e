import { publicPaths, type Services, shanghaiDateTime } from "@gongkai/api";
import { type Context, Hono } from "hono";
import { publicResponse } from "../public-response";
import { siteOrigin } from "../request-info";
import { ResponseCache } from "../response-cache";

const xml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[ch] ?? ch,
  );

/** `/feed.xml` (Atom: publications and corrections) and `/sitemap.xml`. */
export function feedRoutes(
  services: Services,
  options: { publicUrl: string | null; trustProxy: boolean },
): Hono {
  const cache = new ResponseCache(50);
  const origin = (c: Context) => siteOrigin(c, options.publicUrl, options.trustProxy);
  return new Hono()
    .get("/feed.xml", (c) =>
      publicResponse(c, services, cache, async () => {
        const base = origin(c);
        const events = await services.reads.latest(50);
        const updated = shanghaiDateTime(events[0]?.publishedAt ?? new Date(0));
        const entries = events.map((e) => {
          const link = base + publicPaths.report(e.reportId, e.correction ? e.version : undefined);
          const title = e.correction ? `更正：${e.title}` : e.title;
          const summary = e.correction
            ? `更正说明：${e.changeNote ?? ""}`
            : `${e.township}发布《${e.title}》`;
          return [
            "  <entry>",
            `    <id>${xml(`${base}${publicPaths.report(e.reportId)}#v${e.version}`)}</id>`,
            `    <title>${xml(title)}</title>`,
            `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
            `    <updated>${shanghaiDateTime(e.publishedAt)}</updated>`,
            `    <author><name>${xml(`${e.township}人民政府`)}</name></author>`,
            `    <category term="${e.correction ? "correction" : "publication"}"/>`,
            `    <summary>${xml(summary)}</summary>`,
            "  </entry>",
          ].join("\n");
        });
        const body = [
          '<?xml version="1.0" encoding="utf-8"?>',
          '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
          `  <id>${xml(`${base}/`)}</id>`,
          "  <title>公开 · 乡镇政府工作报告：发布与更正</title>",
          `  <link rel="self" type="application/atom+xml" href="${xml(`${base}/feed.xml`)}"/>`,
          `  <link rel="alternate" type="text/html" href="${xml(`${base}/`)}"/>`,
          `  <updated>${updated}</updated>`,
          ...entries,
          "</feed>",
          "",
        ].join("\n");
        return { body, contentType: "application/atom+xml; charset=utf-8" };
      }),
    )
    .get("/sitemap.xml", (c) =>
      publicResponse(c, services, cache, async () => {
        const base = origin(c);
        const map = await services.reads.sitemap();
        const url = (path: string, lastmod?: string) =>
          `  <url><loc>${xml(base + path)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</url>`;
        const body = [
          '<?xml version="1.0" encoding="utf-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
          url(publicPaths.home()),
          url(publicPaths.explorer()),
          url(publicPaths.promises()),
          ...map.townshipIds.map((id) => url(publicPaths.township(id))),
          ...map.reports.map((r) => url(publicPaths.report(r.id), r.lastModified)),
          ...map.indicatorCodes.map((code) => url(publicPaths.indicator(code))),
          "</urlset>",
          "",
        ].join("\n");
        return { body, contentType: "application/xml; charset=utf-8" };
      }),
    );
}
