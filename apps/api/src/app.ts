import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import {
  AppError,
  appRouter,
  createContext,
  readSessionToken,
  type Services,
  toAppError,
} from "@gongkai/api";
import { serveStatic } from "@hono/node-server/serve-static";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { errorResponse, mutationGuard, retryAfterOf, sizeLimit } from "./guards";
import { clientIp, isSecure } from "./request-info";
import { feedRoutes } from "./routes/feeds";
import { healthRoutes } from "./routes/health";
import { openDataRoutes } from "./routes/open-data";

/** Something that answers requests: a Hono app, or anything with a fetch handler. */
export interface Mountable {
  fetch(request: Request, env?: unknown, executionCtx?: unknown): Response | Promise<Response>;
}

export interface AppDeps {
  services: Services;
  /** The site's public address (PUBLIC_URL), for absolute links; null takes the request's. */
  publicUrl?: string | null;
  /** One reverse proxy in front whose X-Forwarded-* headers are believed (TRUST_PROXY). */
  trustProxy?: boolean;
  /** Largest JSON body of an ordinary call, in bytes (default 2 MiB). */
  maxBodyBytes?: number;
  /**
   * The reader's server-rendered pages, mounted at `/` after the API's own routes: every path not taken by
   * `/trpc`, `/api`, `/editor`, `/feed.xml`, `/sitemap.xml` or `/healthz` goes to it.
   */
  reader?: Mountable | null;
  /** The editor's built files (Vite's dist), served at `/editor/` with index.html for the SPA's routes. */
  editorDir?: string | null;
}

/** The most calls one tRPC request may batch (the editor's client sends at most this many). */
export const MAX_BATCH_SIZE = 50;

/** Content-Security-Policy: no inline or foreign scripts, no framing. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The whole HTTP surface: tRPC for the editor at `/trpc`, open data at `/api/v1`, the feed, the sitemap and
 * health, the editor's files at `/editor/`, and the reader at `/`. Tests call it with `app.request()`.
 */
export function createApp(deps: AppDeps): Hono {
  const { services } = deps;
  const publicUrl = deps.publicUrl ?? null;
  const trustProxy = deps.trustProxy ?? false;
  const maxBody = deps.maxBodyBytes ?? 2 * 1024 * 1024;
  // An upload travels base64-encoded inside JSON: a third larger than the file, plus the envelope.
  const maxUploadBody = Math.ceil(services.maxUploadBytes * 1.4) + 64 * 1024;
  const app = new Hono();

  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: CSP,
      referrerPolicy: "strict-origin-when-cross-origin",
      xFrameOptions: "DENY",
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.onError((e, c) => {
    const app = e instanceof AppError ? e : toAppError(e);
    if (app.status >= 500)
      services.logger.error("request failed", { path: c.req.path, error: String(e.stack ?? e) });
    return errorResponse(c, app);
  });

  app.route("/", healthRoutes(services));
  app.route("/api/v1", openDataRoutes(services, { publicUrl, trustProxy }));
  app.route("/", feedRoutes(services, { publicUrl, trustProxy }));
  app.all("/api/*", (c) => errorResponse(c, new AppError("NOT_FOUND")));

  app.use("/trpc/imports.create", sizeLimit(maxUploadBody));
  app.use("/trpc/*", async (c, next) =>
    c.req.path === "/trpc/imports.create" ? next() : sizeLimit(maxBody)(c, next),
  );
  app.use("/trpc/*", mutationGuard({ publicUrl, trustProxy }));
  app.all("/trpc/*", (c) =>
    fetchRequestHandler({
      endpoint: "/trpc",
      req: c.req.raw,
      // The editor batches a screen's queries; a thousand calls in one request would only be an attack.
      maxBatchSize: MAX_BATCH_SIZE,
      router: appRouter,
      createContext: ({ resHeaders }) =>
        createContext(services, {
          ip: clientIp(c, trustProxy),
          userAgent: c.req.header("user-agent") ?? null,
          sessionToken: readSessionToken(c.req.header("cookie")),
          secure: isSecure(c, trustProxy),
          responseHeaders: resHeaders,
        }),
      responseMeta: ({ errors }) => {
        // A full import queue or a store out of reach: say when another try is worth it, as the plain routes do.
        const unavailable = errors.map((e) => e.cause).find((c) => c instanceof AppError && c.status === 503);
        return {
          headers: {
            "cache-control": "no-store",
            ...(unavailable instanceof AppError ? { "retry-after": retryAfterOf(unavailable) } : {}),
          },
        };
      },
    }),
  );

  const editorDir = deps.editorDir;
  if (editorDir && existsSync(join(editorDir, "index.html"))) {
    const root = relative(process.cwd(), editorDir) || ".";
    app.get("/editor", (c) => c.redirect("/editor/"));
    app.use("/editor/*", serveStatic({ root, rewriteRequestPath: (p) => p.replace(/^\/editor/, "") }));
    // The SPA's own routes (/editor/reports/…) get its index.html.
    app.get("/editor/*", serveStatic({ root, path: "index.html" }));
  }

  const reader = deps.reader;
  if (reader) {
    app.all("*", (c) => reader.fetch(c.req.raw, c.env));
  } else {
    app.get("/", (c) =>
      c.json({
        name: "gongkai 公开",
        openData: "/api/v1/openapi.json",
        feed: "/feed.xml",
        editor: "/editor/",
      }),
    );
  }
  app.notFound((c) => errorResponse(c, new AppError("NOT_FOUND")));
  return app;
}
