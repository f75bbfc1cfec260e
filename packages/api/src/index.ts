// The API's public surface: the router and its types for the apps, the public read service for the reader's
// pages and the open-data routes, and what the server needs to build contexts and run the scheduler.
export { readSessionToken, SESSION_COOKIE, sessionCookie } from "./auth/cookie";
export { hashPassword, MIN_PASSWORD_LENGTH, PASSWORD_HASH_OPTIONS, verifyPassword } from "./auth/password";
export { createLoginLimits, type LoginLimits, normalizeEmail, RateLimiter } from "./auth/rate-limit";
export { DEFAULT_SESSION_POLICY, type SessionPolicy } from "./auth/sessions";
export { type Context, createContext, type RequestInfo } from "./context";
export { BOM, toCsv } from "./csv";
export {
  AppError,
  ERROR_CODES,
  type ErrorBody,
  type ErrorCode,
  errorBody,
  type FieldError,
  validationError,
} from "./errors";
export { newId } from "./ids";
export { INGEST_RETRY_AFTER_SECONDS, IngestPool, type IngestPoolOptions } from "./ingest/pool";
export { createLogger, LOG_LEVELS, type Logger, type LogLevel, silentLogger } from "./logger";
export { ReadCache } from "./public/cache";
export { publicPaths } from "./public/paths";
export { createPublicReads, MAX_PAGE_SIZE, type PublicReads, type PublicReadsOptions } from "./public/reads";
export type * from "./public/types";
export { fitToSchema, insertNewReport } from "./reports/create";
export { publishDue, startScheduler } from "./reports/scheduler";
export { seedPublishedReport } from "./reports/seed";
export { applyWorkflowEvent, type WorkflowResult } from "./reports/workflow";
export { type AppRouter, appRouter, createCaller, type RouterInputs, type RouterOutputs } from "./router";
export { createServices, type Services, type ServicesOptions } from "./services";
export { shanghaiDate, shanghaiDateTime } from "./time";
export { ACCESS, type Access, type ProcedureMeta } from "./trpc";
export { toAppError } from "./unexpected";
export { createUser, replaceGrants } from "./users";
