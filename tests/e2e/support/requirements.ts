import { existsSync } from "node:fs";

/** In CI (GONGKAI_CI=1) a missing browser or database fails the run; elsewhere the tests that need it are skipped. */
export const inCi = process.env.GONGKAI_CI === "1";

export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/**
 * Whether the browser tests can run here. Throws in CI when Chromium is missing, so that a broken CI machine
 * cannot pass by skipping.
 */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  if (inCi) throw new Error("Chromium is required in CI: set CHROMIUM_PATH or apt-get install chromium");
  console.warn("[e2e] no Chromium found (CHROMIUM_PATH, /usr/bin/chromium): browser tests are skipped");
  return false;
}
