import { z } from "zod";
import { IndicatorCode } from "../indicator";
import { Id } from "../text";
import { Instant } from "./instant";

/** What the sitemap lists: published reports with their last publication, townships, indicators with figures. */
export const SitemapEntries = z.object({
  reports: z.array(z.object({ id: Id, lastModified: Instant })),
  townshipIds: z.array(Id),
  indicatorCodes: z.array(IndicatorCode),
});
export type SitemapEntries = z.infer<typeof SitemapEntries>;
