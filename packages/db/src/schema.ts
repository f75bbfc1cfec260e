import {
  ActorKind,
  type ImportResult,
  ObservationKind,
  ObservationMeasure,
  type Period,
  PlaceLevel,
  Qualifier,
  type Report,
  ReportKind,
  RoleName,
  WorkflowState,
} from "@gongkai/domain";
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  customType,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/*
 * One table per record type. Every time is a UTC `timestamptz`; the apps show them in Asia/Shanghai.
 * Ids are text chosen by the application (`rpt-…`, `usr-…`) so that imports and seeds can name them.
 */

const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => "tsvector" });
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  // node-postgres returns a Buffer, PGlite a Uint8Array: both are Uint8Arrays.
  fromDriver: (v) => new Uint8Array(v),
});
const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
/**
 * The domain's enum values as the non-empty tuple drizzle's `text({ enum })` types a column with. The database
 * column stays plain `text` (drizzle adds no constraint), so the domain's lists can grow without a migration.
 */
const valuesOf = <T extends string>(e: { options: readonly T[] }) => e.options as unknown as [T, ...T[]];

/** 省 > 市 > 县 > 乡/镇/街道, the shape of the domain's `Place`. */
export const places = pgTable(
  "places",
  {
    id: text("id").primaryKey(),
    level: text("level", { enum: valuesOf(PlaceLevel) }).notNull(),
    name: text("name").notNull(),
    kind: text("kind"),
    code: text("code"),
    parentId: text("parent_id"),
    demo: boolean("demo").notNull().default(false),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    index("places_parent_idx").on(t.parentId),
    index("places_level_name_idx").on(t.level, t.name),
  ],
);

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    /** Lower-cased, so that logins are case-insensitive. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    disabledAt: at("disabled_at"),
    passwordChangedAt: at("password_changed_at").notNull().defaultNow(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_idx").on(t.email)],
);

/** One row per right: an editor of three townships has three rows, so "who edits X" is an indexed query. */
export const roleGrants = pgTable(
  "role_grants",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    role: text("role", { enum: valuesOf(RoleName) }).notNull(),
    townshipId: text("township_id").references(() => places.id),
    countyId: text("county_id").references(() => places.id),
  },
  (t) => [
    index("role_grants_user_idx").on(t.userId),
    index("role_grants_township_idx").on(t.townshipId),
    index("role_grants_county_idx").on(t.countyId),
  ],
);

/** A session is found by the SHA-256 of its cookie token, so a copy of the table opens no session. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: at("created_at").notNull().defaultNow(),
    lastSeenAt: at("last_seen_at").notNull().defaultNow(),
    expiresAt: at("expires_at").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

/**
 * A report and where its working copy stands. The content lives in `report_versions`: `headVersion` is the
 * working copy (and the token every edit must carry), `publishedVersion` what the public sees.
 */
export const reports = pgTable(
  "reports",
  {
    id: text("id").primaryKey(),
    townshipId: text("township_id")
      .notNull()
      .references(() => places.id),
    /** Denormalised from the township so that a reviewer's list is one indexed query. */
    countyId: text("county_id")
      .notNull()
      .references(() => places.id),
    kind: text("kind", { enum: valuesOf(ReportKind) }).notNull(),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    state: text("state", { enum: valuesOf(WorkflowState) }).notNull(),
    headVersion: integer("head_version").notNull(),
    publishedVersion: integer("published_version"),
    hasPublishedVersion: boolean("has_published_version").notNull().default(false),
    firstPublishedAt: at("first_published_at"),
    lastPublishedAt: at("last_published_at"),
    withdrawnAt: at("withdrawn_at"),
    withdrawalReason: text("withdrawal_reason"),
    importId: text("import_id"),
    demo: boolean("demo").notNull().default(false),
    createdBy: text("created_by").references(() => users.id),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("reports_township_year_idx").on(t.townshipId, t.year),
    index("reports_county_state_idx").on(t.countyId, t.state),
    index("reports_state_idx").on(t.state),
    index("reports_public_idx")
      .on(t.lastPublishedAt)
      .where(sql`${t.hasPublishedVersion} and ${t.state} <> 'withdrawn'`),
  ],
);

/**
 * Immutable versions: every save of a draft and every publication, each with the whole domain `Report`.
 * A trigger (migration 0001) refuses UPDATE and DELETE.
 */
export const reportVersions = pgTable(
  "report_versions",
  {
    reportId: text("report_id")
      .notNull()
      .references(() => reports.id),
    number: integer("number").notNull(),
    kind: text("kind", { enum: ["draft", "publication"] }).notNull(),
    content: jsonb("content").$type<Report>().notNull(),
    /** What this save did, e.g. `sections.edit`; for a correction the public change note is `changeNote`. */
    summary: text("summary").notNull(),
    changeNote: text("change_note"),
    createdBy: text("created_by"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.number] }),
    index("report_versions_publications_idx").on(t.createdAt).where(sql`${t.kind} = 'publication'`),
  ],
);

/**
 * The figures of every public version, one row per observation, so that series across years and comparisons
 * across townships are indexed queries. Rebuilt for a report whenever what the public sees of it changes.
 */
export const publicObservations = pgTable(
  "public_observations",
  {
    reportId: text("report_id")
      .notNull()
      .references(() => reports.id),
    observationId: text("observation_id").notNull(),
    version: integer("version").notNull(),
    townshipId: text("township_id").notNull(),
    countyId: text("county_id").notNull(),
    reportYear: integer("report_year").notNull(),
    reportKind: text("report_kind", { enum: valuesOf(ReportKind) }).notNull(),
    indicatorCode: text("indicator_code").notNull(),
    subject: text("subject").notNull(),
    kind: text("kind", { enum: valuesOf(ObservationKind) }).notNull(),
    /** Level, or growth (the value a rate in %): series and comparisons read levels only. */
    measure: text("measure", { enum: valuesOf(ObservationMeasure) })
      .notNull()
      .default("level"),
    period: jsonb("period").$type<Period>().notNull(),
    periodType: text("period_type").notNull(),
    periodKey: text("period_key").notNull(),
    /** The last year the period touches; the year a target is due. */
    periodYear: integer("period_year").notNull(),
    wholeYear: boolean("whole_year").notNull(),
    decimal: text("decimal").notNull(),
    unit: text("unit").notNull(),
    qualifier: text("qualifier", { enum: valuesOf(Qualifier) }).notNull(),
    /** The value in the unit's base (元, 亩 …) for sorting and charts; null when the unit is not convertible. */
    baseValue: numeric("base_value"),
    baseUnit: text("base_unit"),
    yoyPct: doublePrecision("yoy_pct"),
    preliminary: boolean("preliminary").notNull(),
    sectionId: text("section_id"),
    quote: text("quote"),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.observationId] }),
    index("public_obs_series_idx").on(t.indicatorCode, t.townshipId, t.periodYear),
    index("public_obs_year_idx").on(t.indicatorCode, t.periodYear),
    index("public_obs_township_idx").on(t.townshipId, t.kind),
  ],
);

/**
 * The search index of public reports: character unigrams and bigrams weighted A (title), B (headings,
 * indicator names), C (body); `head` holds only A and B. Matches come from the GIN index on `vector`, and
 * whether they are in the title or the headings from the GIN indexes on `head` and its A part.
 */
export const searchDocuments = pgTable(
  "search_documents",
  {
    reportId: text("report_id")
      .primaryKey()
      .references(() => reports.id),
    townshipId: text("township_id").notNull(),
    countyId: text("county_id").notNull(),
    year: integer("year").notNull(),
    kind: text("kind", { enum: valuesOf(ReportKind) }).notNull(),
    title: text("title").notNull(),
    publishedAt: at("published_at").notNull(),
    vector: tsvector("vector").notNull(),
    head: tsvector("head").notNull(),
    /** Title, headings and text as published, for the snippets built in TypeScript. */
    body: text("body").notNull(),
  },
  (t) => [
    index("search_vector_idx").using("gin", t.vector),
    // Which matches are in the title or the headings is read from these indexes, never from the rows' vectors.
    index("search_head_idx").using("gin", t.head),
    index("search_title_idx").using("gin", sql`ts_filter(${t.head}, '{a}')`),
    index("search_filters_idx").on(t.townshipId, t.year),
    index("search_county_idx").on(t.countyId, t.year),
  ],
);

/** Review comments anchored to a section (or the report as a whole), with replies and resolution. */
export const reviewComments = pgTable(
  "review_comments",
  {
    id: text("id").primaryKey(),
    reportId: text("report_id")
      .notNull()
      .references(() => reports.id),
    sectionId: text("section_id"),
    parentId: text("parent_id"),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    version: integer("version").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    resolvedAt: at("resolved_at"),
    resolvedBy: text("resolved_by").references(() => users.id),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    index("review_comments_report_idx").on(t.reportId, t.createdAt),
  ],
);

/** A check's warning that someone looked at and let through; errors are never acknowledged. */
export const warningAcknowledgements = pgTable(
  "warning_acknowledgements",
  {
    reportId: text("report_id")
      .notNull()
      .references(() => reports.id),
    findingKey: text("finding_key").notNull(),
    version: integer("version").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    note: text("note"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.findingKey] })],
);

/** Append-only (a trigger refuses UPDATE and DELETE): who did what, when, with the state before and after. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: at("at").notNull().defaultNow(),
    actorKind: text("actor_kind", { enum: valuesOf(ActorKind) }).notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    reportId: text("report_id"),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: text("ip"),
  },
  (t) => [
    index("audit_report_idx").on(t.reportId, t.id),
    index("audit_actor_idx").on(t.actorId, t.id),
    index("audit_at_idx").on(t.at),
  ],
);

/** An uploaded or pasted file: the original bytes, and what the import pipeline made of it. */
export const imports = pgTable(
  "imports",
  {
    id: text("id").primaryKey(),
    fileName: text("file_name"),
    format: text("format").notNull(),
    sha256: text("sha256").notNull(),
    size: integer("size").notNull(),
    bytes: bytea("bytes").notNull(),
    result: jsonb("result").$type<ImportResult>().notNull(),
    createdBy: text("created_by").references(() => users.id),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("imports_created_by_idx").on(t.createdBy, t.createdAt)],
);

/** A publication set for a time. It is a row until it happens, so it survives restarts. */
export const scheduledPublications = pgTable(
  "scheduled_publications",
  {
    reportId: text("report_id")
      .primaryKey()
      .references(() => reports.id),
    dueAt: at("due_at").notNull(),
    version: integer("version").notNull(),
    changeNote: text("change_note"),
    createdBy: text("created_by").references(() => users.id),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("scheduled_due_idx").on(t.dueAt)],
);

/** Running numbers, e.g. the {seq} of a year's 索引号. */
export const counters = pgTable("counters", {
  name: text("name").primaryKey(),
  value: integer("value").notNull(),
});

/** Facts about this store: when it was seeded, and so on. */
export const meta = pgTable("meta", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: at("updated_at").notNull().defaultNow(),
});
