import { z } from "zod";
import { Id } from "./text";

/** The administrative hierarchy a report belongs to: 省 > 市 > 县/区 > 乡/镇/街道. */
export const PlaceLevel = z.enum(["province", "city", "county", "township"]);
export type PlaceLevel = z.infer<typeof PlaceLevel>;

/** 乡, 镇 and 街道 are the three kinds of township-level division. */
export const TownshipKind = z.enum(["乡", "镇", "街道"]);
export type TownshipKind = z.infer<typeof TownshipKind>;

/** 统计用区划代码: the 12-digit statistical division code (province 2, city 2, county 2, township 3, village 3). */
export const DivisionCode = z.string().regex(/^\d{12}$/, "a 12-digit statistical division code");

const PARENT_LEVEL: Record<PlaceLevel, PlaceLevel | null> = {
  province: null,
  city: "province",
  county: "city",
  township: "county",
};

// Digits of the division code that identify a place at each level.
const CODE_PREFIX: Record<PlaceLevel, number> = { province: 2, city: 4, county: 6, township: 9 };

export const Place = z
  .object({
    id: Id,
    level: PlaceLevel,
    name: z.string().min(1).max(40),
    /** Township kind for townships; for counties 县, 区, 县级市, 旗 …, free text. */
    kind: z.string().max(10).nullable(),
    code: DivisionCode.nullable(),
    parentId: Id.nullable(),
    /** Generated demonstration data is labelled wherever it appears. */
    demo: z.boolean().default(false),
  })
  .superRefine((p, ctx) => {
    if ((p.level === "province") !== (p.parentId === null)) {
      ctx.addIssue({ code: "custom", path: ["parentId"], message: "only a province has no parent" });
    }
    if (p.level === "township" && !TownshipKind.safeParse(p.kind).success) {
      ctx.addIssue({ code: "custom", path: ["kind"], message: "a township is a 乡, a 镇 or a 街道" });
    }
  });
export type Place = z.infer<typeof Place>;

export function parentLevel(level: PlaceLevel): PlaceLevel | null {
  return PARENT_LEVEL[level];
}

/**
 * Whether a child's division code lies inside its parent's (a township's code begins with its county's 6 digits).
 * @example codeWithin("110105010000", "110105000000") // true
 */
export function codeWithin(
  childCode: string,
  parentCode: string,
  parentLevelOf: PlaceLevel = "county",
): boolean {
  const n = CODE_PREFIX[parentLevelOf];
  return childCode.slice(0, n) === parentCode.slice(0, n);
}

/** Guesses the kind of a township from its name: 大庙镇 -> 镇, 霞山街道 -> 街道. */
export function townshipKindFromName(name: string): TownshipKind | null {
  if (name.endsWith("街道")) return "街道";
  if (name.endsWith("镇")) return "镇";
  if (name.endsWith("乡")) return "乡";
  return null;
}
