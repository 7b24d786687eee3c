import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseSync } from "oxc-parser";
import { describe, expect, it } from "vitest";
import { entrySentence as coreSentence, hasSentence, historyPage } from "../../src/core/history.js";
import { EMPTY_BOOK } from "../../src/core/people.js";
import { renderPlain } from "../../src/core/people-text.js";
import type { HistoryEntry } from "../../src/core/record-ports.js";

/** A sentence as the shell shows it (people tokens rendered). */
const entrySentence = (...args: Parameters<typeof coreSentence>) =>
  renderPlain(coreSentence(...args), EMPTY_BOOK, "shell");

const ROOT = join(import.meta.dirname, "../..");

/** Statuses `proposal.${status}` (commands/proposals.ts, settle) can take. */
const SETTLED = ["passed", "failed", "rejected", "blocked", "lapsed"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/**
 * Every audit action written anywhere in src/: the values of `action:` properties that look like
 * `<group>.<name>` (string literals, and the one template, `proposal.${status}`). A template of
 * another shape fails the test, so nobody adds an action it cannot see.
 */
function auditActions(): { actions: Map<string, string>; templates: string[] } {
  const actions = new Map<string, string>();
  const templates: string[] = [];
  for (const path of sourceFiles(join(ROOT, "src"))) {
    const file = relative(ROOT, path);
    const { program } = parseSync(path, readFileSync(path, "utf8"));
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const item of node) visit(item);
        return;
      }
      if (typeof node !== "object" || node === null) return;
      const n = node as {
        type?: string;
        key?: { name?: string };
        value?: { type?: string; value?: unknown; quasis?: Array<{ value: { raw: string } }> };
      };
      if (n.type === "Property" && n.key?.name === "action" && n.value) {
        const value = n.value;
        if (
          value.type === "Literal" &&
          typeof value.value === "string" &&
          /^[a-z]+\.[a-z_]+$/.test(value.value)
        )
          actions.set(value.value, file);
        if (value.type === "TemplateLiteral") {
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a template's shape, written with its holes
          const shape = (value.quasis ?? []).map((q) => q.value.raw).join("${}");
          // biome-ignore lint/suspicious/noTemplateCurlyInString: the shape computed above
          if (shape === "proposal.${}") for (const s of SETTLED) actions.set(`proposal.${s}`, file);
          else templates.push(`${file}: \`${shape}\``);
        }
      }
      for (const [key, value] of Object.entries(node)) if (key !== "parent") visit(value);
    };
    visit(program);
  }
  return { actions, templates };
}

const entry = (action: string, details: Record<string, unknown>, extra: Partial<HistoryEntry> = {}) =>
  ({
    id: 1,
    at: new Date("2026-03-04T09:02:00Z"),
    actor: "shell:bob",
    action,
    circleId: 1,
    federationId: null,
    circleName: "Green Valley",
    federationName: "Jura",
    proposalTitle: null,
    details,
    ...extra,
  }) satisfies HistoryEntry;

describe("the audit log in sentences", () => {
  const { actions, templates } = auditActions();

  it("finds the actions it checks (the scan itself works)", () => {
    expect(actions.size).toBeGreaterThan(45);
    expect(actions.get("mandate.expire")).toBe("src/core/expire-mandates.ts");
    expect(actions.has("proposal.passed")).toBe(true);
    expect(templates).toEqual([]);
  });

  it("GIVEN every audit action in src/ THEN the catalogue has a sentence for it", () => {
    const missing = [...actions].filter(([action]) => !hasSentence(action)).map(([a, f]) => `${a} (${f})`);
    expect(missing, "add record.action.<action> to src/core/messages/record.ts").toEqual([]);
  });

  it("GIVEN every action THEN its sentence fills each of its arguments from a typical row", () => {
    for (const action of actions.keys()) {
      const sentence = entrySentence(entry(action, {}), "Europe/Paris");
      expect(sentence, action).not.toMatch(/\{[a-z]+\}/);
    }
  });

  it("GIVEN a secret poll's ballot THEN the sentence names neither the voter nor a choice", () => {
    const secret = entrySentence(entry("poll.vote", { pollId: 3, secret: true }), "UTC");
    expect(secret).toBe("A ballot was cast in secret poll #3.");
    expect(entrySentence(entry("poll.unvote", { pollId: 3, secret: true }), "UTC")).not.toContain("bob");
    expect(entrySentence(entry("poll.vote", { pollId: 4, choice: 1 }), "UTC")).toBe(
      "@bob voted for option 2 in poll #4.",
    );
  });

  it("says which decision carried an act out, and an unknown action still reads", () => {
    expect(
      entrySentence(
        entry("mandate.grant", { mandateId: 2, delegate: "shell:carol", scope: "the press", proposalId: 9 }),
        "UTC",
      ),
    ).toBe("“Green Valley” gave @carol mandate #2: the press. (decided by proposal #9)");
    expect(entrySentence(entry("ledger.post", {}), "UTC")).toBe("@bob: ledger.post.");
  });

  it("GIVEN a long history THEN a page stays within its characters and says how to read on", () => {
    const rows = Array.from({ length: 25 }, (_, i) =>
      entry("poll.start", { pollId: 100 - i, question: "x".repeat(150) }, { id: 500 - i }),
    );
    const page = historyPage(rows, {
      scope: "Green Valley",
      zone: "Europe/Paris",
      filters: "",
      more: true,
      nextCommand: (before) => `/circle history "Green Valley" before:${before}`,
      maxChars: 1800,
    });
    expect(page.text.length).toBeLessThanOrEqual(1800);
    const shown = page.text.split("\n").filter((l) => l.startsWith("2026-03-04 10:02 · "));
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(25);
    expect(page.nextBefore).toBe(500 - shown.length + 1);
    expect(page.text.split("\n").at(-1)).toBe(
      `Older: /circle history "Green Valley" before:${page.nextBefore}`,
    );
  });
});
