import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Advisory, audit, lockedPackages } from "../.ci/audit-deps";

/*
 * The dependency audit CI runs (.ci/audit-deps.ts), against a stand-in for the registry's bulk advisory endpoint on
 * this machine: it fails on a known high vulnerability of a locked version, passes on lesser ones and on advisories
 * for versions we do not use, and says loudly — failing only when required — when the service cannot be reached.
 */

const lockfile = readFileSync(new URL("../pnpm-lock.yaml", import.meta.url), "utf8");
const honoVersion = [...(lockedPackages(lockfile).get("hono") ?? [])][0] ?? "0.0.0";

const advisory = (severity: Advisory["severity"], vulnerable: string): Advisory => ({
  id: 1,
  url: "https://example.org/advisory/1",
  title: `a ${severity} advisory`,
  severity,
  vulnerable_versions: vulnerable,
});

describe("the dependency audit", () => {
  let server: Server;
  let registry = "";
  let answer: { status: number; body: unknown } = { status: 200, body: {} };
  let asked: Record<string, string[]> = {};

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += c;
      });
      req.on("end", () => {
        if (req.method === "POST" && req.url === "/-/npm/v1/security/advisories/bulk")
          asked = JSON.parse(body);
        res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const run = async (options: { required?: boolean; registry?: string } = {}) => {
    const lines: string[] = [];
    const code = await audit({
      lockfile,
      registry: options.registry ?? registry,
      level: "high",
      required: options.required ?? false,
      log: (l) => lines.push(l),
    });
    return { code, output: lines.join("\n") };
  };

  it("reads every locked package and version from pnpm-lock.yaml", () => {
    const packages = lockedPackages(lockfile);
    expect(packages.size).toBeGreaterThan(100);
    expect(packages.get("zod")?.size).toBeGreaterThanOrEqual(1);
    expect([...(packages.get("@trpc/server") ?? [])][0]).toMatch(/^11\./);
  });

  it("fails on a high vulnerability of a locked version, naming it", async () => {
    answer = { status: 200, body: { hono: [advisory("high", `<=${honoVersion}`)] } };
    const { code, output } = await run();
    expect(code).toBe(1);
    expect(output).toContain(`hono@${honoVersion}: a high advisory`);
    expect(asked.hono).toContain(honoVersion);
  });

  it("passes on a moderate vulnerability, and on a high one for versions we do not lock", async () => {
    answer = {
      status: 200,
      body: { hono: [advisory("moderate", "*")], zod: [advisory("critical", "<0.0.1")] },
    };
    const { code, output } = await run();
    expect(code).toBe(0);
    expect(output).toMatch(/1 known vulnerabilities, 0 at or above high/);
  });

  it("says loudly that no audit was done when the service refuses, and fails only when required", async () => {
    answer = { status: 405, body: {} };
    const loose = await run();
    expect(loose.code).toBe(0);
    expect(loose.output).toContain("DEPENDENCY AUDIT NOT DONE");
    expect(loose.output).toContain("405");
    expect((await run({ required: true })).code).toBe(2);
  });

  it("says so when the service cannot be reached at all", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { code, output } = await run({ registry: `http://127.0.0.1:${port}/` });
    expect(code).toBe(0);
    expect(output).toMatch(/DEPENDENCY AUDIT NOT DONE[\s\S]*could not be reached/);
  });
});
