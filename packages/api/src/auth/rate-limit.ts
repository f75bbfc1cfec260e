/**
 * Counts failures per key in a fixed window. Login is limited per client IP (as the server sees it, never a
 * header the client picks unless a trusted proxy sets it) and per account (the normalised email, so that
 * Admin@x and admin@x are one key): an attacker can neither spray one account from many requests nor escape
 * the limit by rewriting the email (Strapi CVE-2025-64526 keyed the limit on the submitted email as typed).
 */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string, now: number): number {
    const h = this.hits.get(key);
    if (!h || h.resetAt <= now) return 0;
    return h.count >= this.limit ? h.resetAt - now : 0;
  }

  /**
   * Counts an attempt before it is checked, and returns 0; or, over the limit, counts nothing and returns the
   * milliseconds to wait. Counting first matters: attempts checked at the same time (a burst, a batch) would all
   * pass a limit that only counted failures once they were known.
   */
  take(key: string, now: number): number {
    const wait = this.retryAfter(key, now);
    if (wait > 0) return wait;
    this.fail(key, now);
    return 0;
  }

  /** Takes back one attempt that `take` counted (it succeeded). */
  refund(key: string, now: number): void {
    const h = this.hits.get(key);
    if (h && h.resetAt > now && h.count > 0) h.count--;
  }

  fail(key: string, now: number): void {
    const h = this.hits.get(key);
    if (!h || h.resetAt <= now) this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
    else h.count++;
    if (this.hits.size > 100_000) this.sweep(now);
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private sweep(now: number): void {
    for (const [k, h] of this.hits) if (h.resetAt <= now) this.hits.delete(k);
  }
}

export interface LoginLimits {
  perIp: RateLimiter;
  perAccount: RateLimiter;
}

export function createLoginLimits(
  options: { perIp?: number; perAccount?: number; windowMs?: number } = {},
): LoginLimits {
  const windowMs = options.windowMs ?? 15 * 60_000;
  return {
    perIp: new RateLimiter(options.perIp ?? 20, windowMs),
    perAccount: new RateLimiter(options.perAccount ?? 10, windowMs),
  };
}

export const normalizeEmail = (email: string): string => email.normalize("NFKC").trim().toLowerCase();
