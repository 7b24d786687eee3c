import { IntlMessageFormat } from "intl-messageformat";

/** A catalogue message's arguments, each already a string or a number. */
export type Values = Readonly<Record<string, string | number>>;

/** A message made ready to render: called with its arguments, returns the sentence. */
export type RenderFn = (values: Values) => string;

type Element = ReturnType<IntlMessageFormat["getAst"]>[number];
/** One piece of a message: written as is, or worked out from the values (and the plural's number). */
type Part = string | ((values: Values, count: number | undefined) => string);

/** The element kinds of an ICU message this renderer knows (see TYPE in icu-messageformat-parser). */
const LITERAL = 0;
const ARGUMENT = 1;
const SELECT = 5;
const PLURAL = 6;
const POUND = 7;

/**
 * Prepares an ICU message (`{count, plural, one {# member} other {# members}}`) once, so each
 * rendering is a walk over ready pieces instead of IntlMessageFormat's general formatter, which
 * copies parts, merges literals and looks up its cached Intl objects by serialising their
 * arguments at every call. A reply says several messages and every announcement more, so this
 * is on the path of every command. It renders what Jura's catalogues use (text, arguments,
 * select, plural and selectordinal with `#`) exactly as IntlMessageFormat does; a message with
 * anything else (number, date or time styles) is left to IntlMessageFormat itself.
 */
export function prepareMessage(source: string, locale: string): RenderFn {
  const format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
  const parts = partsOf(format.getAst(), locale);
  if (parts === undefined) return (values) => String(format.format(values));
  if (parts.every((part) => typeof part === "string")) {
    const text = parts.join("");
    return () => text;
  }
  return (values) => joinParts(parts, values, undefined);
}

function joinParts(parts: readonly Part[], values: Values, count: number | undefined): string {
  let text = "";
  for (const part of parts) text += typeof part === "string" ? part : part(values, count);
  return text;
}

/** The pieces of `elements`, or undefined when one of them is a kind this renderer leaves alone. */
function partsOf(elements: readonly Element[], locale: string): Part[] | undefined {
  const parts: Part[] = [];
  for (const element of elements) {
    const part = partOf(element, locale);
    if (part === undefined) return undefined;
    // Neighbouring text is joined now, not at every rendering.
    const last = parts.length - 1;
    if (typeof part === "string" && typeof parts[last] === "string") parts[last] += part;
    else parts.push(part);
  }
  return parts;
}

function partOf(element: Element, locale: string): Part | undefined {
  switch (element.type) {
    case LITERAL:
      return element.value;
    case ARGUMENT: {
      const name = element.value;
      return (values) => {
        const value = values[name];
        return value === undefined ? "" : String(value);
      };
    }
    case POUND:
      return (_values, count) => (count === undefined ? "" : numberFormat(locale).format(count));
    case SELECT: {
      const options = optionsOf(element.options, locale);
      if (options === undefined) return undefined;
      const name = element.value;
      // A `#` in a select's branch is text, even within a plural (so ICU's parser reads it).
      return (values) => {
        const key = String(values[name]);
        const chosen = (Object.hasOwn(options, key) ? options[key] : undefined) ?? options.other;
        return chosen === undefined ? "" : joinParts(chosen, values, undefined);
      };
    }
    case PLURAL: {
      const options = optionsOf(element.options, locale);
      if (options === undefined) return undefined;
      const { value: name, offset = 0, pluralType } = element;
      return (values) => {
        const value = Number(values[name]);
        const exact = `=${values[name]}`;
        let chosen = Object.hasOwn(options, exact) ? options[exact] : undefined;
        if (chosen === undefined) {
          const rule = pluralRules(locale, pluralType).select(value - offset);
          chosen = (Object.hasOwn(options, rule) ? options[rule] : undefined) ?? options.other;
        }
        return chosen === undefined ? "" : joinParts(chosen, values, value - offset);
      };
    }
    default:
      return undefined;
  }
}

function optionsOf(
  options: Readonly<Record<string, { value: Element[] }>>,
  locale: string,
): Record<string, Part[]> | undefined {
  const prepared: Record<string, Part[]> = Object.create(null);
  for (const [key, option] of Object.entries(options)) {
    const parts = partsOf(option.value, locale);
    if (parts === undefined) return undefined;
    prepared[key] = parts;
  }
  return prepared;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string): Intl.NumberFormat {
  let found = numberFormats.get(locale);
  if (!found) {
    found = new Intl.NumberFormat(locale);
    numberFormats.set(locale, found);
  }
  return found;
}

const pluralRulesByKind = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string, type: Intl.PluralRuleType = "cardinal"): Intl.PluralRules {
  const key = `${locale} ${type}`;
  let found = pluralRulesByKind.get(key);
  if (!found) {
    found = new Intl.PluralRules(locale, { type });
    pluralRulesByKind.set(key, found);
  }
  return found;
}
