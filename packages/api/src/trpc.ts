import { reports } from "@gongkai/db";
import { canEdit, canSeeDrafts, isAdmin, isPublic, reviewsCounty } from "@gongkai/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Context } from "./context";
import { AppError, type ErrorCode, errorBody, validationError } from "./errors";
import { toAppError } from "./unexpected";
import { unstorableTextError } from "./unstorable-text";

/**
 * Who may call a procedure. Every procedure declares one; the access middleware enforces it before the
 * handler runs, and the role-matrix test walks every procedure of the router against every role.
 * - `public`: anyone, signed in or not (reads of published data only).
 * - `signedIn`: any signed-in user.
 * - `editor`: a user with an editor grant (of any township) or an admin.
 * - `admin`: administrators.
 * - `editorOfTownship`: an editor of `input.townshipId`, or an admin.
 * - `viewerOfReport`: whoever may see `input.reportId`'s drafts: its township's editors, its county's reviewers,
 *   admins. The workflow procedure has this access and the domain's `transition` then decides the step.
 * - `editorOfReport`: an editor of the report's township, or an admin.
 * - `reviewerOfReport`: a reviewer of the report's county, or an admin.
 */
export const ACCESS = [
  "public",
  "signedIn",
  "editor",
  "admin",
  "editorOfTownship",
  "viewerOfReport",
  "editorOfReport",
  "reviewerOfReport",
] as const;
export type Access = (typeof ACCESS)[number];

export interface ProcedureMeta {
  access: Access;
}

export type ReportRow = typeof reports.$inferSelect;

/** The context after the access check: for report procedures, the report it found. */
export interface AccessContext extends Context {
  report: ReportRow | null;
}

const TRPC_CODES: Record<number, TRPCError["code"]> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  410: "NOT_FOUND",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  422: "UNPROCESSABLE_CONTENT",
  429: "TOO_MANY_REQUESTS",
  503: "SERVICE_UNAVAILABLE",
};

/** The TRPCError that carries an AppError: its HTTP status follows the AppError's, its body is the AppError's. */
export function trpcErrorOf(app: AppError): TRPCError {
  return new TRPCError({
    code: TRPC_CODES[app.status] ?? "INTERNAL_SERVER_ERROR",
    message: app.message,
    cause: app,
  });
}

/** What tRPC's own errors, raised before a procedure runs (no such procedure, a GET for a mutation, bad JSON), mean. */
const BEFORE_PROCEDURE: Partial<Record<TRPCError["code"], ErrorCode>> = {
  NOT_FOUND: "NOT_FOUND",
  PARSE_ERROR: "VALIDATION",
  BAD_REQUEST: "VALIDATION",
  METHOD_NOT_SUPPORTED: "VALIDATION",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
};

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const app =
        error.cause instanceof AppError
          ? error.cause
          : new AppError(
              BEFORE_PROCEDURE[error.code] ?? "INTERNAL",
              error.code === "INTERNAL_SERVER_ERROR" ? {} : { message: { en: error.message } },
            );
      return {
        ...shape,
        message: app.localized.en,
        data: { ...shape.data, stack: undefined, app: errorBody(app) },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Turns every failure into an AppError-backed TRPCError with a stable code; unexpected ones are logged. */
const errors = t.middleware(async ({ ctx, next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const e = result.error;
  let app: AppError;
  if (e.cause instanceof AppError) app = e.cause;
  else if (e.cause instanceof z.ZodError) app = validationError(e.cause);
  else if (e.code === "PARSE_ERROR" || e.code === "BAD_REQUEST") {
    app = new AppError("VALIDATION", { message: { zh: "请求格式有误", en: e.message } });
  } else if (e.code === "PAYLOAD_TOO_LARGE") app = new AppError("PAYLOAD_TOO_LARGE");
  else if (e.code === "UNSUPPORTED_MEDIA_TYPE") app = new AppError("UNSUPPORTED_MEDIA_TYPE");
  else if (e.code === "METHOD_NOT_SUPPORTED")
    app = new AppError("VALIDATION", { message: { en: e.message } });
  else {
    app = toAppError(e.cause ?? e);
    if (app.code === "INTERNAL" || app.code === "UNAVAILABLE") {
      ctx.services.logger.error("procedure failed", {
        path,
        error: String((e.cause as Error | undefined)?.stack ?? e.cause ?? e),
      });
    }
  }
  throw trpcErrorOf(app);
});

const denied = (code: ErrorCode) => new AppError(code);

/** Enforces the procedure's declared access; report procedures get their report in `ctx.report`. */
const enforceAccess = t.middleware(async ({ ctx, meta, input, next }) => {
  const access = meta?.access;
  if (!access) throw denied("FORBIDDEN");
  const actor = ctx.actor;
  const signedIn = actor.kind === "user";
  const fields = (input ?? {}) as { reportId?: unknown; townshipId?: unknown };
  let report: ReportRow | null = null;
  switch (access) {
    case "public":
      break;
    case "signedIn":
      if (!signedIn) throw denied("UNAUTHENTICATED");
      break;
    case "editor":
      if (!signedIn) throw denied("UNAUTHENTICATED");
      if (!isAdmin(actor) && !actor.grants.some((g) => g.role === "editor")) throw denied("FORBIDDEN");
      break;
    case "admin":
      if (!signedIn) throw denied("UNAUTHENTICATED");
      if (!isAdmin(actor)) throw denied("FORBIDDEN");
      break;
    case "editorOfTownship": {
      if (!signedIn) throw denied("UNAUTHENTICATED");
      const townshipId = typeof fields.townshipId === "string" ? fields.townshipId : "";
      if (!canEdit(actor, { townshipId, countyId: "" })) throw denied("FORBIDDEN");
      break;
    }
    case "viewerOfReport":
    case "editorOfReport":
    case "reviewerOfReport": {
      if (!signedIn) throw denied("UNAUTHENTICATED");
      const reportId = typeof fields.reportId === "string" ? fields.reportId : "";
      const [row] = await ctx.services.db.select().from(reports).where(eq(reports.id, reportId));
      // Someone who may not see a report's drafts learns nothing of an unpublished report, not even that it exists.
      if (!row) throw denied("NOT_FOUND");
      const place = { townshipId: row.townshipId, countyId: row.countyId };
      if (!canSeeDrafts(actor, place)) throw denied(isPublic(row) ? "FORBIDDEN" : "NOT_FOUND");
      const allowed =
        access === "viewerOfReport" ||
        (access === "editorOfReport" && canEdit(actor, place)) ||
        (access === "reviewerOfReport" && (isAdmin(actor) || reviewsCounty(actor, place)));
      if (!allowed) throw denied("FORBIDDEN");
      report = row;
      break;
    }
  }
  return next({ ctx: { ...ctx, report } });
});

/** Refuses parsed input holding text the database cannot store, for every role alike (as zod's refusals are). */
const storableText = t.middleware(({ input, next }) => {
  const refused = unstorableTextError(input);
  if (refused) throw refused;
  return next();
});

type Handler<I, O> = (opts: { ctx: AccessContext; input: I }) => Promise<O>;

const base = t.procedure.use(errors);

/** A read procedure with its access, input schema and handler. */
export function query<S extends z.ZodType, O>(access: Access, input: S, handler: Handler<z.output<S>, O>) {
  return base
    .meta({ access })
    .input(input)
    .use(storableText)
    .use(enforceAccess)
    .query(({ ctx, input }) => handler({ ctx: ctx as AccessContext, input: input as z.output<S> }));
}

/** A write procedure with its access, input schema and handler. */
export function mutation<S extends z.ZodType, O>(access: Access, input: S, handler: Handler<z.output<S>, O>) {
  return base
    .meta({ access })
    .input(input)
    .use(storableText)
    .use(enforceAccess)
    .mutation(({ ctx, input }) => handler({ ctx: ctx as AccessContext, input: input as z.output<S> }));
}

/** The report the access check found; procedures with report access always have one. */
export function reportOf(ctx: AccessContext): ReportRow {
  if (!ctx.report) throw new AppError("NOT_FOUND");
  return ctx.report;
}
