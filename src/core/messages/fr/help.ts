import type { helpTexts as en } from "../help.js";
import type { Translation } from "../translation.js";

/**
 * French messages of help: the overview, one group, one command. The yes and no words are the
 * English list: it already holds every language's words, and a reply is read the same whatever
 * the reader's language.
 */
export const helpTexts: Translation<typeof en> = {
  "help.intro":
    "Jura aide les cercles et les fédérations à s’organiser par eux-mêmes. Groupes de commandes :",
  "help.more":
    "Tapez help <groupe> pour ses commandes et help <groupe> <commande> pour l’une d’elles, par exemple help circle create.",
  "help.group_more": "Tapez help {group} <commande> pour l’une d’elles, par exemple help {group} {example}.",
  "help.usage": "Usage : {usage}",
  "help.arguments": "Arguments :",
  "help.argument": "{name} : {description}",
  "help.argument_optional": "{name} (facultatif) : {description}",
  "help.examples": "Exemples :",
  "welcome.text":
    "Bonjour, je suis Jura : j’aide les cercles et les fédérations à s’organiser par eux-mêmes. Trois choses pour commencer :\n1. Fondez un cercle pour ce salon : /circle create <nom> open:yes\n2. Les autres le rejoignent : /circle join <nom>\n3. Voyez ce qu’un cercle peut faire d’autre : /help",
  "vote.yes_words": "yes|y|oui|sí|si|sì|ja",
  "vote.no_words": "no|n|non|nein",
};
