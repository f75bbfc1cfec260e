import { findPlaceholders, type Meeting, parseChineseNumeral, type ReportKind } from "@gongkai/domain";
import { isHan } from "./chars";
import type { CleanLine } from "./clean";
import { collectionMarkerNumber } from "./collection";
import { isReportTitle } from "./documents";

/** Where a report's title stands and where its body starts. */
export interface TitleInfo {
  title: string;
  /** First line of the body (after the title when the title opens the report). */
  bodyFirst: number;
}

/** The title of the report in lines [first, end): its collection marker, or a title line near the top. */
export function findTitle(
  lines: readonly CleanLine[],
  first: number,
  end: number,
  markerLine: number,
): TitleInfo {
  const text = (i: number) => lines[i]?.text ?? "";
  if (markerLine >= 0) {
    const next = markerLine + 1;
    if (next < end && isReportTitle(text(next))) return { title: text(next), bodyFirst: next + 1 };
    return { title: text(markerLine), bodyFirst: markerLine + 1 };
  }
  // The most specific title near the top: a year or a place beats a bare 工作报告 breadcrumb.
  let best = -1;
  let bestScore = 0;
  for (let i = first; i < Math.min(end, first + 4); i++) {
    const t = text(i);
    if (!isReportTitle(t)) continue;
    const score =
      t.length + (/\d{4}|[〇一二三四五六七八九]{4}/.test(t) ? 20 : 0) + (/[镇乡县区市]/.test(t) ? 10 : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best < 0) return { title: "", bodyFirst: first };
  return { title: text(best), bodyFirst: best === first ? best + 1 : first };
}

const TOPIC_WORDS =
  /政务公开|信息公开|劳动保障|社会保障|计划生育|安全生产|综治|信访|扶贫|党建|双拥|武装|统计|民政|残联|妇联|团委|环保/;

/** What kind of report it is, from its title, or from how it opens and reads when the title says nothing. */
export function classifyKind(title: string, body: string): ReportKind {
  const t = collectionMarkerNumber(title) > 0 ? "" : title;
  if (t) {
    if (/人大(?:主席团|常委会)?工作报告|主席团工作报告/.test(t)) return "congress_work_report";
    if (/大事记/.test(t)) return "chronicle";
    if (/讲话|致辞|发言/.test(t)) return "speech";
    if (/半年/.test(t) && /总结|汇报/.test(t)) return "half_year_summary";
    if (/总结/.test(t) && /计划|打算|思路|安排|要点/.test(t)) return "summary_and_plan";
    if (/政府工作报告/.test(t)) return "government_work_report";
    if (TOPIC_WORDS.test(t) && /总结|汇报/.test(t)) return "special_topic_summary";
    if (/总结|汇报|述职/.test(t)) return "work_summary";
  }
  const head = body.slice(0, 600);
  let dated = 0;
  for (const line of body.split("\n", 60)) if (/^\d{1,2}月\d{1,2}日/.test(line)) dated++;
  if (dated >= 3) return "chronicle";
  if (/人大主席团|主席团(?:工作|成员)/.test(body.slice(0, 6000)) && /人大/.test(head))
    return "congress_work_report";
  if (/^(?:各位代表、)?同志们/.test(head) && /讲(?:几|[一二三四五六七八九十两])点|我讲|讲话/.test(body))
    return "speech";
  if (/向大会(?:作|报告)|政府工作报告/.test(head)) return "government_work_report";
  if (TOPIC_WORDS.test(body.slice(0, 300))) return "special_topic_summary";
  if (/上半年/.test(body.slice(0, 300))) return "half_year_summary";
  if (/工作思路|工作计划|工作打算|工作安排|明年|下半年工作/.test(body)) return "summary_and_plan";
  if (t && /工作报告/.test(t)) return "government_work_report";
  return body.length > 0 ? "work_summary" : "other";
}

const GENERIC_PLACES = new Set([
  "全镇",
  "我镇",
  "本镇",
  "该镇",
  "各镇",
  "城镇",
  "乡镇",
  "集镇",
  "场镇",
  "村镇",
  "重镇",
  "强镇",
  "名镇",
  "小镇",
  "建镇",
  "兴镇",
  "市镇",
  "县镇",
  "区镇",
  "两镇",
  "心镇",
  "色镇",
  "范镇",
  "城乡",
  "全乡",
  "我乡",
  "本乡",
  "各乡",
  "返乡",
  "下乡",
  "家乡",
  "进乡",
  "到乡",
  "县乡",
  "镇乡",
  "市乡",
  "区乡",
  "农乡",
  "一乡",
  "老乡",
  "之乡",
]);

/** The township a report is about: from its title, else from how it names its government. Null when redacted. */
export function findTownship(title: string, body: string): string | null {
  const fromTitle = placeIn(title);
  if (fromTitle !== undefined) return fromTitle;
  const head = body.slice(0, 3000);
  const named =
    /([\u4e00-\u9fff*x×]{2,8}?(?:镇|乡|街道))(?:人民政府|党委|第[一二三四五六七八九十\d]{1,3}届)/.exec(head);
  if (named?.[1]) {
    const p = placeIn(named[1]);
    if (p !== undefined) return p;
  }
  // The name the text repeats: 大庙镇成功获评 … 大庙镇扶贫救助长效机制.
  const counts = new Map<string, number>();
  const sample = body.slice(0, 20000);
  for (let i = sample.indexOf("镇"); i >= 0; i = sample.indexOf("镇", i + 1)) {
    if (i < 2 || !isHan(sample.charCodeAt(i - 1)) || !isHan(sample.charCodeAt(i - 2))) continue;
    const name = sample.slice(i - 2, i + 1);
    if (GENERIC_PLACES.has(name.slice(1)) || GENERIC_PLACES.has(name.slice(0, 2))) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 2;
  for (const [name, c] of counts) {
    if (c > bestCount) {
      best = name;
      bestCount = c;
    }
  }
  return best;
}

/** A township name in a short text: the words before 镇/乡/街道, after any county or city. */
function placeIn(s: string): string | null | undefined {
  for (const suffix of ["街道", "镇", "乡"]) {
    let at = s.indexOf(suffix);
    while (at >= 0) {
      let start = at;
      while (start > 0 && start > at - 6 && /[\u4e00-\u9fff*x×X]/.test(s.charAt(start - 1))) start--;
      let name = s.slice(start, at + suffix.length);
      // 铜梁区大庙镇 → 大庙镇
      const cut = Math.max(
        name.lastIndexOf("县"),
        name.lastIndexOf("区"),
        name.lastIndexOf("市"),
        name.lastIndexOf("省"),
      );
      if (cut >= 0 && cut < name.length - suffix.length - 1) name = name.slice(cut + 1);
      const bare = name.slice(0, name.length - suffix.length);
      if (bare.length >= 1 && !GENERIC_PLACES.has(name.slice(-2)) && !/^[年月日度]/.test(bare)) {
        if (findPlaceholders(name).length > 0 || /^[*xX×]+$/.test(bare)) return null;
        if (bare.length <= 5) return name;
      }
      at = s.indexOf(suffix, at + 1);
    }
  }
  return undefined;
}

function numeral(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const v = parseChineseNumeral(s);
  return v.ok ? Number(v.value) : null;
}

const MEETING =
  /([一二三四五六七八九十\d]{1,3})届(?:人民代表大会|人大)\s?第?([一二三四五六七八九十\d]{1,3})次(?:全体)?会议/;

/** The congress session a report was delivered to, when the text names it near the top. */
export function findMeeting(lines: readonly CleanLine[], first: number, end: number): Meeting | null {
  for (let i = first; i < Math.min(end, first + 15); i++) {
    const t = lines[i]?.text ?? "";
    // The line that names the session, not a sentence that mentions one.
    if (t.length > 80 || t.endsWith("。")) continue;
    const m = MEETING.exec(t);
    if (!m) continue;
    let start = m.index;
    while (
      start > 0 &&
      start > m.index - 14 &&
      /[\u4e00-\u9fff*x第]/.test(t.charAt(start - 1)) &&
      t.charAt(start - 1) !== "在"
    )
      start--;
    const name = (t.slice(start, m.index) + m[0]).replace(/\s/g, "").slice(0, 120);
    return { name, congress: numeral(m[1] ?? ""), session: numeral(m[2] ?? "") };
  }
  return null;
}

const PRESENTER = /((?:代理|代)?(?:镇|乡|县|区|市|旗)长|主席|主任)\s?([\u4e00-\u9fff]{2,4}|[*xX×]{2,})$/;

/** Who delivered the report (镇长 李明), when a line near the top says so and the name is not redacted. */
export function findPresenter(
  lines: readonly CleanLine[],
  first: number,
  end: number,
): { name: string; title: string | null } | null {
  for (let i = first; i < Math.min(end, first + 15); i++) {
    const t = (lines[i]?.text ?? "").replace(/\s/g, "");
    if (t.length > 30) continue;
    const m = PRESENTER.exec(t);
    if (!m?.[2]) continue;
    if (/^[*xX×]+$/.test(m[2])) return null;
    return { name: m[2], title: m[1] ?? null };
  }
  return null;
}

/** The year a report is delivered for: its title's first year, else the year the body works from. */
export function findYear(
  title: string,
  kind: ReportKind,
  body: string,
  headings: readonly string[],
): number | null {
  const y = /((?:19|20)\d{2})\s?年/.exec(title);
  if (y) return Number(y[1]);
  const meetingDate = /^(?:——)?((?:19|20)\d{2})年\d{1,2}月\d{1,2}日/m.exec(body.slice(0, 400));
  if (meetingDate) return Number(meetingDate[1]);
  if (kind === "government_work_report") {
    for (const h of headings) {
      const plan = /((?:19|20)\d{2})年(?:的)?(?:工作)?(?:安排|打算|部署|计划|目标|主要任务)/.exec(h);
      if (plan) return Number(plan[1]);
    }
    for (const h of headings) {
      const review = /((?:19|20)\d{2})年(?:的)?(?:工作)?(?:简要)?回顾/.exec(h);
      if (review) return Number(review[1]) + 1;
    }
  }
  const first = /((?:19|20)\d{2})年/.exec(body.slice(0, 300));
  return first ? Number(first[1]) : null;
}
