import type { schedules as en } from "../schedules.js";
import type { Translation } from "../translation.js";

/** French messages of schedules: cadences in words (core/cadence-words.ts). */
export const schedules: Translation<typeof en> = {
  "cadence.every":
    "{unit, select, day {{n, plural, one {tous les jours} other {tous les # jours}}} week {{n, plural, one {toutes les semaines} other {toutes les # semaines}}} month {{n, plural, one {tous les mois} other {tous les # mois}}} other {{n, plural, one {tous les ans} other {tous les # ans}}}}",
  "cadence.on": "le {what}",
  "cadence.nth": "{n, selectordinal, one {#er} other {#e}} {day}",
  "cadence.last": "dernier {day}",
  "cadence.on_day": "le {days} du mois",
  "cadence.in": "en {months}",
  "cadence.at": "à {times}",
  "cadence.custom": "selon un calendrier qui lui est propre",
  "cadence.custom_part": "(avec d’autres règles qui lui sont propres)",
};
