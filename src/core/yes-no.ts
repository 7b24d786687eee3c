import { t } from "./i18n.js";

let words: ReadonlyMap<string, "yes" | "no"> | undefined;

/**
 * Reads a word people type to say yes or no (`yes`, `oui`, `sí`, `no`, `non`…), from the
 * catalogue's `vote.yes_words` and `vote.no_words` (words separated by |), so a language adds its
 * own words where it adds its sentences.
 */
export function yesOrNo(text: string): "yes" | "no" | undefined {
  words ??= new Map([
    ...t("vote.no_words")
      .split("|")
      .map((w) => [w.trim().toLowerCase(), "no"] as const),
    ...t("vote.yes_words")
      .split("|")
      .map((w) => [w.trim().toLowerCase(), "yes"] as const),
  ]);
  return words.get(text.trim().toLowerCase());
}

/**
 * The option a yes or a no stands for: in a recall poll, yes is "Recall" and no is "Keep"; in
 * another poll, the one option that is itself a yes (or a no) word, in whatever language it was
 * written (`oui|non` answered with yes). Undefined when the text is no yes/no word or no single
 * option matches.
 */
export function yesNoOption(
  poll: { kind: string; options: readonly string[] },
  text: string,
): number | undefined {
  const answer = yesOrNo(text);
  if (!answer) return undefined;
  if (poll.kind === "recall") return answer === "yes" ? 0 : 1;
  const matching = poll.options.flatMap((o, i) => (yesOrNo(o) === answer ? [i] : []));
  return matching.length === 1 ? matching[0] : undefined;
}
