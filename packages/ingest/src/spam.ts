import { PhraseSet } from "./phrases";

/*
 * Spam that sites inject inside sentences: betting and gaming brands with "official site / app / login" words
 * (开云体育足球官网, 华体会体育app下载). A run is spam when a gaming word is followed by a site word, or a known
 * brand stands before the gaming word. Brands are listed the way ad blockers list them: add new ones here.
 */

const GAMING = [
  "体育",
  "娱乐",
  "棋牌",
  "彩票",
  "足球",
  "篮球",
  "电竞",
  "真人",
  "博彩",
  "竞猜",
  "投注",
  "赌场",
  "游戏",
];
const STRONG = [
  "官方网站",
  "官方网",
  "官网",
  "网页版",
  "手机版",
  "登录入口",
  "登陆入口",
  "入口",
  "app下载",
  "APP下载",
  "App下载",
  "app",
  "APP",
  "App",
  "下载",
  "注册",
  "登录",
  "登陆",
  "首页",
];
const WEAK = ["平台", "网址", "网站", "官方", "中国", "(中国)", "·", "-"];
export const SPAM_BRANDS = [
  "开云",
  "华体会",
  "乐鱼",
  "九游",
  "米乐",
  "爱游戏",
  "星空",
  "半岛",
  "雷竞技",
  "亚博",
  "必威",
  "博鱼",
  "金年会",
  "凯发",
  "威尼斯人",
  "新葡京",
  "葡京",
  "皇冠",
  "沙巴",
  "万博",
  "明升",
  "伟德",
  "立博",
  "天博",
  "欧宝",
  "开元",
  "乐动",
  "杏耀",
  "bet365",
  "kaiyun",
  "leyu",
  "hth",
];

const GAMING_WORDS = new PhraseSet(GAMING);

const BRANDS = new PhraseSet(SPAM_BRANDS);

/** Spans [start, end) of injected spam in a line, in order and not overlapping. */
export function findSpam(line: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let i = 0;
  while (i < line.length) {
    const brand = BRANDS.at(line, i);
    const from = brand ? i + brand.length : i;
    if (!brand && !GAMING_WORDS.at(line, i)) {
      i++;
      continue;
    }
    // The run of gaming and site words after the brand (or from the gaming word).
    let end = from;
    let strong = 0;
    let gaming = 0;
    for (;;) {
      const g = matchAt(line, end, GAMING);
      if (g) {
        gaming++;
        end += g.length;
        continue;
      }
      const s = matchAt(line, end, STRONG);
      if (s) {
        strong++;
        end += s.length;
        continue;
      }
      const w = matchAt(line, end, WEAK);
      if (w && strong + gaming > 0) {
        end += w.length;
        continue;
      }
      break;
    }
    if (strong > 0 || (brand && gaming > 0 && end - from > 2)) {
      found.push([i, end]);
      i = end;
    } else i++;
  }
  return found;
}

function matchAt(s: string, at: number, words: readonly string[]): string | undefined {
  for (const w of words) if (s.startsWith(w, at)) return w;
  return undefined;
}
