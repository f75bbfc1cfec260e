import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The client's address: the socket's, or — only when TRUST_PROXY is set, meaning one reverse proxy stands in
 * front — the last address that proxy appended to X-Forwarded-For. Never a header a client can simply choose.
 */
export function clientIp(c: Context, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for");
    const last = forwarded?.split(",").at(-1)?.trim();
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    // No socket (requests made in-process by tests).
    return null;
  }
}

/** Whether the request reached us over HTTPS (behind a trusted proxy: as the proxy says). */
export function isSecure(c: Context, trustProxy: boolean): boolean {
  if (trustProxy && c.req.header("x-forwarded-proto")) return c.req.header("x-forwarded-proto") === "https";
  return new URL(c.req.url).protocol === "https:";
}

/** The site's origin, for absolute links: PUBLIC_URL, or the request's own origin. */
export function siteOrigin(c: Context, publicUrl: string | null, trustProxy: boolean): string {
  if (publicUrl) return publicUrl;
  const url = new URL(c.req.url);
  if (trustProxy) {
    const host = c.req.header("x-forwarded-host");
    const proto = c.req.header("x-forwarded-proto");
    if (host) return `${proto ?? url.protocol.replace(":", "")}://${host}`;
  }
  return url.origin;
}
