import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { toSpecImportResult } from "@gongkai/domain";
import { ingestText } from "./ingest-text";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--")) ?? "";
const base = process.env.INIT_CWD ?? process.cwd();
const text = readFileSync(resolve(base, file), "utf8");
const r = ingestText(text, { fileName: file });
if (args.includes("--full")) console.log(JSON.stringify(r, null, 1));
else console.log(JSON.stringify(toSpecImportResult(r)));
