import { refreshPublicRecords, reports, type Transaction } from "@gongkai/db";
import { type Actor, DEFAULT_INDEX_NUMBER_RULE, type IndexNumberRule, type Report } from "@gongkai/domain";
import { eq } from "drizzle-orm";
import { audit } from "../audit";
import { insertNewReport } from "./create";
import { disclosureFor } from "./disclosure";
import { writeVersion } from "./working-copy";

const SYSTEM: Actor = { kind: "system" };

/**
 * Stores a report and publishes it at once, as the system: for seeding sample and demonstration data, which
 * arrives already reviewed. Two versions (the draft and its publication), both audited as `seed.*`.
 */
export async function seedPublishedReport(
  tx: Transaction,
  content: Report,
  options: {
    countyId: string;
    demo: boolean;
    importId?: string | null;
    publishedAt: Date;
    indexNumberRule?: IndexNumberRule;
  },
): Promise<{ reportId: string; version: number }> {
  const who = { actor: SYSTEM, ip: null, now: options.publishedAt };
  await insertNewReport(tx, who, content, {
    countyId: options.countyId,
    demo: options.demo,
    importId: options.importId ?? null,
    summary: "seed.create",
  });
  const [row] = await tx.select().from(reports).where(eq(reports.id, content.id));
  if (!row) throw new Error(`seeded report ${content.id} vanished`);
  const disclosure = await disclosureFor(
    tx,
    content.townshipId,
    content,
    options.publishedAt,
    options.indexNumberRule ?? DEFAULT_INDEX_NUMBER_RULE,
  );
  const version = await writeVersion(
    tx,
    row,
    { ...content, disclosure },
    {
      kind: "publication",
      summary: "seed.publish",
      userId: null,
      now: options.publishedAt,
      extra: {
        state: "published",
        publishedVersion: row.headVersion + 1,
        hasPublishedVersion: true,
        firstPublishedAt: options.publishedAt,
        lastPublishedAt: options.publishedAt,
      },
    },
  );
  await refreshPublicRecords(tx, content.id);
  await audit(tx, who, {
    action: "seed.publish",
    reportId: content.id,
    entityType: "report",
    entityId: content.id,
    after: { version, demo: options.demo },
  });
  return { reportId: content.id, version };
}
