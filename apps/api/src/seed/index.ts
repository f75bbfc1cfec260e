import { type Logger, type Services, seedPublishedReport } from "@gongkai/api";
import { meta, places } from "@gongkai/db";
import { eq } from "drizzle-orm";
import { demoReports } from "./demo";
import { DEMO_COUNTY, DEMO_TOWNSHIP, SEED_PLACES } from "./places";
import { seedSamples } from "./samples";

export const SEED_KEY = "seed";
export const DEMO_FIRST_YEAR = 2021;

/**
 * On the first start of an empty store: the sample places, the sample reports (`samples/*.txt` through the
 * import pipeline, published under their townships) and the demonstration township's five years of reports.
 * One transaction, recorded in `meta`, so a store is seeded once and a failed seed leaves nothing behind.
 */
export async function seedIfEmpty(
  services: Services,
  options: { samplesDir: string; logger: Logger },
): Promise<boolean> {
  const db = services.db;
  const [done] = await db.select().from(meta).where(eq(meta.key, SEED_KEY));
  if (done) return false;
  const started = performance.now();
  const now = services.now();
  const counts = await db.transaction(async (tx) => {
    await tx.insert(places).values(SEED_PLACES).onConflictDoNothing();
    const placeMap = new Map(SEED_PLACES.map((p) => [p.id, p]));
    const samples = await seedSamples(tx, {
      samplesDir: options.samplesDir,
      places: placeMap,
      now,
      logger: options.logger,
      indexNumberRule: services.indexNumberRule,
    });
    const demo = demoReports(DEMO_TOWNSHIP, "示例镇", DEMO_FIRST_YEAR);
    for (const report of demo) {
      await seedPublishedReport(tx, report, {
        countyId: DEMO_COUNTY,
        demo: true,
        publishedAt: new Date(`${report.year}-01-20T02:00:00Z`),
        indexNumberRule: services.indexNumberRule,
      });
    }
    await tx.insert(meta).values({
      key: SEED_KEY,
      value: { at: now.toISOString(), samples, demo: demo.length },
      updatedAt: now,
    });
    return { samples, demo: demo.length };
  });
  services.reads.invalidate();
  options.logger.info("seeded the store on first start", {
    ...counts,
    ms: Math.round(performance.now() - started),
  });
  return true;
}
