import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { commandTexts } from "../../src/core/commands/command-texts.js";
import { Registry } from "../../src/core/commands/registry.js";
import {
  catalogueMessage,
  commandKey,
  commandText,
  hasCatalogue,
  type Locale,
  messageCodes,
  TRANSLATED_LOCALES,
  t,
  translator,
  withLocale,
} from "../../src/core/i18n.js";
import { commands as es } from "../../src/core/messages/es/commands.js";
import { commands as fr } from "../../src/core/messages/fr/commands.js";
import { commands as italian } from "../../src/core/messages/it/commands.js";
import { formatMoment } from "../../src/core/time.js";

/** The arguments a message uses, read from its ICU tree (plurals, selects and their branches). */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as Array<Record<string, unknown>>) {
      if (node.type !== 0 && node.type !== 7 && typeof node.value === "string") names.add(node.value);
      for (const option of Object.values((node.options ?? {}) as Record<string, { value: unknown }>))
        walk(option.value);
      walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

describe("the message catalogues", () => {
  it.each(TRANSLATED_LOCALES)("GIVEN the %s catalogue THEN it has every English key", (locale) => {
    if (!hasCatalogue(locale)) return; // not written yet: English per key, by design
    const missing = messageCodes().filter((code) => catalogueMessage(locale, code) === undefined);
    expect(missing, `keys missing in messages/${locale}/`).toEqual([]);
  });

  it.each(TRANSLATED_LOCALES)(
    "GIVEN the %s catalogue THEN each message uses the English arguments",
    (locale) => {
      const wrong = messageCodes().flatMap((code) => {
        const own = catalogueMessage(locale, code);
        if (own === undefined) return [];
        const english = argumentsOf(catalogueMessage("en", code) ?? "", "en");
        const translated = argumentsOf(own, locale);
        return english.join() === translated.join() ? [] : [`${code}: {${english}} ≠ {${translated}}`];
      });
      expect(wrong).toEqual([]);
    },
  );

  it("GIVEN a locale without a message THEN English stands in, key by key", () => {
    expect(translator("it")("input.empty").length).toBeGreaterThan(0);
    expect(translator("en")("input.empty")).toBe("Say a command, for example `help`.");
  });

  it("GIVEN French THEN t() inside withLocale speaks French and dates are French", () => {
    const when = new Date("2027-03-18T17:00:00Z");
    expect(withLocale("fr", () => t("language.name", { language: "fr" }))).toBe("français");
    expect(withLocale("fr", () => formatMoment(when, "Europe/Paris"))).toBe(
      "18 mars 2027 à 18:00 (Europe/Paris)",
    );
    expect(formatMoment(when, "Europe/Paris")).toBe("2027-03-18 18:00 (Europe/Paris)");
    expect(withLocale("es", () => formatMoment(when, "Europe/Madrid"))).toBe(
      "18 de marzo de 2027, 18:00 (Europe/Madrid)",
    );
  });
});

describe("the command texts", () => {
  const english = commandTexts(new Registry());
  const catalogues = { fr, es, it: italian } as const;

  // Whether each translated key names a command is the translators' test
  // (command-texts-translations.test.ts), which knows the commands other branches add.

  it.each(Object.keys(catalogues))(
    "GIVEN the %s command texts THEN every command text is there",
    (locale) => {
      const own = catalogues[locale as keyof typeof catalogues];
      // A file being written may hold a few groups; once it holds half, it must hold every text.
      if (Object.keys(own).length < Object.keys(english).length / 2) return;
      const missing = Object.keys(english).filter(
        (k) => commandText(locale as Locale, k, "\u0000") === "\u0000",
      );
      expect(missing, `keys missing in messages/${locale}/commands.ts`).toEqual([]);
    },
  );

  it("GIVEN no translation THEN commandText is the English text", () => {
    expect(commandText("it", commandKey("zzz", "none"), "English text")).toBe("English text");
    expect(commandKey("recall", "")).toBe("recall");
    expect(commandKey("circle", "set", "language")).toBe("circle set|language");
  });
});
