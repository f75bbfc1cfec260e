import { createHash } from "node:crypto";
import { type Place, type TownshipKind, townshipKindFromName } from "@gongkai/domain";

/*
 * The places the seed creates. Sample reports are real texts found online. A report is filed under the township
 * the import pipeline finds in it; its county is the one the sample's own text names (番禺 in 石碁镇's report,
 * 重庆市铜梁区 in 大庙镇's) and otherwise 县区未注明, a county that says it is unknown. Documents whose
 * township was redacted (xx镇, ***镇) or that name none go to clearly named sample townships of a sample county.
 * 示例镇 and its parents are generated demonstration data (`demo: true`).
 */
const place = (
  id: string,
  level: Place["level"],
  name: string,
  parentId: string | null,
  kind: string | null = null,
  demo = false,
): Place => ({ id, level, name, kind, code: null, parentId, demo });

export const SAMPLE_COUNTY = "cnty-sample";
export const UNSTATED_COUNTY = "cnty-unstated";
export const DEMO_TOWNSHIP = "twp-demo";
export const DEMO_COUNTY = "cnty-demo";

/** 样本甲镇 … 样本癸镇: one per document whose township is not named, taken in order as they are needed. */
export const SAMPLE_TOWNSHIPS = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"].map((stem, i) =>
  place(`twp-sample-${i + 1}`, "township", `样本${stem}镇`, SAMPLE_COUNTY, "镇"),
);

/** The counties and their parents, created on every seed (a county without townships is not listed publicly). */
export const SEED_PLACES: Place[] = [
  place("prv-sample", "province", "样本省", null),
  place("cty-sample", "city", "样本市", "prv-sample"),
  place(SAMPLE_COUNTY, "county", "样本县", "cty-sample", "县"),
  place("prv-unstated", "province", "省份未注明", null),
  place("cty-unstated", "city", "地市未注明", "prv-unstated"),
  place(UNSTATED_COUNTY, "county", "县区未注明", "cty-unstated"),
  place("prv-guangdong", "province", "广东省", null),
  place("cty-guangzhou", "city", "广州市", "prv-guangdong"),
  place("cnty-panyu", "county", "番禺区", "cty-guangzhou", "区"),
  // 统计用区划: a municipality's districts sit under its 市辖区.
  place("prv-chongqing", "province", "重庆市", null),
  place("cty-chongqing", "city", "市辖区", "prv-chongqing"),
  place("cnty-tongliang", "county", "铜梁区", "cty-chongqing", "区"),
  place("prv-demo", "province", "示例省", null, null, true),
  place("cty-demo", "city", "示例市", "prv-demo", null, true),
  place(DEMO_COUNTY, "county", "示例县", "cty-demo", "县", true),
  place(DEMO_TOWNSHIP, "township", "示例镇", DEMO_COUNTY, "镇", true),
];

/**
 * Townships of the samples with a readable id, and their county where the sample's text names it. Any other
 * township the pipeline finds gets an id from its name and goes under 县区未注明.
 */
const KNOWN_TOWNSHIPS: Record<string, { id: string; countyId: string }> = {
  望京镇: { id: "twp-wangjing", countyId: UNSTATED_COUNTY }, // its report names only 县委、县政府
  石碁镇: { id: "twp-shiji", countyId: "cnty-panyu" }, // 番禺上市企业
  大庙镇: { id: "twp-damiao", countyId: "cnty-tongliang" }, // 重庆市铜梁区第十四特困供养服务中心
  迳口镇: { id: "twp-jingkou", countyId: UNSTATED_COUNTY }, // its report names only 市委、市政府
};

/**
 * The place for a township the import pipeline names, or null when the name is not a 乡, 镇 or 街道 (a
 * district's document names its district): such documents go to a sample township instead.
 * @example townshipPlace("大庙镇") // { id: "twp-damiao", name: "大庙镇", parentId: "cnty-tongliang", … }
 */
export function townshipPlace(name: string): Place | null {
  const kind: TownshipKind | null = townshipKindFromName(name);
  if (!kind || name.length <= kind.length || name.length > 40) return null;
  const known = KNOWN_TOWNSHIPS[name];
  const id = known?.id ?? `twp-${createHash("sha256").update(name).digest("hex").slice(0, 12)}`;
  return place(id, "township", name, known?.countyId ?? UNSTATED_COUNTY, kind);
}
