import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseSync } from "oxc-parser";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";

/**
 * Every regular expression in src/ is checked for catastrophic backtracking (exponential or
 * polynomial time on some input) with recheck, which decides it on the pattern's automaton
 * rather than by guessing from its shape. One of them ("on <days>" in cadence.ts) let a
 * 101-character cadence freeze Jura for up to a minute (issue 12).
 *
 * A pattern may be listed below only when no person's text can make it slow: say why.
 */
const REVIEWED: ReadonlyArray<{ file: string; pattern: string; why: string }> = [
  {
    file: "src/config.ts",
    pattern: "/\\/+$/",
    why: "reads DISCORD_API_BASE, an operator's setting of a few dozen characters, never user text",
  },
  {
    file: "src/adapters/discord/poll-body.ts",
    pattern: "/Quorum .*$/",
    why: "reads the last line of a poll text Jura wrote itself (at most a few hundred characters): quadratic at worst",
  },
  {
    file: "src/adapters/matrix/html.ts",
    pattern: "/<mx-reply>[\\s\\S]*?<\\/mx-reply>/gi",
    why: "Matrix formatted_body: issue 12 item 4 (check size and addressing before any HTML parsing) is the Matrix adapter's work",
  },
  {
    file: "src/adapters/matrix/html.ts",
    pattern:
      "/<a\\s[^>]*?href\\s*=\\s*[\"']https:\\/\\/matrix\\.to\\/#\\/((?:@|%40)[^\"'?\\s>]+)[^\"']*[\"'][^>]{0,512}>[\\s\\S]{0,512}?<\\/a\\s*>/gi",
    why: "Matrix formatted_body: issue 12 item 4 (check size and addressing before any HTML parsing) is the Matrix adapter's work",
  },
];

/** Patterns built at run time cannot be checked here: each must be listed, with why it is safe. */
const DYNAMIC: ReadonlyArray<{ file: string; why: string }> = [
  {
    file: "src/adapters/matrix/render.ts",
    why: "built from the registry's fixed command group names (letters only), alternated under one word boundary",
  },
];

const ROOT = join(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

interface Found {
  literals: Array<{ file: string; pattern: string; flags: string }>;
  dynamic: string[];
}

function regexesIn(files: readonly string[]): Found {
  const found: Found = { literals: [], dynamic: [] };
  for (const path of files) {
    const file = relative(ROOT, path);
    const { program, errors } = parseSync(path, readFileSync(path, "utf8"));
    if (errors.length > 0) throw new Error(`${file} does not parse: ${errors[0]?.message}`);
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const item of node) visit(item);
        return;
      }
      if (typeof node !== "object" || node === null) return;
      const n = node as {
        type?: string;
        regex?: { pattern: string; flags: string };
        callee?: { name?: string };
      };
      if (n.type === "Literal" && n.regex) found.literals.push({ file, ...n.regex });
      if ((n.type === "NewExpression" || n.type === "CallExpression") && n.callee?.name === "RegExp") {
        found.dynamic.push(file);
      }
      for (const [key, value] of Object.entries(node)) if (key !== "parent") visit(value);
    };
    visit(program);
  }
  return found;
}

describe("regular expressions in src/", () => {
  const found = regexesIn(sourceFiles(join(ROOT, "src")));

  it("finds the patterns it checks (the scan itself works)", () => {
    expect(found.literals.length).toBeGreaterThan(50);
    expect(found.literals).toContainEqual(expect.objectContaining({ file: "src/core/cadence.ts" }));
  });

  it("GIVEN the pattern that froze Jura THEN the check calls it exponential", () => {
    const old = String.raw`\bon ((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:, ?| and | )?)+)$`;
    expect(checkSync(old, "", { timeout: 30_000 })).toMatchObject({
      status: "vulnerable",
      complexity: { type: "exponential" },
    });
  });

  it("none backtracks catastrophically, except those reviewed as never seeing user text", {
    timeout: 180_000,
  }, () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const { file, pattern, flags } of found.literals) {
      const literal = `/${pattern}/${flags}`;
      const reviewed = REVIEWED.some((r) => r.file === file && r.pattern === literal);
      if (reviewed || seen.has(literal)) continue;
      seen.add(literal);
      const result = checkSync(pattern, flags, { timeout: 30_000 });
      if (result.status === "safe") continue;
      const how =
        result.status === "vulnerable"
          ? `${result.complexity.type}, e.g. ${result.attack.pattern}`
          : `could not be decided (${result.error.kind})`;
      problems.push(`${file}: ${literal} is ${how}`);
    }
    expect(problems).toEqual([]);
  });

  it("patterns built at run time are each reviewed", () => {
    const unreviewed = found.dynamic.filter((file) => !DYNAMIC.some((d) => d.file === file));
    expect(unreviewed).toEqual([]);
    const stale = [...REVIEWED, ...DYNAMIC].filter(
      (r) =>
        !found.literals.some(
          (l) => l.file === r.file && `/${l.pattern}/${l.flags}` === ("pattern" in r ? r.pattern : ""),
        ) && !found.dynamic.includes(r.file),
    );
    // A reviewed pattern that is gone (rewritten, say) should leave the list too.
    if (stale.length > 0)
      console.warn(`regex-safety: reviewed patterns no longer in src/: ${JSON.stringify(stale)}`);
  });
});
