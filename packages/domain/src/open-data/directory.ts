import { z } from "zod";
import { Place } from "../place";

export const TownshipEntry = z.object({
  township: Place,
  /** Published reports of this township, and their years (latest first). */
  reportCount: z.number().int().min(0),
  years: z.array(z.number().int()),
});
export type TownshipEntry = z.infer<typeof TownshipEntry>;

export const CountyEntry = z.object({
  county: Place,
  city: Place.nullable(),
  province: Place.nullable(),
  townships: z.array(TownshipEntry),
});
export type CountyEntry = z.infer<typeof CountyEntry>;

/** Townships by county, for the home page's directory and `/api/v1/places`. */
export const Directory = z.object({ counties: z.array(CountyEntry) });
export type Directory = z.infer<typeof Directory>;
