/**
 * The site's origin for absolute addresses: PUBLIC_URL when set; else the request's, believing a proxy's
 * X-Forwarded-Proto and -Host only when told to (TRUST_PROXY), since anyone can send those headers.
 */
export function siteOrigin(request: Request, publicUrl: string | null, trustProxy: boolean): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, "");
  const url = new URL(request.url);
  if (trustProxy) {
    const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
    const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
    if (host && /^[\w.-]+(:\d+)?$/.test(host)) return `${proto === "https" ? "https" : "http"}://${host}`;
  }
  return url.origin;
}
