// `pnpm backup export FILE` / `pnpm backup restore FILE`: see command.ts and the root README.
import { readEnv } from "../env";
import { runBackupCommand } from "./command";

let config: ReturnType<typeof readEnv>;
try {
  config = readEnv();
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
const code = await runBackupCommand(process.argv.slice(2), config, {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  // pnpm runs scripts from the repository's root; a relative FILE means the folder the command was typed in.
  cwd: process.env.INIT_CWD || process.cwd(),
  now: () => new Date(),
});
process.exit(code);
