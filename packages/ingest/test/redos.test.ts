import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { findRegexes } from "./regexes";

// recheck analyses each pattern (automata theory, falling back to fuzzing) for catastrophic backtracking; it
// caught a slow Chinese-heading pattern that safe-regex2 missed. New patterns are picked up from the sources.
describe("regular expressions in the ingest and domain packages", () => {
  const regexes = findRegexes();

  it("are all found, and every one can be read statically", () => {
    expect(regexes.length).toBeGreaterThan(40);
    expect(regexes.filter((r) => r.problem).map((r) => `${r.where}: ${r.problem}`)).toEqual([]);
  });

  it("are all safe from catastrophic backtracking (ReDoS)", async () => {
    const unsafe: string[] = [];
    for (const r of regexes) {
      if (r.source === null) continue;
      const d = await check(r.source, r.flags, { timeout: 20_000 });
      if (d.status !== "safe")
        unsafe.push(
          `${r.where} /${r.source}/${r.flags}: ${d.status}${d.status === "vulnerable" ? ` (${d.complexity.type})` : ""}`,
        );
    }
    expect(unsafe).toEqual([]);
  }, 300_000);
});
