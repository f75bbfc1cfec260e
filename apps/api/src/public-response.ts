import { AppError, type Services, toAppError, validationError } from "@gongkai/api";
import type { Context } from "hono";
import type { z } from "zod";
import { errorResponse } from "./guards";
import type { ResponseCache } from "./response-cache";

/** Public responses may be kept a minute by browsers and proxies, and served stale while they revalidate. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export interface Rendered {
  status?: number;
  body: string;
  contentType: string;
}

/**
 * Answers a public GET from the response cache (one map lookup), or renders it, caches it for this publication
 * generation, and answers with Cache-Control and an ETag; a matching If-None-Match gets a 304.
 */
export async function publicResponse(
  c: Context,
  services: Services,
  cache: ResponseCache,
  render: () => Promise<Rendered>,
): Promise<Response> {
  const url = new URL(c.req.url);
  // Answers hold absolute links built from the request's origin (without PUBLIC_URL): keyed by it, so that a
  // request with a forged Host or X-Forwarded-Host cannot plant its links in everyone's answer.
  const forwarded = `${c.req.header("x-forwarded-proto") ?? ""}|${c.req.header("x-forwarded-host") ?? ""}`;
  const key = `${url.origin}|${forwarded}${url.pathname}?${url.searchParams.toString()}`;
  const generation = services.reads.generation;
  let hit = cache.get(key, generation);
  if (!hit) {
    const renderingKey = `${generation}:${key}`;
    let pending = cache.rendering.get(renderingKey);
    if (!pending) {
      pending = (async () => {
        try {
          const rendered = await render();
          return cache.set(key, generation, {
            status: rendered.status ?? 200,
            body: rendered.body,
            contentType: rendered.contentType,
          });
        } catch (e) {
          const app = toAppError(e);
          if (app.status >= 500)
            services.logger.error("public route failed", { path: url.pathname, error: String(e) });
          return errorResponse(c, app);
        } finally {
          cache.rendering.delete(renderingKey);
        }
      })();
      cache.rendering.set(renderingKey, pending);
    }
    const done = await pending;
    // An error answer is not shared: each waiting request gets its own copy.
    if (done instanceof Response) return done.clone();
    hit = done;
  }
  const headers = {
    "content-type": hit.contentType,
    "cache-control": PUBLIC_CACHE_CONTROL,
    etag: hit.etag,
    vary: "accept-encoding",
  };
  if (
    hit.status === 200 &&
    c.req
      .header("if-none-match")
      ?.split(/\s*,\s*/)
      .includes(hit.etag)
  ) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(c.req.method === "HEAD" ? null : hit.body, { status: hit.status, headers });
}

export const json = (value: unknown, status = 200): Rendered => ({
  status,
  body: JSON.stringify(value),
  contentType: "application/json; charset=utf-8",
});

/** The query string checked against a schema; a bad parameter is a 400 naming it. */
export function queryOf<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(c.req.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

export const notFound = () => new AppError("NOT_FOUND");
