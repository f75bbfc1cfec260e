import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import semver from "semver";

/*
 * Known vulnerabilities in the locked dependencies (docs/decisions/006-dependency-audit.md). Every package and
 * version in pnpm-lock.yaml is sent to the npm registry's bulk advisory endpoint (the one npm audit and pnpm 11 use;
 * pnpm 10's `pnpm audit` still calls the retired quick-audit endpoint), each advisory is matched against the locked
 * versions, and the run fails when one at or above the chosen level applies. When the advisory service cannot be
 * reached the run says so loudly, and fails only when AUDIT_REQUIRED=1: an audit that was not done must never look
 * like one that passed.
 *
 *   node --import tsx .ci/audit-deps.ts [--audit-level low|moderate|high|critical] [--registry URL] [--require]
 */

export const SEVERITIES = ["info", "low", "moderate", "high", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Advisory {
  id: number;
  url: string;
  title: string;
  severity: Severity;
  vulnerable_versions: string;
}

export interface Finding {
  name: string;
  version: string;
  advisory: Advisory;
}

/** Every package and version in a pnpm lockfile (v9): the keys of its `packages:` section. */
export function lockedPackages(lockfile: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const section = lockfile.split(/^packages:\s*$/m)[1]?.split(/^\S.*:\s*$/m)[0] ?? "";
  for (const m of section.matchAll(/^ {2}'?((?:@[^/@\s']+\/)?[^@\s']+)@([^('\s:]+)[^:]*'?:\s*$/gm)) {
    const [, name, version] = m;
    if (!name || !version || !semver.valid(version)) continue;
    const versions = out.get(name) ?? new Set<string>();
    versions.add(version);
    out.set(name, versions);
  }
  return out;
}

export type AdvisoryAnswer =
  | { ok: true; advisories: Record<string, Advisory[]> }
  | { ok: false; endpoint: string; reason: string };

/** Asks the registry's bulk advisory endpoint about the packages; never throws. */
export async function fetchAdvisories(
  registry: string,
  packages: Map<string, Set<string>>,
  timeoutMs = 60_000,
): Promise<AdvisoryAnswer> {
  const endpoint = `${registry.replace(/\/+$/, "")}/-/npm/v1/security/advisories/bulk`;
  const body = Object.fromEntries([...packages].map(([name, versions]) => [name, [...versions]]));
  try {
    const res = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    if (!res.ok) return { ok: false, endpoint, reason: `it answered ${res.status} ${res.statusText}`.trim() };
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
      return { ok: false, endpoint, reason: "its answer was not an object of advisories" };
    return { ok: true, advisories: parsed as Record<string, Advisory[]> };
  } catch (e) {
    return { ok: false, endpoint, reason: `it could not be reached (${(e as Error).message})` };
  }
}

/** The advisories that apply to a locked version, each with that version. */
export function findingsOf(
  packages: Map<string, Set<string>>,
  advisories: Record<string, Advisory[]>,
): Finding[] {
  const out: Finding[] = [];
  for (const [name, list] of Object.entries(advisories)) {
    for (const advisory of Array.isArray(list) ? list : []) {
      for (const version of packages.get(name) ?? []) {
        if (semver.satisfies(version, advisory.vulnerable_versions, { includePrerelease: true }))
          out.push({ name, version, advisory });
      }
    }
  }
  return out;
}

export const atLeast = (severity: Severity, level: Severity) =>
  SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(level);

export interface AuditOptions {
  lockfile: string;
  registry: string;
  level: Severity;
  /** Fail when the advisory service cannot be reached. */
  required: boolean;
  log: (line: string) => void;
}

/** Runs the audit and returns the exit code: 0 passed (or not done, said loudly), 1 vulnerable, 2 not done and required. */
export async function audit(options: AuditOptions): Promise<number> {
  const { log } = options;
  const packages = lockedPackages(options.lockfile);
  const count = [...packages.values()].reduce((n, v) => n + v.size, 0);
  const answer = await fetchAdvisories(options.registry, packages);
  if (!answer.ok) {
    const bar = "#".repeat(100);
    for (const line of [
      bar,
      "# 依赖漏洞审计未执行 / DEPENDENCY AUDIT NOT DONE",
      `# The advisory service ${answer.endpoint}: ${answer.reason}.`,
      `# None of the ${count} locked package versions was checked against known vulnerabilities.`,
      options.required
        ? "# AUDIT_REQUIRED=1: this run fails."
        : "# This run goes on without it (set AUDIT_REQUIRED=1 to fail instead). Do not read this as a passed audit.",
      bar,
    ])
      log(line);
    return options.required ? 2 : 0;
  }
  const findings = findingsOf(packages, answer.advisories);
  const failing = findings.filter((f) => atLeast(f.advisory.severity, options.level));
  for (const f of findings.sort(
    (a, b) => SEVERITIES.indexOf(b.advisory.severity) - SEVERITIES.indexOf(a.advisory.severity),
  ))
    log(`${f.advisory.severity.padEnd(8)} ${f.name}@${f.version}: ${f.advisory.title} (${f.advisory.url})`);
  log(
    `Dependency audit: ${count} locked package versions checked; ${findings.length} known vulnerabilities, ` +
      `${failing.length} at or above ${options.level}.`,
  );
  return failing.length ? 1 : 0;
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const level = (arg(argv, "--audit-level") ?? "high") as Severity;
  if (!SEVERITIES.includes(level)) {
    console.error(`--audit-level must be one of ${SEVERITIES.join(", ")}`);
    process.exit(2);
  }
  const root = new URL("../", import.meta.url);
  const code = await audit({
    lockfile: readFileSync(new URL("pnpm-lock.yaml", root), "utf8"),
    registry: arg(argv, "--registry") ?? process.env.npm_config_registry ?? "https://registry.npmjs.org/",
    level,
    required: argv.includes("--require") || process.env.AUDIT_REQUIRED === "1",
    log: (line) => console.log(line),
  });
  process.exit(code);
}
