import type { helpTexts as en } from "../help.js";
import type { Translation } from "../translation.js";

/**
 * Italian messages of help: the overview, one group, one command. The yes and no words are the
 * English list: it already holds every language's words, and a reply is read the same whatever
 * the reader's language.
 */
export const helpTexts: Translation<typeof en> = {
  "help.intro": "Jura aiuta cerchi e federazioni a organizzarsi da sé. Gruppi di comandi:",
  "help.more":
    "Scrivi help <gruppo> per i suoi comandi e help <gruppo> <comando> per uno di essi, per esempio help circle create.",
  "help.group_more": "Scrivi help {group} <comando> per uno di essi, per esempio help {group} {example}.",
  "help.usage": "Uso: {usage}",
  "help.arguments": "Argomenti:",
  "help.argument": "{name}: {description}",
  "help.argument_optional": "{name} (facoltativo): {description}",
  "help.examples": "Esempi:",
  "welcome.text":
    "Ciao, sono Jura: aiuto cerchi e federazioni a organizzarsi da sé. Tre cose per cominciare:\n1. Fonda un cerchio per questa stanza: /circle create <nome> open:yes\n2. Gli altri vi entrano: /circle join <nome>\n3. Scopri cos’altro può fare un cerchio: /help",
  "vote.yes_words": "yes|y|oui|sí|si|sì|ja",
  "vote.no_words": "no|n|non|nein",
};
