import type { LocalizedText } from "@gongkai/domain";
import type { z } from "zod";
import { localizedIssue } from "./issue-messages";

/**
 * Stable error codes: clients branch on these, never on messages. Each carries a message in Simplified Chinese
 * and English, and the HTTP status the plain routes answer with.
 */
export const ERROR_CODES = {
  UNAUTHENTICATED: { status: 401, zh: "请先登录", en: "Please sign in" },
  INVALID_CREDENTIALS: { status: 401, zh: "邮箱或密码不正确", en: "Wrong email or password" },
  FORBIDDEN: { status: 403, zh: "您无权执行此操作", en: "You may not do this" },
  ORIGIN_REJECTED: { status: 403, zh: "请求来源不被允许", en: "Request origin not allowed" },
  NOT_FOUND: { status: 404, zh: "找不到该内容", en: "Not found" },
  GONE: { status: 410, zh: "该报告已撤回", en: "This report was withdrawn" },
  VALIDATION: { status: 400, zh: "输入有误", en: "Invalid input" },
  VERSION_CONFLICT: {
    status: 409,
    zh: "他人已先保存了更改，请查看最新版本后再保存",
    en: "Someone else saved first; look at the latest version before saving",
  },
  INVALID_STATE: {
    status: 409,
    zh: "报告当前状态不允许此操作",
    en: "Not possible in the report's current state",
  },
  WORKFLOW_REFUSED: { status: 409, zh: "无法执行此流程操作", en: "This workflow step is not possible" },
  CHECKS_BLOCKING: {
    status: 422,
    zh: "检查发现须处理的问题，暂不能提交",
    en: "The checks found problems to resolve before submitting",
  },
  DUPLICATE: { status: 409, zh: "已存在相同内容", en: "This already exists" },
  RATE_LIMITED: { status: 429, zh: "尝试次数过多，请稍后再试", en: "Too many attempts; try again later" },
  PAYLOAD_TOO_LARGE: { status: 413, zh: "提交的内容过大", en: "The request is too large" },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: "只接受 JSON 格式的请求",
    en: "Only JSON requests are accepted",
  },
  IMPORT_FAILED: { status: 422, zh: "无法导入该文件", en: "The file could not be imported" },
  UNAVAILABLE: {
    status: 503,
    zh: "服务暂时不可用，请稍后再试",
    en: "Service unavailable; try again shortly",
  },
  INTERNAL: { status: 500, zh: "服务器内部错误", en: "Internal server error" },
} as const satisfies Record<string, { status: number } & LocalizedText>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A field that failed validation: its path in the input, and why (`message` in English, `localized` in both). */
export interface FieldError {
  path: string;
  message: string;
  localized?: LocalizedText;
}

/** An error a client can act on: a stable code, a message in both languages, and optional details. */
export class AppError extends Error {
  readonly status: number;
  readonly localized: LocalizedText;
  constructor(
    readonly code: ErrorCode,
    options: {
      message?: Partial<LocalizedText>;
      fields?: FieldError[];
      details?: Record<string, unknown>;
      cause?: unknown;
    } = {},
  ) {
    const base = ERROR_CODES[code];
    const localized = { zh: options.message?.zh ?? base.zh, en: options.message?.en ?? base.en };
    super(localized.en, { cause: options.cause });
    this.name = "AppError";
    this.status = base.status;
    this.localized = localized;
    this.fields = options.fields ?? [];
    this.details = options.details ?? {};
  }
  readonly fields: FieldError[];
  readonly details: Record<string, unknown>;
}

export const pathOf = (path: ReadonlyArray<PropertyKey>): string =>
  path
    .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
    .join(".")
    .replace(/\.\[/g, "[");

/** A validation error naming each failing field, its message in Chinese and English. */
export function validationError(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): AppError {
  const fields = error.issues.map((i) => ({
    path: pathOf([...prefix, ...i.path]),
    message: i.message,
    localized: localizedIssue(i),
  }));
  const first = fields[0];
  return new AppError("VALIDATION", {
    message: first
      ? {
          zh: `输入有误：${first.path || "请求"} — ${first.localized.zh}`,
          en: `Invalid ${first.path || "input"}: ${first.localized.en}`,
        }
      : {},
    fields,
  });
}

/** The JSON body of an error, the same on tRPC and on the plain routes. */
export interface ErrorBody {
  code: ErrorCode;
  message: LocalizedText;
  fields: FieldError[];
  details: Record<string, unknown>;
}

export function errorBody(e: AppError): ErrorBody {
  return { code: e.code, message: e.localized, fields: e.fields, details: e.details };
}
