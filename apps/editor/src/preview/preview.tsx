import type { Place, Report } from "@gongkai/domain";
import { type ReportLinks, ReportView } from "@gongkai/reader/components";
import { useEffect, useState } from "react";
import { HTML_LANG, type Lang, pick } from "../i18n/lang";
import { appError } from "../lib/app-error";
import { makeClient } from "../lib/trpc";

interface Loaded {
  report: Report;
  version: number;
  township: Place | null;
  county: Place | null;
}

const TEXT = {
  banner: {
    zh: "预览：第 {n} 版，尚未公开。发布后公众看到的页面与此相同。",
    en: "Preview of version {n}, not public. Once published, readers see exactly this.",
  },
  back: { zh: "返回编辑", en: "Back to the editor" },
  other: { zh: "English", en: "中文" },
  loading: { zh: "正在加载…", en: "Loading…" },
  signIn: { zh: "请先登录编辑系统。", en: "Sign in to the editor first." },
} as const;

/** The reader's public addresses, so links in the preview go where they will go once published. */
function readerLinks(lang: Lang): ReportLinks {
  const prefix = lang === "en" ? "/en" : "";
  return {
    indicator: (code) => `${prefix}/indicators/${encodeURIComponent(code)}`,
    township: (id) => `${prefix}/townships/${encodeURIComponent(id)}`,
  };
}

/**
 * A draft (or any version) rendered by the reader's own `ReportView` with the reader's stylesheet, under a banner
 * saying it is a preview. Reads go through the same signed-in tRPC calls as the editor.
 */
export function Preview({ params }: { params: URLSearchParams }) {
  const lang: Lang = params.get("lang") === "en" ? "en" : "zh";
  const reportId = params.get("report") ?? "";
  const versionParam = params.get("version");
  const [state, setState] = useState<{ loaded: Loaded } | { error: unknown } | null>(null);

  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
    const client = makeClient();
    (async () => {
      const working = await client.reports.get.query({ reportId });
      const version = versionParam && /^\d+$/.test(versionParam) ? Number(versionParam) : working.version;
      const report =
        version === working.version
          ? working.report
          : (await client.versions.get.query({ reportId, version })).report;
      document.title = `${report.title} · ${lang === "zh" ? "预览" : "Preview"}`;
      return { report, version, township: working.township, county: working.county };
    })().then(
      (loaded) => setState({ loaded }),
      (error: unknown) => setState({ error }),
    );
  }, [reportId, versionParam, lang]);

  const switchTo = new URLSearchParams(params);
  switchTo.set("lang", lang === "zh" ? "en" : "zh");
  const back = `/editor/reports/${encodeURIComponent(reportId)}`;
  const banner = (n: number | null) => (
    <div className="preview-banner" role="note">
      <p>
        {n !== null ? pick(TEXT.banner, lang).replace("{n}", String(n)) : null}{" "}
        <a href={back}>{pick(TEXT.back, lang)}</a> ·{" "}
        <a href={`?${switchTo.toString()}`} hrefLang={lang === "zh" ? "en" : "zh-CN"}>
          {pick(TEXT.other, lang)}
        </a>
      </p>
    </div>
  );

  if (!state) return <p className="preview-loading">{pick(TEXT.loading, lang)}</p>;
  if ("error" in state) {
    const info = appError(state.error);
    return (
      <>
        {banner(null)}
        <main id="main" className="message-page">
          <h1>{pick(info.message, lang)}</h1>
          {info.code === "UNAUTHENTICATED" ? (
            <p>
              <a href={`/editor/login?next=${encodeURIComponent(back)}`}>{pick(TEXT.signIn, lang)}</a>
            </p>
          ) : null}
        </main>
      </>
    );
  }
  const { report, version, township, county } = state.loaded;
  return (
    <>
      {banner(version)}
      <main id="main" tabIndex={-1}>
        <ReportView
          report={report}
          township={township}
          county={county}
          lang={lang}
          links={readerLinks(lang)}
          publication={null}
          demo={township?.demo ?? false}
        />
      </main>
    </>
  );
}
