import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { base } from "../../src/core/messages/base.js";
import { counts } from "../../src/core/messages/counts.js";
import { digestTexts } from "../../src/core/messages/digest.js";
import { es } from "../../src/core/messages/es/index.js";
import { fr } from "../../src/core/messages/fr/index.js";
import { governance } from "../../src/core/messages/governance.js";
import { helpTexts } from "../../src/core/messages/help.js";
import { input } from "../../src/core/messages/input.js";
import { it as italian } from "../../src/core/messages/it/index.js";
import { limits } from "../../src/core/messages/limits.js";
import { people } from "../../src/core/messages/people.js";
import { platforms } from "../../src/core/messages/platforms.js";
import { record } from "../../src/core/messages/record.js";
import { schedules } from "../../src/core/messages/schedules.js";
import { settings } from "../../src/core/messages/settings.js";
import { treasury } from "../../src/core/messages/treasury.js";

const en: Readonly<Record<string, string>> = {
  ...base,
  ...governance,
  ...platforms,
  ...input,
  ...limits,
  ...schedules,
  ...record,
  ...treasury,
  ...helpTexts,
  ...counts,
  ...digestTexts,
  ...people,
  ...settings,
};

const locales: ReadonlyArray<readonly [string, Readonly<Record<string, string>>]> = [
  ["fr", fr],
  ["es", es],
  ["it", italian],
];

/**
 * The argument names of a message, and for each select the option keys it offers, read from the
 * parsed ICU tree (`{name}`, `{n, plural, …}`, `{x, select, a {…} …}`), parsed as `t()` does:
 * with `ignoreTag`, so `<why>` in a usage hint is text.
 */
function shape(message: string, locale: string): { args: string[]; selects: string[] } {
  const args = new Set<string>();
  const selects = new Set<string>();
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as Array<Record<string, unknown>>) {
      const type = node.type;
      // 0 literal, 7 pound: no argument of their own.
      if (type !== 0 && type !== 7 && typeof node.value === "string") args.add(node.value);
      if (type === 5 && node.options && typeof node.options === "object") {
        const keys = Object.keys(node.options).sort();
        selects.add(`${String(node.value)}: ${keys.join(" ")}`);
      }
      if (node.options && typeof node.options === "object") {
        for (const option of Object.values(node.options as Record<string, { value: unknown }>)) {
          walk(option.value);
        }
      }
      walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
  return { args: [...args].sort(), selects: [...selects].sort() };
}

describe("the translated message catalogues", () => {
  for (const [locale, catalogue] of locales) {
    describe(locale, () => {
      it("GIVEN the English catalogue THEN every key is translated and no other key exists", () => {
        const missing = Object.keys(en).filter((key) => !(key in catalogue));
        const extra = Object.keys(catalogue).filter((key) => !(key in en));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it("GIVEN every message THEN it compiles as ICU and keeps the English arguments and select options", () => {
        const problems: string[] = [];
        for (const [key, english] of Object.entries(en)) {
          const translated = catalogue[key];
          if (translated === undefined) continue;
          try {
            const want = shape(english, "en");
            const got = shape(translated, locale);
            if (want.args.join(",") !== got.args.join(",")) {
              problems.push(`${key}: arguments ${got.args.join(",")} instead of ${want.args.join(",")}`);
            }
            if (want.selects.join("|") !== got.selects.join("|")) {
              problems.push(
                `${key}: select options ${got.selects.join("|")} instead of ${want.selects.join("|")}`,
              );
            }
          } catch (error) {
            problems.push(`${key}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        expect(problems).toEqual([]);
      });
    });
  }
});
