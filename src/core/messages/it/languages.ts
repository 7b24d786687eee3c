import type { languages as en } from "../languages.js";
import type { CommandTexts, Translation } from "../translation.js";

export const languages: Translation<typeof en> = {
  "language.name": "{language, select, fr {francese} es {spagnolo} it {italiano} other {inglese}}",
  "language.auto": "come parla ogni luogo",
  "me.language_now":
    "Jura ti parla {chosen, select, auto {nella lingua di ogni luogo (quella della tua piattaforma, se ne indica una)} other {in {language}, ovunque}}. Per cambiarla: me language fr, es, it, en o auto.",
  "me.language_set": "D’ora in poi Jura ti parla in {language}, ovunque.",
  "me.language_auto":
    "D’ora in poi Jura ti parla nella lingua di ogni luogo (quella della tua piattaforma, se ne indica una).",
  "circle.setting_language": "lingua: {language}",
  "federation.setting_language": "lingua: {language}",
  "circle.show_title": "Cerchio “{circle}”",
  "circle.show_title_purpose": "Cerchio “{circle}”: {purpose}",
  "circle.show_home":
    "Luogo: {place} · fuso orario {timezone} · {open, select, yes {aperto a tutti} other {su invito}} · lingua: {language}",
  "circle.show_no_home": "nessuno",
  "circle.show_federation": "Federazione: {federation}",
  "circle.show_no_federation": "Federazione: nessuna",
  "circle.show_members": "Membri ({count}): {members}",
  "circle.show_delegates": "Delegati: {count, plural, =0 {nessuno} other {}}",
  "record.action.me.language": "{actor} ha scelto la lingua in cui Jura gli parla.",
  "common.none": "nessuno",
};

/** The help command's own texts (see HELP_TEXTS in core/commands/command-texts.ts): no spec declares them. */
export const helpCommand: CommandTexts = {
  help: "Come usare Jura: tutti i comandi, un gruppo o un comando",
  "help|topic": "un gruppo o un comando, per esempio circle o circle create",
};
