import type { helpTexts as en } from "../help.js";
import type { Translation } from "../translation.js";

/**
 * Spanish messages of help: the overview, one group, one command. The yes and no words are the
 * English list: it already holds every language's words, and a reply is read the same whatever
 * the reader's language.
 */
export const helpTexts: Translation<typeof en> = {
  "help.intro":
    "Jura ayuda a los círculos y las federaciones a organizarse por sí mismos. Grupos de comandos:",
  "help.more":
    "Escribe help <grupo> para ver sus comandos y help <grupo> <comando> para uno de ellos, por ejemplo help circle create.",
  "help.group_more": "Escribe help {group} <comando> para uno de ellos, por ejemplo help {group} {example}.",
  "help.usage": "Uso: {usage}",
  "help.arguments": "Argumentos:",
  "help.argument": "{name}: {description}",
  "help.argument_optional": "{name} (opcional): {description}",
  "help.examples": "Ejemplos:",
  "welcome.text":
    "Hola, soy Jura: ayudo a los círculos y las federaciones a organizarse por sí mismos. Tres cosas para empezar:\n1. Funda un círculo para esta sala: /circle create <nombre> open:yes\n2. Los demás se unen a él: /circle join <nombre>\n3. Mira qué más puede hacer un círculo: /help",
  "vote.yes_words": "yes|y|oui|sí|si|sì|ja",
  "vote.no_words": "no|n|non|nein",
};
