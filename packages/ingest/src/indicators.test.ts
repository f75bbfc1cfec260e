import { toSpecImportResult } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { ingestText } from "./ingest-text";

const indicators = (text: string) =>
  toSpecImportResult(ingestText(text)).documents.flatMap((d) =>
    d.indicators.map((i) => [i.code, i.value, i.unit, i.yoyPct, i.kind]),
  );

describe("indicators", () => {
  it("recognises a core indicator named right before its figure, with its growth", () => {
    expect(
      indicators(
        "一、2020年工作回顾\n1-9月份,完成财政收入2630万元,同比增长30%;固定资产投资6.5亿元,同比增长23.7%。",
      ),
    ).toEqual([
      ["fiscal_revenue", 2630, "万元", 30, "actual"],
      ["fixed_asset_investment", 6.5, "亿元", 23.7, "actual"],
    ]);
  });

  it("reads the period from the sentence and the year the text last named", () => {
    const r = ingestText(
      "2019年,全镇工作稳步推进。\n镇域经济发展迅猛,截止10月底,实现工业总产值23亿元,同比增长4.65%;工业增加值1.2亿元。",
    );
    const spec = toSpecImportResult(r).documents[0]?.indicators.map((i) => [i.code, i.period]);
    expect(spec).toEqual([
      ["industrial_output", "2019-01/2019-10"],
      ["industrial_value_added", "2019-01/2019-10"],
    ]);
  });

  it("takes link words between name and figure, and the longest name", () => {
    expect(
      indicators("财政收入达7352万元。工业固定资产投资完成6558万元。规上工业企业总产值达4.24亿元。"),
    ).toEqual([
      ["fiscal_revenue", 7352, "万元", null, "actual"],
      ["industrial_fixed_asset_investment", 6558, "万元", null, "actual"],
      ["above_scale_industrial_output", 4.24, "亿元", null, "actual"],
    ]);
  });

  it("does not take a narrower subject for the town's indicator", () => {
    expect(
      indicators("截至11月底,总部经济税收1745万元,超额完成全年任务。其中工业固投4.49亿元,旅游固投1.37亿元。"),
    ).toEqual([["industrial_fixed_asset_investment", 4.49, "亿元", null, "actual"]]);
  });

  it("reads a name that closes the clause after its figure", () => {
    expect(indicators("184户439人贫困人口告别贫困、迈向小康。44户贫困户全部脱贫,筹资150多万元。")).toEqual([
      ["poverty_exits", 439, "人", null, "actual"],
      ["poverty_exits", 44, "户", null, "actual"],
    ]);
  });

  it("needs a unit that measures what the indicator measures", () => {
    expect(indicators("增加村集体收入10万。对3个废弃矿点进行闭坑造林。城镇登记失业率4.3%。")).toEqual([
      ["urban_unemployment_rate", 4.3, "%", null, "actual"],
    ]);
  });

  it("leaves out one project's figures after it starts producing", () => {
    expect(indicators("项目投产后,将提供产品2万件,年营业额4.2亿元,税收3200万元,提供就业360人。")).toEqual([]);
  });

  it("marks figures in the plan as targets and 预计 figures as forecasts", () => {
    expect(
      indicators(
        "一、2021年工作回顾\n预计全县地区生产总值完成65亿元,同比增长7.5%。\n二、2022年工作安排\n其中税收收入450万元,增长9%以上。",
      ),
    ).toEqual([
      ["gdp", 65, "亿元", 7.5, "forecast"],
      ["tax_revenue", 450, "万元", 9, "target"],
    ]);
  });

  it("does not read a share of the target reached as a target", () => {
    expect(
      indicators(
        "上半年新增就业54人,占全年目标任务的91%;城镇登记失业率4.3%。养老保险参保缴费300人,完成年度计划的104.9%。",
      ).map(([code, , , , kind]) => [code, kind]),
    ).toEqual([
      ["new_urban_jobs", "actual"],
      ["urban_unemployment_rate", "actual"],
      ["pension_insured", "actual"],
    ]);
  });

  it("keeps multiples and shares of the target in the rich result", () => {
    const d = ingestText("工业总产值18.49亿元,是上届末的1.59倍。实际利用内资7435.9万元,占全年目标的74.4%。")
      .documents[0];
    expect(d?.indicators.map((i) => [i.code, i.multiple, i.multipleBase, i.shareOfTargetPct])).toEqual([
      ["industrial_output", 1.59, "上届末", null],
      ["investment_attracted", null, null, 74.4],
    ]);
  });

  it("lists only core indicators in the contract's result, further catalogue links in the rich one", () => {
    const text = "出生人口108人,新建污水处理支管网3.6公里。";
    expect(ingestText(text).documents[0]?.indicators.map((i) => i.code)).toEqual([
      "births",
      "sewage_network",
    ]);
    expect(indicators(text)).toEqual([]);
  });
});
