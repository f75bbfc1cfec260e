import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** A regular expression found in source: its pattern and flags, or why it cannot be read statically. */
export interface FoundRegex {
  where: string;
  source: string | null;
  flags: string;
  problem?: string;
}

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

/** String constants of a file (`const X = "…"`), to resolve `new RegExp(`…${X}…`)`. */
function constants(file: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const flags = ts.getCombinedNodeFlags(node);
      if (
        flags & ts.NodeFlags.Const &&
        (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
      )
        out.set(node.name.text, node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

function staticString(node: ts.Expression | undefined, consts: Map<string, string>): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isIdentifier(node)) return consts.get(node.text) ?? null;
  if (ts.isTemplateExpression(node)) {
    let s = node.head.text;
    for (const span of node.templateSpans) {
      const v = staticString(span.expression, consts);
      if (v === null) return null;
      s += v + span.literal.text;
    }
    return s;
  }
  return null;
}

/**
 * Every regular expression in the ingest and domain sources, found by parsing them with the TypeScript compiler:
 * regex literals, and `RegExp(…)` / `new RegExp(…)` whose pattern is a string, a template of string constants or
 * a string constant. A pattern built any other way is reported as a problem, so that it cannot escape the check.
 */
export function findRegexes(): FoundRegex[] {
  const files = [
    ...sourceFiles(join(ROOT, "packages/ingest/src")),
    ...sourceFiles(join(ROOT, "packages/domain/src")),
  ];
  const found: FoundRegex[] = [];
  const parsed = files.map((path) =>
    ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true),
  );
  // String constants of all the files: a pattern may be built from a constant another module exports.
  const consts = new Map<string, string>();
  for (const file of parsed) for (const [k, v] of constants(file)) consts.set(k, v);
  for (const file of parsed) {
    const path = file.fileName;
    const where = (node: ts.Node) => {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart());
      return `${relative(ROOT, path)}:${line + 1}`;
    };
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf("/");
        found.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp"
      ) {
        const args = node.arguments ?? ts.factory.createNodeArray();
        const source = staticString(args[0], consts);
        const flags = args[1] ? staticString(args[1], consts) : "";
        found.push(
          source === null || flags === null
            ? { where: where(node), source: null, flags: "", problem: "pattern is not a static string" }
            : { where: where(node), source, flags },
        );
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}
