import { places, type Transaction } from "@gongkai/db";
import { type IndexNumberRule, indexNumber, REPORT_KIND_LABELS, type Report } from "@gongkai/domain";
import { eq } from "drizzle-orm";
import { shanghaiDate } from "../time";
import { nextCounter } from "./working-copy";

/**
 * The 政务公开 metadata a publication carries. What the editor filled in is kept; otherwise the 索引号 is drawn
 * from the deployment's rule with the township's division code as the organisation and a running number per year,
 * the first time the report is published, and 发布机构 is the township's government.
 */
export async function disclosureFor(
  tx: Transaction,
  townshipId: string,
  content: Report,
  now: Date,
  rule: IndexNumberRule,
): Promise<Report["disclosure"]> {
  const today = shanghaiDate(now);
  if (content.disclosure) {
    return { ...content.disclosure, publishedOn: content.disclosure.publishedOn ?? today };
  }
  const [township] = await tx.select().from(places).where(eq(places.id, townshipId));
  const seq = await nextCounter(tx, `index-number:${content.year}`);
  return {
    indexNumber: indexNumber(rule, {
      org: township?.code ?? townshipId.toUpperCase(),
      year: content.year,
      seq,
      category: content.kind,
    }),
    publisher: `${township?.name ?? ""}人民政府`.slice(0, 80),
    method: "proactive",
    subject: REPORT_KIND_LABELS[content.kind].zh,
    publishedOn: today,
    effectiveOn: today,
  };
}
