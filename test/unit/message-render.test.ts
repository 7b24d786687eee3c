import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { catalogueMessage, LOCALES, messageCodes } from "../../src/core/i18n.js";
import { prepareMessage, type Values } from "../../src/core/message-render.js";

type Node = { type: number; value?: unknown; options?: Record<string, { value: Node[] }> };

/** Each argument of a message, with what it is used as: a plural's number, a select's key or text. */
function argumentsOf(ast: Node[]): Map<string, { plural: boolean; keys: Set<string> }> {
  const found = new Map<string, { plural: boolean; keys: Set<string> }>();
  const walk = (nodes: Node[]): void => {
    for (const node of nodes) {
      if (typeof node.value === "string" && node.type !== 0) {
        const entry = found.get(node.value) ?? { plural: false, keys: new Set<string>() };
        if (node.type === 6) entry.plural = true;
        if (node.type === 5) for (const key of Object.keys(node.options ?? {})) entry.keys.add(key);
        found.set(node.value, entry);
      }
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(ast);
  return found;
}

/** Values that walk every branch: plural numbers around each language's rules, every select key and one unknown. */
function valueSets(ast: Node[]): Values[] {
  const args = argumentsOf(ast);
  const counts = [0, 1, 2, 3, 5, 11, 21, 101, 1234, 1.5];
  return counts.map((count, i) => {
    const values: Record<string, string | number> = {};
    for (const [name, { plural, keys }] of args) {
      const choices = [...keys, "unknown-key"];
      values[name] = plural
        ? count
        : keys.size > 0
          ? (choices[i % choices.length] as string)
          : `‹${name} ${i}›`;
    }
    return values;
  });
}

describe("prepared catalogue messages", () => {
  it.each(LOCALES)(
    "GIVEN every %s message and values that reach each branch THEN they render as IntlMessageFormat renders them",
    (locale) => {
      let compared = 0;
      const differ: string[] = [];
      for (const code of messageCodes()) {
        const source = catalogueMessage(locale, code);
        if (source === undefined) continue;
        const reference = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
        const render = prepareMessage(source, locale);
        for (const values of valueSets(reference.getAst() as Node[])) {
          compared += 1;
          const want = String(reference.format(values));
          const got = render(values);
          if (got !== want)
            differ.push(
              `${code} ${JSON.stringify(values)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`,
            );
        }
      }
      expect(differ.slice(0, 5)).toEqual([]);
      expect(compared).toBeGreaterThan(1000);
    },
  );

  it("GIVEN the ICU forms Jura uses THEN each renders as ICU says", () => {
    const cases: Array<[string, Values, string]> = [
      ["{n, plural, =0 {none} one {# member} other {# members}}", { n: 0 }, "none"],
      ["{n, plural, =0 {none} one {# member} other {# members}}", { n: 1 }, "1 member"],
      ["{n, plural, =0 {none} one {# member} other {# members}}", { n: 1234 }, "1,234 members"],
      ["{n, plural, offset:1 one {you} other {you and # more}}", { n: 3 }, "you and 2 more"],
      ["{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", { n: 22 }, "22nd"],
      ["{k, select, a {Alpha} other {Else}} {name}", { k: "b", name: "x" }, "Else x"],
      ["it''s '{'literal'}' <b>{name}</b>", { name: "y" }, "it's {literal} <b>y</b>"],
      ["{n, plural, other {{k, select, a {# inside} other {no}}}}", { n: 2, k: "a" }, "# inside"],
    ];
    for (const [source, values, want] of cases) {
      expect(prepareMessage(source, "en")(values)).toBe(want);
      expect(String(new IntlMessageFormat(source, "en", undefined, { ignoreTag: true }).format(values))).toBe(
        want,
      );
    }
  });

  it("GIVEN a form it does not prepare (a number style) THEN IntlMessageFormat renders the message", () => {
    expect(prepareMessage("{amount, number, ::currency/EUR} left", "fr")({ amount: 12.5 })).toBe(
      String(new IntlMessageFormat("{amount, number, ::currency/EUR} left", "fr").format({ amount: 12.5 })),
    );
  });
});
