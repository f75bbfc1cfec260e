// Runs every benchmark in this folder (`*.bench.ts`), one after another in its own process so that one
// benchmark's heap and JIT state do not colour the next. `pnpm bench NAME` runs the ones whose file name
// contains NAME. Each benchmark prints its own figures, as ratios against a baseline of the same run.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

if (files.length === 0) {
  console.error(only.length ? `no benchmark matches ${only.join(", ")}` : "no benchmarks yet");
  process.exit(only.length ? 1 : 0);
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const r = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", `${here}${file}`], {
    stdio: "inherit",
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
