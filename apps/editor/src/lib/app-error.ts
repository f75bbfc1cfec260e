import type { ErrorBody } from "@gongkai/api";
import { TRPCClientError } from "@trpc/client";
import { type Lang, pick } from "../i18n/lang";

/** A failure the user is told about: the API's codes, and NETWORK when the server could not be reached. */
export type AppErrorInfo = Omit<ErrorBody, "code"> & { code: ErrorBody["code"] | "NETWORK" | "LOCAL" };

/** A refusal decided in the browser, before anything was sent, with its message in both languages. */
export class LocalError extends Error {
  constructor(readonly localized: ErrorBody["message"]) {
    super(localized.en);
  }
}

const FALLBACKS: Record<string, ErrorBody["message"]> = {
  NETWORK: {
    zh: "无法连接服务器，请检查网络后重试",
    en: "Cannot reach the server; check the network and retry",
  },
  PAYLOAD_TOO_LARGE: { zh: "提交的内容过大", en: "The request is too large" },
  ORIGIN_REJECTED: { zh: "请求来源不被允许", en: "Request origin not allowed" },
  INTERNAL: { zh: "出现意外错误，请稍后再试", en: "Something went wrong; try again later" },
};

/**
 * The server's error as the API describes it (`data.app`: a stable code, zh/en message, fields, details), or one
 * made up for failures that never reached tRPC (network, a proxy's 413).
 */
export function appError(e: unknown): AppErrorInfo {
  if (e instanceof LocalError) return { code: "LOCAL", message: e.localized, fields: [], details: {} };
  if (e instanceof TRPCClientError) {
    const app = (e.data as { app?: ErrorBody } | undefined)?.app;
    if (app) return app;
    const status = (e.meta as { response?: { status?: number } } | undefined)?.response?.status;
    // Guards in front of tRPC answer with the same body at the top level.
    const body = (e.meta as { responseJSON?: unknown } | undefined)?.responseJSON as ErrorBody | undefined;
    if (body && typeof body === "object" && "code" in body && body.message) return body;
    if (status === 413) return make("PAYLOAD_TOO_LARGE");
    if (status === 403) return make("ORIGIN_REJECTED");
    if (!status) return make("NETWORK");
  }
  if (e instanceof TypeError) return make("NETWORK");
  return make("INTERNAL");
}

function make(code: AppErrorInfo["code"]): AppErrorInfo {
  return {
    code,
    message: FALLBACKS[code] ?? FALLBACKS.INTERNAL ?? { zh: code, en: code },
    fields: [],
    details: {},
  };
}

/**
 * A failing field's message in the interface language: the server sends each field's message in both when it
 * has them (zod's own messages, formatted in zh-CN and en), and one English message otherwise.
 */
export function fieldMessage(field: AppErrorInfo["fields"][number], lang: Lang): string {
  return field.localized ? pick(field.localized, lang) : field.message;
}

export const isCode = (e: unknown, code: AppErrorInfo["code"]): boolean => appError(e).code === code;
