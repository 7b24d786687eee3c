/**
 * Placeholder until the translations land (branch `tr`): the translator's index spreads every
 * area here, and replaces this file. A key missing here is said in English.
 */
export const fr: Readonly<Record<string, string>> = {};
