import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

describe("the README's two commands", () => {
  const readme = read("README.md");
  const pinned = JSON.parse(read("package.json")).packageManager as string;
  const commands = [...readme.matchAll(/^npx -y (pnpm@[\d.]+) install && npx -y pnpm@[\d.]+ (\w+)$/gm)];

  it("are there: one starts the system, one runs the tests", () => {
    expect(commands.map((m) => m[2])).toEqual(["start", "test"]);
  });

  it("use the pnpm version package.json pins", () => {
    for (const m of commands) expect(m[0].match(/pnpm@[\d.]+/g)).toEqual([pinned, pinned]);
  });

  it("include the test command that CI runs, unchanged", () => {
    const testCommand = commands.find((m) => m[2] === "test")?.[0];
    expect(testCommand).toBeDefined();
    expect(read(".ci/run").split("\n")).toContain(testCommand);
  });
});

describe("the README's commands for running each part alone", () => {
  const readme = read("README.md");
  const section = readme.slice(readme.indexOf("## Running each part alone"));
  const shellLines = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? "").split("\n"));
  const commands = shellLines
    .map((l) => l.replace(/^(?:[A-Z_]+=\S+ )+/, "").trim())
    .filter((l) => l.startsWith("pnpm "));
  const workspace = ["apps", "packages"].flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, root)).map((name) => JSON.parse(read(`${dir}/${name}/package.json`))),
  ) as Array<{ name: string; scripts?: Record<string, string> }>;
  const projectNames = ["packages", "apps", "tests"].flatMap((dir) =>
    [
      `${dir}/vitest.config.ts`,
      ...readdirSync(new URL(`${dir}/`, root)).map((n) => `${dir}/${n}/vitest.config.ts`),
    ]
      .filter((path) => existsSync(new URL(path, root)))
      .map((path) => /name: "([^"]+)"/.exec(read(path))?.[1]),
  );

  it("are there: the server, the dev servers, ingest, one project's tests and the benchmarks", () => {
    expect(section.length).toBeGreaterThan(0);
    for (const start of ["pnpm --filter", "pnpm -s ingest", "pnpm vitest run --project", "pnpm bench"]) {
      expect(
        commands.some((c) => c.startsWith(start)),
        start,
      ).toBe(true);
    }
    expect(section).toContain("DATABASE_URL=");
    expect(section).toContain("`pnpm dev`");
  });

  it("name packages and scripts that exist", () => {
    for (const c of commands.filter((c) => c.startsWith("pnpm --filter"))) {
      const [, , name, script] = c.split(/\s+/);
      const pkg = workspace.find((p) => p.name === name);
      expect(pkg, c).toBeDefined();
      expect(Object.keys(pkg?.scripts ?? {}), c).toContain(script);
    }
  });

  it("name test projects that exist, and list them all", () => {
    for (const c of commands.filter((c) => c.startsWith("pnpm vitest run --project"))) {
      expect(projectNames, c).toContain(c.split(/\s+/)[4]);
    }
    for (const name of projectNames) expect(section, `project ${name}`).toContain(`\`${name}\``);
  });

  it("name benchmarks and sample files that exist", () => {
    const benches = readdirSync(new URL("tests/bench/", root)).filter((f) => f.endsWith(".bench.ts"));
    for (const c of commands.filter((c) => /^pnpm bench \S/.test(c))) {
      const name = c.split(/\s+/)[2] ?? "";
      expect(
        benches.some((f) => f.includes(name)),
        c,
      ).toBe(true);
    }
    for (const c of commands.filter((c) => c.startsWith("pnpm -s ingest"))) {
      const path = c.split(/\s+/).at(-1) ?? "";
      expect(existsSync(new URL(path, root)), c).toBe(true);
    }
  });

  it("pass the server's variables through `pnpm dev`, all but the port and address", () => {
    const documented = [...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toContain("DATA_DIR");
    const turbo = JSON.parse(read("turbo.json")) as { tasks: { dev: { passThroughEnv?: string[] } } };
    const passed = turbo.tasks.dev.passThroughEnv ?? [];
    expect(documented.filter((v) => v !== "PORT" && v !== "HOST" && !passed.includes(v ?? ""))).toEqual([]);
  });
});
