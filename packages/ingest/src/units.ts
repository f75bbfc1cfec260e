import { COUNT_WORDS, MEASURE_UNITS, parseUnit } from "@gongkai/domain";

/*
 * The unit words the quantity scanner recognises after a number: the domain's units of measure and count words,
 * minus the ones that in reports mostly name things rather than measure them (级 in 3a级景区, 度 in 年度), and the
 * words that open a compound when another character follows (方面, 部门, 场所, 项目): a count word directly
 * followed by one of those characters is not a unit.
 */

const EXCLUDED = new Set(["级", "度"]);

/** Characters that turn a unit word into the first half of another word: 方+面 = 方面. */
const COMPOUNDS: Record<string, string> = {
  方: "面向式案法针位便正略圆",
  起: "来步草点到源伏诉航",
  部: "门署分位长队委",
  场: "所景地馆镇面合站",
  户: "籍口外型主",
  人: "员口民才大士群物社居力均身工生事文选",
  名: "单额义称录片牌优列下",
  只: "有要能是",
  处: "理置罚于在长室级",
  座: "谈",
  所: "有以在属得辖需",
  条: "件例款约块",
  项: "目",
  台: "账阶风",
  批: "准复示发",
  支: "持部出付撑柱队援流线",
  间: "隔距接断",
  套: "餐用",
  期: "间限待望末初刊满",
  家: "庭园乡属具长门风电禽人底",
  次: "序要日年",
  根: "据本源",
  本: "地领着色职级村镇乡年次届人身质部科土来期月县市区单",
  位: "置于列居",
  对: "象接于比标策口外照待",
  眼: "睛前光",
  门: "户口诊前类槛",
  口: "号岸径袋罩子",
  架: "构设",
  张: "贴",
  种: "植类子养苗",
  届: "期时满",
  宗: "教旨",
  笔: "记",
  幅: "度",
  篇: "章",
  份: "额子",
  平: "台安稳衡均原价面方",
  克: "服隆",
  元: "旦素",
  米: "袋",
  升: "级学高值温",
  组: "织建成团长",
  尾: "矿",
  例: "如",
  块: "头",
  个: "月人性体案",
  包: "括含装保联村抓干片户容",
};

const ALL_UNITS: string[] = [...MEASURE_UNITS.map((u) => u.symbol), ...Object.keys(COUNT_WORDS)].filter(
  (u) => !EXCLUDED.has(u),
);

/** Unit words by their first code unit, longest first. */
const BY_FIRST = new Map<number, string[]>();
for (const u of ALL_UNITS) {
  const list = BY_FIRST.get(u.charCodeAt(0)) ?? [];
  list.push(u);
  list.sort((a, b) => b.length - a.length);
  BY_FIRST.set(u.charCodeAt(0), list);
}

/** Magnitude words written between a number and its unit, longest first. */
export const MAGNITUDE_WORDS = ["万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万", "亿", "万", "千"];

/** Words that a unit word may start without forming a compound: 三支队伍 is three teams, not a 支队. */
const NOT_COMPOUND: Record<string, readonly string[]> = {
  支: ["队伍"],
  名: ["单位"],
};

/** The unit word starting at `at`, longest first, unless it opens a compound word. */
export function unitAt(text: string, at: number): string | null {
  const list = BY_FIRST.get(text.charCodeAt(at));
  if (!list) return null;
  for (const w of list) {
    if (!text.startsWith(w, at)) continue;
    const len = w.length;
    const next = text.charAt(at + len);
    const compound = COMPOUNDS[w];
    if (compound && next && compound.includes(next)) {
      const rest = text.slice(at + len, at + len + 2);
      if (!NOT_COMPOUND[w]?.includes(rest)) continue;
    }
    return w;
  }
  return null;
}

/** The magnitude word starting at `at` (万, 亿, 千万 …), or null. */
export function magnitudeAt(text: string, at: number): string | null {
  for (const m of MAGNITUDE_WORDS) if (text.startsWith(m, at)) return m;
  return null;
}

/** Whether the unit as written (magnitude included) is one the domain can convert; 毫升 and friends are not yet. */
export function isKnownUnit(unit: string): boolean {
  return parseUnit(unit).ok;
}

export function allUnitWords(): readonly string[] {
  return ALL_UNITS;
}
