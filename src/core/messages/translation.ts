/** A translation of an English message area: every key, each a string in ICU MessageFormat. */
export type Translation<T> = { readonly [K in keyof T]: string };
