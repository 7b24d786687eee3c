/**
 * The shape of one area's translation: every key of the English area, each a string in ICU
 * MessageFormat using exactly the same argument names as the English message. A locale file
 * `messages/<locale>/<area>.ts` exports `export const <area>: Translation<typeof <area>>`, so a
 * missing or misspelt key is a type error, and `test/unit/i18n-catalogues.test.ts` checks the
 * argument names.
 */
export type Translation<T> = { readonly [K in keyof T]: string };

/** Command summaries (`"<group> <name>"`, or `"<group>"`) and argument descriptions (`"<group> <name>|<arg>"`). */
export type CommandTexts = Readonly<Record<string, string>>;
