import {
  auditLog,
  type Database,
  observationRows,
  publicObservations,
  reportPlainText,
  reports,
  reportVersions,
  scheduledPublications,
  searchDocuments,
} from "@gongkai/db";
import { isPublic, migrateReport, Report } from "@gongkai/domain";
import { asc } from "drizzle-orm";
import type { AckedPublication, AckedSave } from "./editors";

/*
 * What "nothing half-written" means in the store, checked over every report: each change is one transaction, so
 * after any crash the rows that belong together are all there or none is.
 */

/** Every way the store breaks its own rules, as sentences; empty when it keeps them all. */
export async function storeViolations(db: Database): Promise<string[]> {
  const problems: string[] = [];
  const rows = await db.select().from(reports);
  const versions = await db
    .select()
    .from(reportVersions)
    .orderBy(asc(reportVersions.reportId), asc(reportVersions.number));
  const docs = new Map((await db.select().from(searchDocuments)).map((d) => [d.reportId, d]));
  const observations = await db.select().from(publicObservations);
  const audits = await db.select({ action: auditLog.action, reportId: auditLog.reportId }).from(auditLog);
  const scheduled = new Set((await db.select().from(scheduledPublications)).map((s) => s.reportId));

  for (const row of rows) {
    const mine = versions.filter((v) => v.reportId === row.id);
    const numbers = mine.map((v) => v.number);
    // Versions 1…head, each written with the move of the head: none missing, none beyond.
    const expected = Array.from({ length: row.headVersion }, (_, i) => i + 1);
    if (numbers.join() !== expected.join()) {
      problems.push(`${row.id}: versions ${numbers.join(",")} but head ${row.headVersion}`);
    }
    for (const v of mine) {
      if (!Report.safeParse(migrateReport(v.content)).success) {
        problems.push(`${row.id} v${v.number}: content is not a valid report`);
      }
    }
    // Every save and publication wrote its audit entry in the same transaction.
    const edits = mine.filter((v) => v.summary === "sections.edit").length;
    const editAudits = audits.filter((a) => a.reportId === row.id && a.action === "sections.edit").length;
    if (edits !== editAudits)
      problems.push(`${row.id}: ${edits} saved versions but ${editAudits} audit entries`);
    const publications = mine.filter((v) => v.kind === "publication").length;
    const publicationAudits = audits.filter(
      (a) =>
        a.reportId === row.id && (a.action === "workflow.publish" || a.action === "workflow.publish_due"),
    ).length;
    // Seeded reports were published without the workflow: count only what the workflow published.
    const seeded = mine.filter((v) => v.kind === "publication" && v.summary.startsWith("seed.")).length;
    if (publications - seeded !== publicationAudits) {
      problems.push(
        `${row.id}: ${publications - seeded} publications but ${publicationAudits} audit entries`,
      );
    }
    if ((row.state === "scheduled") !== scheduled.has(row.id)) {
      problems.push(
        `${row.id}: state ${row.state} but ${scheduled.has(row.id) ? "a" : "no"} scheduled publication`,
      );
    }

    const doc = docs.get(row.id);
    const obs = observations.filter((o) => o.reportId === row.id);
    if (row.publishedVersion === null) {
      if (doc || obs.length) problems.push(`${row.id}: never published, yet has public rows`);
      continue;
    }
    const published = mine.find((v) => v.number === row.publishedVersion);
    if (published?.kind !== "publication") {
      problems.push(`${row.id}: published version ${row.publishedVersion} is not a publication`);
      continue;
    }
    if (!isPublic(row)) {
      if (doc || obs.length) problems.push(`${row.id}: not public, yet has public rows`);
      continue;
    }
    const content = Report.parse(migrateReport(published.content));
    if (doc?.body !== reportPlainText(content)) {
      problems.push(`${row.id}: the search index does not hold published version ${row.publishedVersion}`);
    }
    const want = observationRows(content, {
      reportId: row.id,
      version: row.publishedVersion,
      townshipId: row.townshipId,
      countyId: row.countyId,
    })
      .map((o) => o.observationId)
      .sort();
    const have = obs
      .filter((o) => o.version === row.publishedVersion)
      .map((o) => o.observationId)
      .sort();
    if (want.join() !== have.join() || have.length !== obs.length) {
      problems.push(
        `${row.id}: public figures ${have.length}/${obs.length} of version ${row.publishedVersion}, expected ${want.length}`,
      );
    }
  }
  return problems;
}

/** Acknowledged saves and publications the store does not hold, as sentences. */
export async function missingAcks(
  db: Database,
  saves: AckedSave[],
  publications: AckedPublication[],
): Promise<string[]> {
  const versions = await db
    .select({
      reportId: reportVersions.reportId,
      number: reportVersions.number,
      kind: reportVersions.kind,
      content: reportVersions.content,
    })
    .from(reportVersions);
  const find = (reportId: string, number: number) =>
    versions.find((v) => v.reportId === reportId && v.number === number);
  const rows = new Map((await db.select().from(reports)).map((r) => [r.id, r]));
  const missing: string[] = [];
  for (const s of saves) {
    const v = find(s.reportId, s.version);
    const text = v?.content.sections.find((x) => x.id === s.sectionId)?.text;
    if (text !== s.text)
      missing.push(`save ${s.reportId} v${s.version}: ${v ? `holds "${text}"` : "no such version"}`);
  }
  for (const p of publications) {
    const v = find(p.reportId, p.version);
    if (v?.kind !== "publication" || !v.content.sections.some((x) => x.text.includes(p.marker))) {
      missing.push(`publication ${p.reportId} v${p.version} (${p.marker}) is not in the store`);
    }
    const row = rows.get(p.reportId);
    if ((row?.publishedVersion ?? 0) < p.version) {
      missing.push(`publication ${p.reportId} v${p.version}: the public version is ${row?.publishedVersion}`);
    }
  }
  return missing;
}
