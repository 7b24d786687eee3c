import type { languages as en } from "../languages.js";
import type { CommandTexts, Translation } from "../translation.js";

export const languages: Translation<typeof en> = {
  "language.name": "{language, select, fr {français} es {espagnol} it {italien} other {anglais}}",
  "language.auto": "comme parle chaque lieu",
  "me.language_now":
    "Jura vous parle {chosen, select, auto {la langue de chaque lieu (celle de votre plateforme, si elle en indique une)} other {en {language}, partout}}. Pour changer : me language fr, es, it, en ou auto.",
  "me.language_set": "Désormais Jura vous parle en {language}, partout.",
  "me.language_auto":
    "Désormais Jura vous parle la langue de chaque lieu (celle de votre plateforme, si elle en indique une).",
  "circle.setting_language": "langue : {language}",
  "federation.setting_language": "langue : {language}",
  "circle.show_title": "Cercle « {circle} »",
  "circle.show_title_purpose": "Cercle « {circle} » : {purpose}",
  "circle.show_home":
    "Lieu : {place} · fuseau {timezone} · {open, select, yes {ouvert à tout le monde} other {sur invitation}} · langue : {language}",
  "circle.show_no_home": "aucun",
  "circle.show_federation": "Fédération : {federation}",
  "circle.show_no_federation": "Fédération : aucune",
  "circle.show_members": "Membres ({count}) : {members}",
  "circle.show_delegates": "Délégués : {count, plural, =0 {aucun} other {}}",
  "record.action.me.language": "{actor} a choisi la langue dans laquelle Jura lui parle.",
  "common.none": "aucun",
};

/** The help command's own texts (see HELP_TEXTS in core/commands/command-texts.ts): no spec declares them. */
export const helpCommand: CommandTexts = {
  help: "Comment utiliser Jura : toutes les commandes, un groupe ou une commande",
  "help|topic": "un groupe ou une commande, par exemple circle ou circle create",
};
