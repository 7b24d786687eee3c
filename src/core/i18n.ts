import { argumentKey } from "./commands/arg-texts.js";
import { prepareMessage, type RenderFn } from "./message-render.js";
import { base } from "./messages/base.js";
import { counts } from "./messages/counts.js";
import { digestTexts } from "./messages/digest.js";
import { argumentTexts as esArguments } from "./messages/es/arguments.js";
import { commands as esCommands } from "./messages/es/commands.js";
import { es } from "./messages/es/index.js";
import { helpCommand as esHelp, languages as esLanguages } from "./messages/es/languages.js";
import { replies as esReplies } from "./messages/es/replies.js";
import { argumentTexts as frArguments } from "./messages/fr/arguments.js";
import { commands as frCommands } from "./messages/fr/commands.js";
import { fr } from "./messages/fr/index.js";
import { helpCommand as frHelp, languages as frLanguages } from "./messages/fr/languages.js";
import { replies as frReplies } from "./messages/fr/replies.js";
import { governance } from "./messages/governance.js";
import { helpTexts } from "./messages/help.js";
import { input } from "./messages/input.js";
import { argumentTexts as itArguments } from "./messages/it/arguments.js";
import { commands as itCommands } from "./messages/it/commands.js";
import { it } from "./messages/it/index.js";
import { helpCommand as itHelp, languages as itLanguages } from "./messages/it/languages.js";
import { replies as itReplies } from "./messages/it/replies.js";
import { languages } from "./messages/languages.js";
import { limits } from "./messages/limits.js";
import { people } from "./messages/people.js";
import { platforms } from "./messages/platforms.js";
import { record } from "./messages/record.js";
import { replies } from "./messages/replies.js";
import { schedules } from "./messages/schedules.js";
import { settings } from "./messages/settings.js";
import { treasury } from "./messages/treasury.js";
import { visible } from "./text.js";

/**
 * English message catalogue. Every text a user can see from the core goes through it, so a
 * second language is one more catalogue, not a hunt through handlers. Messages are ICU
 * MessageFormat: `{name}` arguments, `{count, plural, one {# member} other {# members}}`
 * plurals and `{kind, select, …}` selects. Each area keeps its messages in its own file under
 * `messages/`; a key may be declared only once. Other languages live in `messages/<locale>/`,
 * typed against these keys (see `Translation`), so a missing one does not compile.
 */
const en = {
  ...base,
  ...governance,
  ...platforms,
  ...input,
  ...limits,
  ...schedules,
  ...record,
  ...treasury,
  ...people,
  ...helpTexts,
  ...counts,
  ...settings,
  ...digestTexts,
  ...languages,
  ...replies,
} as const;

export type MessageCode = keyof typeof en;

/** The languages Jura speaks. */
export const LOCALES = ["en", "fr", "es", "it"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language Jura speaks for a platform's locale tag (`fr`, `es-ES`, `es-419`, `it`, `en-US`),
 * or undefined when it speaks none that matches.
 */
export function localeOfTag(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : undefined;
}

/** A text that can be rendered in any language, once the reader is known. */
export class Text {
  readonly #render: (t: Translator) => string;
  constructor(render: (t: Translator) => string) {
    this.#render = render;
  }
  render(t: Translator): string {
    return this.#render(t);
  }
  /** A Text used as a plain string (a slip: it has no reader) reads as English rather than failing. */
  toString(): string {
    return this.#render(english);
  }
}

export type MessageParams = Readonly<Record<string, string | number | Text>>;

/**
 * Renders catalogue messages in one language. Text parameters are rendered in the same
 * language; string parameters are shown with control and invisible characters escaped (see
 * `visible`), so a message that quotes what someone typed can neither hide nor inject anything.
 */
export interface Translator {
  (code: MessageCode, params?: MessageParams): string;
  readonly locale: Locale;
}

type Catalogue = Readonly<Partial<Record<string, string>>>;
/** Each language's messages; a key a translation lacks is said in English. */
const catalogues: Readonly<Record<Locale, Catalogue>> = {
  en,
  // The languages area is kept apart from the translators' index, so both can grow at once.
  fr: { ...fr, ...frLanguages, ...frReplies },
  es: { ...es, ...esLanguages, ...esReplies },
  it: { ...it, ...itLanguages, ...itReplies },
};
/** Argument descriptions, keyed as messages/arguments.ts is (`arg.<group>.<command>.<arg>`…). */
const argumentCatalogues: Readonly<Record<Locale, Catalogue>> = {
  en: {},
  fr: frArguments,
  es: esArguments,
  it: itArguments,
};
/** Command summaries and group descriptions, keyed `"<group> <name>"` and `"<group>"`. */
const commandCatalogues: Readonly<Record<Locale, Catalogue>> = {
  en: {},
  fr: { ...frHelp, ...frCommands },
  es: { ...esHelp, ...esCommands },
  it: { ...itHelp, ...itCommands },
};

/**
 * The key of a command's text in the command catalogues: `"<group> <name>"` (`"<group>"` for a
 * group's own command), `"<group> <name>|<arg>"` for one of its arguments.
 */
export function commandKey(group: string, name: string, arg?: string): string {
  const command = name === "" ? group : `${group} ${name}`;
  return arg === undefined ? command : `${command}|${arg}`;
}

/** Every language but English: the ones whose command texts may differ. */
export const TRANSLATED_LOCALES = LOCALES.filter((l) => l !== "en");

/**
 * A command's summary or an argument's description in `locale`: its translation, else the
 * English text the spec carries. Keys: `"<group> <name>"` (`"<group>"` for a group's own
 * command) for summaries, `"<group> <name>|<arg>"` for argument descriptions.
 */
export function commandText(locale: Locale, key: string, english: string): string {
  const found = key.includes("|") ? argumentText(locale, key) : commandCatalogues[locale][key];
  return found !== undefined && found.trim() !== "" ? found : english;
}

/** An argument's description in `locale`, under the key the English text was found by. */
function argumentText(locale: Locale, key: string): string | undefined {
  const [command = "", arg = ""] = key.split("|");
  const [group = "", name = ""] = command.split(" ");
  const code = argumentKey(group, name, arg);
  return code === undefined ? undefined : argumentCatalogues[locale][code];
}

const translators = new Map<Locale, Translator>();

/** A message ready to say in one language: how to render it, and the arguments it takes. */
interface Prepared {
  render: RenderFn;
  names: readonly string[];
}

/** The translator for `locale`; a key its catalogue lacks is said in English. */
export function translator(locale: Locale): Translator {
  let found = translators.get(locale);
  if (!found) {
    const prepared = new Map<MessageCode, Prepared>();
    const translate = (code: MessageCode, params: MessageParams = {}): string => {
      let message = prepared.get(code);
      if (!message) {
        message = prepare(locale, code);
        prepared.set(code, message);
      }
      return renderMessage(message, params, self);
    };
    const self: Translator = Object.assign(translate, { locale });
    found = self;
    translators.set(locale, found);
  }
  return found;
}

/** `code` as `locale` says it, or in English when its catalogue lacks it. */
function prepare(locale: Locale, code: MessageCode): Prepared {
  const own = catalogues[locale]?.[code];
  const [source, spoken] = own === undefined ? [en[code], "en"] : [own, locale];
  return { render: prepareMessage(source, spoken), names: argumentNames(source) };
}

function renderMessage(message: Prepared, params: MessageParams, t: Translator): string {
  const values: Record<string, string | number> = {};
  for (const name of message.names) {
    const value = params[name] ?? `{${name}}`;
    values[name] =
      typeof value === "string" ? visible(value) : typeof value === "number" ? value : value.render(t);
  }
  return message.render(values);
}

const names = new Map<string, string[]>();
/** The arguments a message uses, in order of first use. */
function argumentNames(message: string): string[] {
  let found = names.get(message);
  if (!found) {
    found = [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1] ?? ""))];
    names.set(message, found);
  }
  return found;
}

/** English: logs, error messages in the server's own records, and tests. */
export const english: Translator = translator("en");

/**
 * The language of whoever reads what is being written now: set by `execute` for the span of
 * one command (its reader), and by `inLocale`/`Text` rendering for an announcement (its
 * place). Outside both, English.
 */
let reading: LocaleScope = stackScope();

/**
 * Holds the reader's locale across the awaits of one command. Node's `AsyncLocalStorage` is one
 * (the app installs it with `useLocaleScope`: core imports no Node library); until then a plain
 * stack holds it for synchronous work only, which is all rendering an announcement needs.
 */
export interface LocaleScope {
  getStore(): Locale | undefined;
  run<T>(locale: Locale, work: () => T): T;
}

export function useLocaleScope(scope: LocaleScope): void {
  reading = scope;
}

function stackScope(): LocaleScope {
  const stack: Locale[] = [];
  return {
    getStore: () => stack.at(-1),
    run(locale, work) {
      stack.push(locale);
      try {
        return work();
      } finally {
        stack.pop();
      }
    },
  };
}

/** The locale of the current reader (see `reading`). */
export function currentLocale(): Locale {
  return reading.getStore() ?? "en";
}

/** Runs `work` with `locale` as the reader's language: `t()`, dates and numbers follow it. */
export function withLocale<T>(locale: Locale, work: () => T): T {
  return reading.run(locale, work);
}

/**
 * Renders a message in the current reader's language (see `withLocale`), so a handler's reply
 * speaks its reader's language without the handler knowing it.
 */
export const t: Translator = Object.defineProperty(
  (code: MessageCode, params: MessageParams = {}): string => translator(currentLocale())(code, params),
  "locale",
  { get: currentLocale, enumerable: true },
) as Translator;

/**
 * A text built by `build` with ambient `t()` calls, rendered later in its reader's language: an
 * announcement is rendered in the language of the place it goes to, when it is queued.
 */
export function inLocale(build: () => string): Text {
  return new Text((tr) => withLocale(tr.locale, build));
}

/** A catalogue message to be rendered for its reader. */
export function msg(code: MessageCode, params: MessageParams = {}): Text {
  return new Text((tr) => tr(code, params));
}

/** Renders a text or passes a string through. */
export function rendered(text: Text | string, tr: Translator): string {
  return typeof text === "string" ? text : text.render(tr);
}

let byEnglish: Map<string, MessageCode> | undefined;
/**
 * The code of a catalogue message without arguments whose English text is `text`, if any: a
 * message rendered before its reader was known (a schema's problem, built at start) can then be
 * said again in the reader's language.
 */
export function codeOfEnglish(text: string): MessageCode | undefined {
  if (!byEnglish) {
    byEnglish = new Map();
    for (const code of Object.keys(en) as MessageCode[])
      if (argumentNames(en[code]).length === 0 && !byEnglish.has(en[code])) byEnglish.set(en[code], code);
  }
  return byEnglish.get(text);
}

/** Every key of the catalogue, for tests that check each one renders. */
export function messageCodes(): MessageCode[] {
  return Object.keys(en) as MessageCode[];
}

/** Whether the translators' catalogue of `locale` exists yet (before it does, English stands in). */
export function hasCatalogue(locale: Locale): boolean {
  return Object.keys({ en, fr, es, it }[locale]).length > 0;
}

/** The message of `code` in `locale`'s own catalogue (undefined when it has none), for tests. */
export function catalogueMessage(locale: Locale, code: MessageCode): string | undefined {
  return catalogues[locale]?.[code];
}
