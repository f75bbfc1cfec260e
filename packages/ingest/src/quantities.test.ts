import { describe, expect, it } from "vitest";
import { scanQuantities } from "./quantities";

const found = (text: string) => scanQuantities(text).map((q) => [q.text, q.value, q.unit, q.qualifier]);

describe("scanQuantities", () => {
  it.each([
    [
      "完成财政收入2630万元,同比增长30%",
      [
        ["2630万元", 2630, "万元", "exact"],
        ["30%", 30, "%", "exact"],
      ],
    ],
    ["年出栏生猪超1.9万头", [["1.9万头", 1.9, "万头", "more_than"]]],
    ["家禽4万余羽", [["4万余羽", 4, "万羽", "more_than"]]],
    ["硬化道路面积14.3余万平方米", [["14.3余万平方米", 14.3, "万平方米", "more_than"]]],
    ["共发布推文近1200篇", [["1200篇", 1200, "篇", "nearly"]]],
    ["约14公里的河涌道路", [["14公里", 14, "公里", "approx"]]],
    ["覆盖率达60%以上,做好", [["60%", 60, "%", "at_least"]]],
    ["控制在1120人以内,新增", [["1120人", 1120, "人", "at_most"]]],
    ["增长15%左右", [["15%", 15, "%", "approx"]]],
    ["是上届末的1.59倍", [["1.59倍", 1.59, "倍", "exact"]]],
    ["投资额逾18亿元", [["18亿元", 18, "亿元", "more_than"]]],
    ["发放补贴资金11.71300万元", [["11.71300万元", 11.713, "万元", "exact"]]],
    ["发放科技资料万余份", [["万余份", 1, "万份", "more_than"]]],
    ["近万人成为失地农民", [["万人", 1, "万人", "nearly"]]],
    ["增加村集体收入10万。", [["10万", 10, "万", "exact"]]],
    [
      "信息采集1750,为1500户退伍军人家庭",
      [
        ["1750", 1750, "", "exact"],
        ["1500户", 1500, "户", "exact"],
      ],
    ],
    ["成功引进三个飞地经济项目", [["三个", 3, "个", "exact"]]],
    ["城管三支队伍", [["三支", 3, "支", "exact"]]],
    [
      "技能培训班两期(91人)",
      [
        ["两期", 2, "期", "exact"],
        ["91人", 91, "人", "exact"],
      ],
    ],
    ["生产厂房共13600平", [["13600平", 13600, "平方米", "exact"]]],
    ["新建厂房5000平方,统一平面布局", [["5000平方", 5000, "平方米", "exact"]]],
    ["规模500㎡", [["500㎡", 500, "㎡", "exact"]]],
    ["无偿献血量达19.6万毫升", [["19.6万毫升", 19.6, "万毫升", "exact"]]],
    ["引导有意向的企业共1,200家", [["1,200家", 1200, "家", "exact"]]],
    ["连续举办15届大樱桃产业文化节", [["15届", 15, "届", "exact"]]],
    ["新增“四上”5企业28家", [["28家", 28, "家", "exact"]]],
  ])("reads the quantities of %s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["dates and periods", "2021年是开局之年,5月28日召开,1-9月份,截止10月底"],
    ["durations", "实行24小时值班,5天时间完成,会期2天,每天学习五分钟"],
    ["ordinals and numbering", "第十四届人大三次会议,第一书记,二期工程,(一)抓落实,一是抓实"],
    ["ordinal lists", "十六届四、五、六次会议;省委九届九次、十次全会;二、三次管网"],
    ["names with numbers", "以g308国道为轴线,轨交14号线,3a级景区,5g基站,12345热线,500千伏线路"],
    [
      "slogans and counted phrases",
      "“1336”工作思路,两不愁三保障,增强“四个意识”,三项重点工作,五大板块,1+N,八项规定",
    ],
    [
      "thresholds in rule wording",
      "60周岁以上老人,超20万元的村庄有,经营收入在5万元以上的村,5000万元以上重点项目",
    ],
    ["indefinite 一", "一个具有特色的框架,走出了一条生态优先的路子,一批项目,发现一起、查处一起"],
    ["negated counts", "全年未发生一起安全生产责任事故,不冒一处烟"],
    ["footnote markers", "“六个到位”1和“八个一”2防疫措施,“两不愁三保障”13,"],
    ["years in lists", "2019、2020年持续抓好"],
    ["phases and parties", "分两期进行建设,一期计划用地,开展四方联合检查"],
    ["numbers too long to be figures", `${"9".repeat(40)}万元`],
  ])("finds nothing in %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it("gives spans that point at the figure as written", () => {
    const text = "年出栏生猪超1.9万头,肉牛100余头";
    for (const q of scanQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
