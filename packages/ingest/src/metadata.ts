import { findPlaceholders, type Meeting, parseChineseNumeral, type ReportKind } from "@gongkai/domain";
import { isHan } from "./chars";
import type { CleanLine } from "./clean";
import { collectionMarkerNumber } from "./collection";
import { isReportTitle } from "./documents";
import { DELIVERED_NEXT_YEAR } from "./section-time";

/** Where a report's title stands and where its body starts. */
export interface TitleInfo {
  title: string;
  /** The line the title stands on, or -1. */
  line: number;
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
    if (next < end && isReportTitle(text(next)))
      return { title: text(next), line: next, bodyFirst: next + 1 };
    return { title: text(markerLine), line: markerLine, bodyFirst: markerLine + 1 };
  }
  // The most specific title near the top: a year or a place beats a bare 工作报告 breadcrumb.
  let best = -1;
  let bestScore = 0;
  for (let i = first; i < Math.min(end, first + 4); i++) {
    const t = text(i);
    if (!isReportTitle(t)) continue;
    const score = titleScore(t);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best < 0) return { title: "", line: -1, bodyFirst: first };
  return { title: text(best), line: best, bodyFirst: best === first ? best + 1 : first };
}

/** A site's title field (标题:高阳县2023年政府工作报告), which the cleaner removes with the other fields. */
const TITLE_FIELD = /^(?:标题|题目|title)\s?[:：]\s?(.{4,50})$/;

/**
 * The title a web page gave the report when no line of the text is one: its 标题 field, else the most specific
 * report title among the page's lines removed above the text (breadcrumbs and its own heading).
 */
export function titleFromRemoved(removed: readonly { text: string }[]): string {
  let best = "";
  let bestScore = 0;
  for (const r of removed) {
    const field = TITLE_FIELD.exec(r.text.trim());
    if (field?.[1] && isReportTitle(foldTitle(field[1]))) return field[1].trim();
    const t = r.text.trim();
    if (!isReportTitle(foldTitle(t)) || /\s/.test(t)) continue;
    const score = titleScore(t);
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

const foldTitle = (t: string) =>
  t.replace(/[（）：，]/g, (c) => ({ "（": "(", "）": ")", "：": ":", "，": "," })[c] ?? c);

function titleScore(t: string): number {
  return t.length + (/\d{4}|[〇一二三四五六七八九]{4}/.test(t) ? 20 : 0) + (/[镇乡县区市]/.test(t) ? 10 : 0);
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
  // Deputies addressed again and again (各位代表!): a report to the congress, even when its opening is lost.
  if (body.split("各位代表", 4).length > 3) return "government_work_report";
  // Delivered to a people's congress session by the head of a government (…人民代表大会第三次会议 / 区长 李志永).
  if (
    /人民代表大会第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议/.test(head) &&
    /人民政府|(?:镇|乡|县|区|市|州|旗|省)长/.test(head)
  )
    return "government_work_report";
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
  "点镇",
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
  // A county's, city's or province's government presenting the report: the towns it names are not its subject.
  if (/我(?:受[^，,。]{0,8}委托)?代表[^，,。镇乡]{0,12}?(?:县|区|市|省|州|旗|国务院)(?:人民)?政府/.test(head))
    return null;
  const government = governmentName(body);
  if (government) return government;
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

/**
 * The township whose government the text names (迳口镇人民政府). Names are two characters before the suffix unless
 * the text writes a three-character form more than once (马家窑镇 … 马家窑镇), since words run into names
 * (依法选举迳口镇人民政府).
 */
function governmentName(body: string): string | null {
  const m = /([\u4e00-\u9fff]{3})(镇|乡|街道)人民政府/.exec(body.slice(0, 20000));
  if (!m?.[1] || !m[2]) return null;
  const long = m[1] + m[2];
  const short = m[1].slice(1) + m[2];
  if (GENERIC_PLACES.has(short.slice(0, 2)) || GENERIC_PLACES.has(short.slice(1))) return null;
  const count = (w: string) => body.split(w).length - 1;
  const name = count(long) >= 2 && count(long) === count(short) ? long : short;
  return afterLeadingWords(name, m[2]) === name ? name : null;
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
      // 2022年石门乡: the year before the name is not part of it.
      if (/^[年月日度]/.test(name) && start > 0 && /\d/.test(s.charAt(start - 1))) name = name.slice(1);
      const stripped = afterLeadingWords(name, suffix);
      if (stripped === null) {
        at = s.indexOf(suffix, at + 1);
        continue;
      }
      name = stripped;
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

// Words that run into a place name from the sentence before it: 关于石门乡, 我代表石碁镇, 区政府和镇党委, 向全镇.
const LEADING_WORDS = /^(?:我代表|代表|我们|政府|党委|人大|和|与|及|向|在|对|全|本|各|该|为|由|把|将|我)+/;

/**
 * The name without the sentence words that ran into it, or null when nothing but such words stands before the
 * suffix (我代表镇). A name keeps two characters at least, so 和平镇 stays 和平镇.
 */
function afterLeadingWords(name: string, suffix: string): string | null {
  // A title's 关于 is never part of the name (关于和平镇…的报告).
  const about = /^(?:关于|对于)/.exec(name.slice(0, name.length - suffix.length));
  if (about) {
    const rest = name.slice(about[0].length);
    return rest.length > suffix.length ? (afterLeadingWords(rest, suffix) ?? rest) : null;
  }
  const bare = name.slice(0, name.length - suffix.length);
  const m = LEADING_WORDS.exec(bare);
  if (!m) return name;
  if (m[0].length === bare.length) return null;
  return bare.length - m[0].length >= 2 ? name.slice(m[0].length) : name;
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
      t.charAt(start - 1) !== "在" &&
      // The date the line opens with (2019年1月29日) is not part of the name.
      !/\d[日年月]$/.test(t.slice(Math.max(0, start - 2), start))
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
    let t = (lines[i]?.text ?? "").replace(/\s/g, "");
    if (t.length > 30) continue;
    // The name alone on the line under the title (阜平县人民政府县长 / 徐志清).
    const next = (lines[i + 1]?.text ?? "").replace(/\s/g, "");
    if (/(?:长|主席|主任)$/.test(t) && /^[\u4e00-\u9fff]{2,4}$/.test(next) && i + 1 < end) t += next;
    const m = PRESENTER.exec(t);
    if (!m?.[2]) continue;
    if (/^[*xX×]+$/.test(m[2])) return null;
    return { name: m[2], title: m[1] ?? null };
  }
  return null;
}

/**
 * The year a report is delivered for: its title's year; else the date line under the title; for a report to the
 * congress, the year its plan headings name (or the year after the one it reviews); for a summary, the year it
 * names most.
 */
export function findYear(
  title: string,
  kind: ReportKind,
  body: string,
  headings: readonly string[],
): number | null {
  const y = /((?:19|20)\d{2})\s?年/.exec(title);
  if (y) return Number(y[1]);
  // The date line under the title (——2026年1月27日在…会议上) is the day it was delivered.
  const meetingDate = /^[ \t\u3000—―–\-(（]*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日/m.exec(body.slice(0, 400));
  if (meetingDate) return Number(meetingDate[1]);
  if (DELIVERED_NEXT_YEAR.has(kind)) {
    for (const h of headings) {
      const plan =
        /((?:19|20)\d{2})年(?:的)?(?:工作)?(?:安排|打算|部署|计划|目标|主要任务|任务|重点工作)/.exec(h);
      if (plan) return Number(plan[1]);
    }
    for (const h of headings) {
      const review = /((?:19|20)\d{2})年(?:的)?(?:工作)?(?:简要)?回顾/.exec(h);
      if (review) return Number(review[1]) + 1;
    }
  }
  const counts = yearCounts(body.slice(0, 6000));
  const first = yearsNamed(body.slice(0, 300)).next().value ?? null;
  if (first !== null && DELIVERED_NEXT_YEAR.has(kind)) {
    // The opening reviews the past year (2020年是…的一年): the report is given to the congress the year after.
    return first + 1;
  }
  let best: number | null = null;
  for (const [year, n] of counts) {
    if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && year > best)) best = year;
  }
  return best ?? first;
}

/**
 * The years a text speaks of (2020年), in order: not a comparison's base (比2011年增长, 是2011年的1.6倍), not the start
 * of a span (2012年以来), not a decade (90年代).
 */
function* yearsNamed(text: string): Generator<number> {
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})年(?!代)/g)) {
    const before = text.charAt((m.index ?? 0) - 1);
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 2);
    if ("比较是于自从".includes(before) || after === "以来") continue;
    yield Number(m[1]);
  }
}

/** How often a text names each year (see `yearsNamed`). */
function yearCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const year of yearsNamed(text)) counts.set(year, (counts.get(year) ?? 0) + 1);
  return counts;
}
