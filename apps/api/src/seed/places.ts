import type { Place } from "@gongkai/domain";

/*
 * The places the seed creates. Sample reports are real texts found online; where a report names its township
 * (望京镇, 石碁镇) it is filed under it, and where the township was redacted (xx镇, ***镇) under clearly named
 * sample townships of a sample county. 示例镇 and its parents are generated demonstration data (`demo: true`).
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
export const DEMO_TOWNSHIP = "twp-demo";
export const DEMO_COUNTY = "cnty-demo";

/** 样本甲镇 … 样本癸镇: one per redacted sample document. */
export const SAMPLE_TOWNSHIPS = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"].map((stem, i) =>
  place(`twp-sample-${i + 1}`, "township", `样本${stem}镇`, SAMPLE_COUNTY, "镇"),
);

export const SEED_PLACES: Place[] = [
  place("prv-sample", "province", "样本省", null),
  place("cty-sample", "city", "样本市", "prv-sample"),
  place(SAMPLE_COUNTY, "county", "样本县", "cty-sample", "县"),
  place("twp-wangjing", "township", "望京镇", SAMPLE_COUNTY, "镇"),
  ...SAMPLE_TOWNSHIPS,
  place("prv-guangdong", "province", "广东省", null),
  place("cty-guangzhou", "city", "广州市", "prv-guangdong"),
  place("cnty-panyu", "county", "番禺区", "cty-guangzhou", "区"),
  place("twp-shiji", "township", "石碁镇", "cnty-panyu", "镇"),
  place("prv-demo", "province", "示例省", null, null, true),
  place("cty-demo", "city", "示例市", "prv-demo", null, true),
  place(DEMO_COUNTY, "county", "示例县", "cty-demo", "县", true),
  place(DEMO_TOWNSHIP, "township", "示例镇", DEMO_COUNTY, "镇", true),
];
