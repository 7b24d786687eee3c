import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseSync } from "oxc-parser";

/** Calls whose string arguments are not sentences shown as they are: catalogue codes, logs, specs. */
const EXEMPT_CALLS = new Set([
  "t",
  "msg",
  "commandText",
  "describe",
  "UserError",
  "debug",
  "info",
  "warn",
  "error",
  "regex",
  "startsWith",
  "endsWith",
  "includes",
  "split",
  "replace",
  "test",
  "Error",
  "TypeError",
  "textArg",
  "nameArg",
  "memoArg",
  "answerCommand",
]);

/** Properties whose values are English by design: spec summaries and examples, argument descriptions. */
const EXEMPT_PROPERTIES = new Set(["summary", "examples", "description", "action", "key"]);

/** Three words or more, apart: a sentence someone reads, not a name, a key or a command. */
const sentence = (text: string) => /\s/.test(text) && (text.match(/\p{L}{2,}/gu) ?? []).length >= 3;

type Node = { type: string; [key: string]: unknown };

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && typeof (value as Node).type === "string";

function calleeName(node: Node): string | undefined {
  const callee = node.callee as Node | undefined;
  if (!callee) return undefined;
  if (callee.type === "Identifier") return callee.name as string;
  if (callee.type === "MemberExpression" && isNode(callee.property) && callee.property.type === "Identifier")
    return callee.property.name as string;
  return undefined;
}

function exemptHere(node: Node): boolean {
  if (
    (node.type === "CallExpression" || node.type === "NewExpression") &&
    EXEMPT_CALLS.has(calleeName(node) ?? "")
  )
    return true;
  if (node.type === "Property" && isNode(node.key) && node.key.type === "Identifier")
    return EXEMPT_PROPERTIES.has(node.key.name as string);
  return (
    node.type === "ImportDeclaration" ||
    node.type === "ExportAllDeclaration" ||
    node.type === "TSLiteralType" ||
    node.type === "TSImportType"
  );
}

/** The literal sentences of one file: string and template literals of 3+ words outside the catalogue. */
export function literalSentences(source: string, fileName = "file.ts"): string[] {
  const { program } = parseSync(fileName, source);
  const found: string[] = [];
  const visit = (node: Node) => {
    if (exemptHere(node)) return;
    if (node.type === "Literal" && typeof node.value === "string" && sentence(node.value)) {
      found.push(node.value);
      return;
    }
    if (node.type === "TemplateLiteral") {
      const text = (node.quasis as Array<{ value: { cooked: string | null; raw: string } }>)
        .map((q) => q.value.cooked ?? q.value.raw)
        .join(" … ");
      if (sentence(text)) found.push(text);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === "parent") continue;
      if (Array.isArray(value)) for (const child of value) if (isNode(child)) visit(child);
      if (isNode(value)) visit(value);
    }
  };
  visit(program as unknown as Node);
  return found;
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith(".ts")) yield path;
  }
}

/** Literal sentences per file under `dir` (paths relative to `root`), files without any left out. */
export function scanSentences(root: string, dir: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const path of [...files(join(root, dir))].sort()) {
    const found = literalSentences(readFileSync(path, "utf8"), path);
    if (found.length) result[relative(root, path)] = found;
  }
  return result;
}
