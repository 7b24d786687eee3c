import type { schedules as en } from "../schedules.js";
import type { Translation } from "../translation.js";

/** Italian messages of schedules: cadences in words (core/cadence-words.ts). */
export const schedules: Translation<typeof en> = {
  "cadence.every":
    "{unit, select, day {{n, plural, one {ogni giorno} other {ogni # giorni}}} week {{n, plural, one {ogni settimana} other {ogni # settimane}}} month {{n, plural, one {ogni mese} other {ogni # mesi}}} other {{n, plural, one {ogni anno} other {ogni # anni}}}}",
  "cadence.on": "{what}",
  "cadence.nth": "il {n, selectordinal, other {#º}} {day}",
  "cadence.last": "l’ultimo {day}",
  "cadence.on_day": "il giorno {days} del mese",
  "cadence.in": "a {months}",
  "cadence.at": "alle {times}",
  "cadence.custom": "secondo un calendario tutto suo",
  "cadence.custom_part": "(con altre regole tutte sue)",
};
