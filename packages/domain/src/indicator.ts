import { z } from "zod";
import { Dimension } from "./unit";

/** Stable identifier of an indicator: lower snake case, e.g. fiscal_revenue. */
export const IndicatorCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,63}$/, "lower snake case, e.g. fiscal_revenue");
export type IndicatorCode = z.infer<typeof IndicatorCode>;

export const IndicatorCategory = z.enum([
  "economy",
  "public_finance",
  "investment",
  "industry",
  "agriculture",
  "commerce",
  "tourism",
  "livelihood",
  "employment",
  "social_security",
  "rural",
  "infrastructure",
  "ecology",
  "education",
  "health",
  "culture",
  "poverty_alleviation",
  "business",
  "governance",
  "open_government",
  "population",
]);
export type IndicatorCategory = z.infer<typeof IndicatorCategory>;

export const INDICATOR_CATEGORY_LABELS: Record<IndicatorCategory, { zh: string; en: string }> = {
  economy: { zh: "经济总量", en: "Economy" },
  public_finance: { zh: "财政", en: "Public finance" },
  investment: { zh: "投资", en: "Investment" },
  industry: { zh: "工业", en: "Industry" },
  agriculture: { zh: "农业", en: "Agriculture" },
  commerce: { zh: "商贸", en: "Commerce" },
  tourism: { zh: "旅游", en: "Tourism" },
  livelihood: { zh: "居民生活", en: "Livelihood" },
  employment: { zh: "就业", en: "Employment" },
  social_security: { zh: "社会保障", en: "Social security" },
  rural: { zh: "农村集体经济", en: "Rural collectives" },
  infrastructure: { zh: "基础设施", en: "Infrastructure" },
  ecology: { zh: "生态环境", en: "Ecology" },
  education: { zh: "教育", en: "Education" },
  health: { zh: "卫生健康", en: "Health" },
  culture: { zh: "文化", en: "Culture" },
  poverty_alleviation: { zh: "脱贫攻坚", en: "Poverty alleviation" },
  business: { zh: "市场主体", en: "Businesses" },
  governance: { zh: "社会治理", en: "Governance" },
  open_government: { zh: "政务公开", en: "Open government" },
  population: { zh: "人口", en: "Population" },
};

/** What an indicator means: one entry of the catalogue. */
export const IndicatorDefinition = z.object({
  code: IndicatorCode,
  /** The name reports use most: 财政收入. */
  name: z.string().min(1).max(40),
  nameEn: z.string().min(1).max(80),
  /** Other ways reports write it; the name is among them. */
  aliases: z.array(z.string().min(1).max(40)).min(1),
  dimension: Dimension,
  /** Unit figures are shown in by default: 万元, 亿元, 元, 亩, 人. */
  unit: z.string(),
  category: IndicatorCategory,
  /** Whether a rise is good news; null when it depends (spending). */
  higherIsBetter: z.boolean().nullable(),
  description: z.string().max(400).optional(),
});
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;
