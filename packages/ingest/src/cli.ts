/*
 * pnpm -s ingest [--json | --full] [--out DIR] [--max-mb N] FILE|DIR …
 *
 * One file: prints its outline, or with --json the import contract's JSON (SPEC.md) and nothing else on stdout,
 * or with --full the pipeline's whole ImportResult. Several files, a folder (its .txt/.docx/.pdf files, recursively)
 * or --out: writes one JSON file per input into DIR (default ./ingest-out), named after the input, with a
 * progress bar on stderr. Errors are one line on stderr; the exit code is 1 when an input failed, 2 on misuse.
 * Relative paths are resolved against the directory pnpm was started in (INIT_CWD).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import { err, toSpecImportResult } from "@gongkai/domain";
import { formatIngestError, ingestError } from "./errors";
import { DEFAULT_MAX_BYTES, ingestFile } from "./ingest-file";
import { formatOutline } from "./outline";
import { Progress } from "./progress";

const USAGE = `用法 usage: pnpm -s ingest [--json | --full] [--out DIR] [--max-mb N] FILE|DIR …
  --json      打印导入结果(SPEC.md 格式) print the import contract's JSON
  --full      打印完整结果(含位置与删除内容) print the full ImportResult with spans and removals
  --out DIR   每个输入写一个 JSON 文件 write one JSON file per input into DIR (default ./ingest-out)
  --max-mb N  文件大小上限 size limit in MB (default 20)`;

const INPUT_EXTENSIONS = new Set([".txt", ".docx", ".pdf"]);

interface Options {
  mode: "outline" | "json" | "full";
  out: string | null;
  maxBytes: number;
  inputs: string[];
}

function parseArgs(argv: readonly string[]): Options | string {
  const o: Options = { mode: "outline", out: null, maxBytes: DEFAULT_MAX_BYTES, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--json") o.mode = "json";
    else if (a === "--full") o.mode = "full";
    else if (a === "--out") {
      const dir = argv[++i];
      if (!dir) return "--out 需要一个目录 --out needs a directory";
      o.out = dir;
    } else if (a === "--max-mb") {
      const n = Number(argv[++i]);
      if (!Number.isFinite(n) || n <= 0) return "--max-mb 需要一个正数 --max-mb needs a positive number";
      o.maxBytes = Math.round(n * 1024 * 1024);
    } else if (a === "-h" || a === "--help") return "";
    else if (a.startsWith("-")) return `未知选项 unknown option ${a}`;
    else o.inputs.push(a);
  }
  if (o.inputs.length === 0) return "";
  return o;
}

function listInputs(paths: readonly string[], base: string): { files: string[]; expanded: boolean } {
  const files: string[] = [];
  let expanded = false;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(p);
    }
  };
  for (const p of paths) {
    const abs = resolve(base, p);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      // a missing path is reported when it is read
    }
    if (isDir) {
      expanded = true;
      walk(abs);
    } else files.push(abs);
  }
  return { files, expanded };
}

function serialise(mode: Options["mode"], result: Parameters<typeof toSpecImportResult>[0]): string {
  return mode === "full"
    ? JSON.stringify(result, null, 2)
    : JSON.stringify(toSpecImportResult(result), null, 2);
}

async function readInput(path: string, maxBytes: number) {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    // Refuse a file that is too large before reading it.
    if (size > maxBytes) return err(ingestError("too_large", { size, limit: maxBytes }));
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  return ingestFile({ bytes, fileName: basename(path) }, { maxBytes });
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === "string") {
    if (parsed) process.stderr.write(`ingest: ${parsed}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const base = process.env.INIT_CWD ?? process.cwd();
  const { files, expanded } = listInputs(parsed.inputs, base);
  const batch = expanded || files.length > 1 || parsed.out !== null;

  if (!batch) {
    const path = files[0] ?? "";
    const r = await readInput(path, parsed.maxBytes);
    if (r === null) {
      process.stderr.write(`ingest: 无法读取文件 cannot read ${relative(base, path) || path}\n`);
      return 1;
    }
    if (!r.ok) {
      process.stderr.write(`ingest: ${basename(path)}: ${formatIngestError(r.error)}\n`);
      return 1;
    }
    process.stdout.write(
      parsed.mode === "outline" ? `${formatOutline(r.value)}\n` : `${serialise(parsed.mode, r.value)}\n`,
    );
    return 0;
  }

  const outDir = resolve(base, parsed.out ?? "ingest-out");
  mkdirSync(outDir, { recursive: true });
  const progress = new Progress(files.length, process.stderr);
  const failures: string[] = [];
  const used = new Set<string>();
  for (const path of files) {
    progress.tick(basename(path));
    const r = await readInput(path, parsed.maxBytes);
    if (r === null || !r.ok) {
      failures.push(
        `${relative(base, path) || path}: ${r === null ? "无法读取文件 cannot read the file" : formatIngestError(r.error)}`,
      );
      continue;
    }
    let name = `${basename(path)}.json`;
    for (let n = 2; used.has(name); n++) name = `${basename(path)}.${n}.json`;
    used.add(name);
    writeFileSync(
      join(outDir, name),
      `${serialise(parsed.mode === "outline" ? "json" : parsed.mode, r.value)}\n`,
    );
  }
  progress.done(`${files.length - failures.length}/${files.length} → ${relative(base, outDir) || outDir}`);
  for (const f of failures) process.stderr.write(`ingest: ${f}\n`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`ingest: 内部错误 internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
