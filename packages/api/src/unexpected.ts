import { AppError } from "./errors";

// Errors meaning the database cannot serve right now (restarting, network; out of disk, memory or connections,
// PostgreSQL's class 53): answer 503, not 500.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
]);

/**
 * Maps an error nobody planned for to an AppError: unavailable when the database is down; a validation error when
 * the database refused a value it was given (SQLSTATE class 22, data exception: a number out of range for its
 * column, a character it cannot store), which only input the schemas let through can cause; internal otherwise.
 */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  let cursor: unknown = e;
  for (let depth = 0; cursor && depth < 5; depth++) {
    const c = cursor as { code?: unknown; message?: unknown; cause?: unknown };
    if (
      typeof c.code === "string" &&
      (UNAVAILABLE_CODES.has(c.code) || c.code.startsWith("08") || /^53[0-9A-Z]{3}$/.test(c.code))
    ) {
      return new AppError("UNAVAILABLE", { cause: e });
    }
    if (typeof c.code === "string" && /^22[0-9A-Z]{3}$/.test(c.code)) {
      return new AppError("VALIDATION", {
        message: {
          zh: "输入有误：含有无法保存的字符，或数值超出允许范围",
          en: "Invalid input: it holds a character that cannot be stored or a number out of range",
        },
        details: { sqlstate: c.code },
        cause: e,
      });
    }
    if (
      typeof c.message === "string" &&
      /Connection terminated|connection.*closed|not queryable/i.test(c.message)
    ) {
      return new AppError("UNAVAILABLE", { cause: e });
    }
    cursor = c.cause;
  }
  return new AppError("INTERNAL", { cause: e });
}
