import { AppError, errorBody } from "@gongkai/api";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { siteOrigin } from "./request-info";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Seconds before another try is worth it: the error's own estimate (a full import queue), or a few. */
export const retryAfterOf = (e: AppError): string => {
  const seconds = e.details.retryAfterSeconds;
  return typeof seconds === "number" && seconds > 0 ? String(Math.ceil(seconds)) : "5";
};

export function errorResponse(c: Context, e: AppError): Response {
  // The store is restarting or out of reach: worth another try in a few seconds.
  if (e.status === 503) c.header("retry-after", retryAfterOf(e));
  return c.json(errorBody(e), e.status as 400);
}

/**
 * CSRF defence for everything that changes state: JSON bodies only (a form cannot send one cross-site without
 * CORS, and tRPC does not check content types itself), and an Origin that is this site's. Browsers send Origin
 * with every POST, so a request without one is refused too (a script calling the API sends this site's Origin).
 * Hono's csrf() only looks at form-like requests, so this replaces it.
 */
export function mutationGuard(options: { publicUrl: string | null; trustProxy: boolean }): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/json\s*(;|$)/i.test(type))
      return errorResponse(c, new AppError("UNSUPPORTED_MEDIA_TYPE"));
    const origin = c.req.header("origin");
    const fetchSite = c.req.header("sec-fetch-site");
    const allowed = new Set([
      siteOrigin(c, options.publicUrl, options.trustProxy),
      new URL(c.req.url).origin,
    ]);
    if (origin === undefined) {
      return errorResponse(
        c,
        new AppError("ORIGIN_REJECTED", {
          message: {
            zh: "请求缺少来源（Origin 请求头），已拒绝",
            en: "The request has no Origin header; it was refused",
          },
        }),
      );
    }
    if (!allowed.has(origin) || fetchSite === "cross-site") {
      return errorResponse(c, new AppError("ORIGIN_REJECTED"));
    }
    return next();
  };
}

/** Refuses bodies larger than `maxBytes` with a clear 413 (and never reads past the limit). */
export function sizeLimit(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => errorResponse(c, new AppError("PAYLOAD_TOO_LARGE", { details: { maxBytes } })),
  });
}
