import type { languages as en } from "../languages.js";
import type { CommandTexts, Translation } from "../translation.js";

export const languages: Translation<typeof en> = {
  "language.name": "{language, select, fr {francés} es {español} it {italiano} other {inglés}}",
  "language.auto": "como habla cada lugar",
  "me.language_now":
    "Jura te habla {chosen, select, auto {en el idioma de cada lugar (el de tu plataforma, si indica uno)} other {en {language}, en todas partes}}. Para cambiarlo: me language fr, es, it, en o auto.",
  "me.language_set": "A partir de ahora Jura te habla en {language}, en todas partes.",
  "me.language_auto":
    "A partir de ahora Jura te habla en el idioma de cada lugar (el de tu plataforma, si indica uno).",
  "circle.setting_language": "idioma: {language}",
  "federation.setting_language": "idioma: {language}",
  "circle.show_title": "Círculo “{circle}”",
  "circle.show_title_purpose": "Círculo “{circle}”: {purpose}",
  "circle.show_home":
    "Lugar: {place} · zona horaria {timezone} · {open, select, yes {abierto a todos} other {por invitación}} · idioma: {language}",
  "circle.show_no_home": "ninguno",
  "circle.show_federation": "Federación: {federation}",
  "circle.show_no_federation": "Federación: ninguna",
  "circle.show_members": "Miembros ({count}): {members}",
  "circle.show_delegates": "Delegados: {count, plural, =0 {ninguno} other {}}",
  "record.action.me.language": "{actor} eligió el idioma en que Jura le habla.",
  "common.none": "ninguno",
};

/** The help command's own texts (see HELP_TEXTS in core/commands/command-texts.ts): no spec declares them. */
export const helpCommand: CommandTexts = {
  help: "Cómo usar Jura: todos los comandos, un grupo o un comando",
  "help|topic": "un grupo o un comando, por ejemplo circle o circle create",
};
