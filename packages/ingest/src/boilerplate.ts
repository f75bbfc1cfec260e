import type { RemovalReason } from "@gongkai/domain";
import { lastChar, SENTENCE_END } from "./chars";
import { PhraseSet } from "./phrases";

/*
 * Whole lines that are not the report: what document-sharing and aggregator sites wrap around a text (file size,
 * upload notices, copyright, metadata fields, navigation, "related articles" lists, tag clouds), the blurbs of
 * collections ("下面是小编为大家带来的…"), and page markers. Each rule is about how such sites and PDFs are made,
 * not about one file; add a phrase to the list it belongs to.
 */

/** Phrases that only site chrome contains; a line holding one is not report text. */
const SITE_PHRASES = [
  "文档由用户上传",
  "本文档",
  "本站不保证",
  "本站所有",
  "网站客服",
  "版权归属",
  "版权争议",
  "付费之前",
  "付费下载",
  "文库整理",
  "淘文库",
  "豆丁网",
  "道客巴巴",
  "百度文库",
  "原创力文档",
  "人人文库",
  "下载券",
  "立即下载",
  "点击下载",
  "免费下载",
  "阅读全部内容",
  "全文阅读已结束",
  "下载文档",
  "如有侵权",
  "侵权请联系",
  "版权声明",
  "客服QQ",
  "QQ:",
  "QQ群",
  "网站地图",
  "关于本站",
  "法律声明",
  "ICP备",
  "ICP证",
  "备案号",
  "网站标识码",
  "Copyright",
  "©",
  "All Rights Reserved",
  "版权所有",
  "技术支持:",
  "违法和不良信息举报",
  "打印本页",
  "关闭窗口",
  "【字体",
  "字体:大",
  "责任编辑",
  "浏览次数",
  "阅读次数",
  "返回顶部",
  "展开全文",
  "查看更多",
  "更多>>",
  "上一篇:",
  "下一篇:",
  "分享到:",
  "扫一扫",
  "原创力文档",
  "豆丁",
  "文档贡献者",
  "下载积分",
  "VIP专享",
  "页未读",
  "继续阅读",
  "精品文档",
  "文档来源于网络",
  "word格式",
  "Word格式",
  "可编辑",
  "欢迎下载",
  "此文档下载收益",
  "下载提示",
  "温馨提示:",
  "相关搜索",
  "热门搜索",
  "为您推荐",
  "点击查看",
  "阅读全文",
  "喜欢此文档",
  "免费在线预览",
  "文档页数",
  "文档格式",
  "文档大小",
  "上传时间",
  "浏览量",
  "下载次数",
  "收藏次数",
  "免责声明",
  "不代表本站",
  "本站为非营利",
  "不得转载",
  "转载请注明",
];

const SITE = new PhraseSet(SITE_PHRASES);

/** Words that are site chrome when they make up a short line on their own. */
const SITE_WORDS = new Set([
  "打印",
  "收藏",
  "分享",
  "举报",
  "登录",
  "注册",
  "首页",
  "返回",
  "大",
  "中",
  "小",
  "】",
  "【",
  "评论",
  "点赞",
  "关注",
  "正文",
  "正文:",
  "---",
  // Pagination and share buttons.
  "上一页",
  "下一页",
  "尾页",
  "末页",
  "QQ空间",
  "新浪微博",
  "腾讯微博",
  "人人网",
  "开心网",
  "百度空间",
  "天涯社区",
  "微信",
  "豆瓣",
]);

/** Metadata fields that aggregators print above a text (标题: … 来源: …). */
const FIELD =
  /^(?:标题|发文单位|发文时间|发文字号|来源URL|来源|作者|时间|发布时间|发布机构|发布日期|信息来源|信息发布人|阅读|评论|点击|浏览|关键词|title|date|author)\s?[:：]/;

/** Headers of "related articles" lists and tag clouds. */
const LIST_HEADERS = new Set([
  "本栏推荐",
  "阅读排行",
  "标签云",
  "热门标签",
  "相关文章",
  "相关推荐",
  "相关阅读",
  "推荐阅读",
  "热门文章",
  "热门推荐",
  "猜你喜欢",
  "最新文章",
  "延伸阅读",
  "精彩推荐",
  "大家都在看",
  "标签",
  "分享到",
]);

/** Blurbs of collections and aggregator pages: who wrote the page for whom. */
const BLURB_PHRASES = [
  "小编",
  "为大家整理",
  "为大家带来",
  "为大家收集",
  "为大家分享",
  "为大家精心",
  "为您整理",
  "欢迎品鉴",
  "欢迎阅读",
  "欢迎借鉴",
  "希望大家可以喜欢",
  "希望大家喜欢",
  "希望对大家有所帮助",
  "希望对您有所帮助",
  "希望对你有所帮助",
  "希望能帮助到",
  "仅供参考",
  "供大家参考",
  "优秀范文",
  "范文大全",
  "精选范文",
  "【导语】",
  "导语:",
  "欢迎阅读与收藏",
  "欢迎大家借鉴",
  "借鉴与参考",
  "范文网",
  "写作指导",
];
const BLURBS = new PhraseSet(BLURB_PHRASES);
const COLLECTION_TITLE = /[(（【]?(?:通用|精选|推荐|热门|最新)\d{1,3}篇[)）】]?/;

const FILE_SIZE = /^[-•·*]?\s?\d{1,5}(?:\.\d{1,3})?\s?(?:KB|MB|kb|mb|K|M|B|字|页)$/;
const ISO_DATE_LINE =
  /^[-•·*]?\s?(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s\d{1,2}:\d{2}(?::\d{2})?)?\s?(?:发布|上传|更新)?$/;
const DECORATED_PAGE = /^[-—–~]{1,3}\s?\d{1,4}\s?[-—–~]{1,3}$/;
const PAGE_OF = /^第\s?\d{1,4}\s?页(?:\s?[,/]?\s?共\s?\d{1,4}\s?页)?$/;
const PAGE_FRACTION = /^\d{1,4}\s?\/\s?\d{1,4}$/;
const PAGE_WORD = /^(?:page|Page|PAGE)\s?\d{1,4}(?:\s?(?:of|\/)\s?\d{1,4})?$/;
const BARE_NUMBER = /^\d{1,4}$/;
const DOC_WORD_END =
  /(?:报告|总结|讲话|计划|规划|方案|意见|通知|公报|致辞|发言|汇报|心得|范文|大全|摘要|纲要|全文|\(全文\))$/;

export function isListHeader(line: string): boolean {
  if (line.length > 10) return false;
  let end = line.length;
  while (end > 0 && ":：>》".includes(line.charAt(end - 1))) end--;
  return LIST_HEADERS.has(line.slice(0, end));
}

/** Why a line on its own is not report text, or null. */
export function lineNoise(line: string): RemovalReason | null {
  if (line.length === 0) return null;
  if (line.length <= 8 && SITE_WORDS.has(line)) return "site_boilerplate";
  if (FILE_SIZE.test(line) || ISO_DATE_LINE.test(line)) return "site_boilerplate";
  if (DECORATED_PAGE.test(line) || PAGE_OF.test(line) || PAGE_FRACTION.test(line) || PAGE_WORD.test(line))
    return "page_marker";
  if (line.length <= 240 && SITE.find(line)) return "site_boilerplate";
  if (line.length <= 60 && COLLECTION_TITLE.test(line)) return "collection_header";
  if (FIELD.test(line) && line.length <= 120) return "site_boilerplate";
  if (isListHeader(line)) return "link_list";
  return null;
}

/** Why a paragraph rejoined from wrapped lines is not report text (site notices and blurbs), or null. */
export function paragraphNoise(paragraph: string, wrapped: boolean): RemovalReason | null {
  // Unwrapped paragraphs were lines, already checked for site phrases.
  if (wrapped && paragraph.length <= 240 && SITE.find(paragraph)) return "site_boilerplate";
  if (paragraph.length <= 300 && BLURBS.find(paragraph)) return "collection_header";
  return null;
}

/** A line that reads like the title of another article in a list: short, no sentence, ends in a document word. */
export function isTitleLike(line: string): boolean {
  if (line.length < 3 || line.length > 40) return false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (ch === "。" || ch === "," || ch === ";" || ch === "!" || ch === "?" || ch === "、") return false;
  }
  return DOC_WORD_END.test(line) || ISO_DATE_LINE.test(line);
}

/** Whether a bare number line is a page number: it interrupts a sentence. */
export function isBareNumberLine(line: string): boolean {
  return BARE_NUMBER.test(line);
}

/** Whether a line ends a sentence (or a label), so that what follows starts afresh. */
export function endsSentence(line: string): boolean {
  const c = lastChar(line);
  return SENTENCE_END.has(c) || c === ":" || c === "”" || c === "!" || c === ")";
}
