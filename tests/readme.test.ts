import { readFileSync } from "node:fs";
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
