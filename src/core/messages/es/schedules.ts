import type { schedules as en } from "../schedules.js";
import type { Translation } from "../translation.js";

/** Spanish messages of schedules: cadences in words (core/cadence-words.ts). */
export const schedules: Translation<typeof en> = {
  "cadence.every":
    "{unit, select, day {{n, plural, one {cada día} other {cada # días}}} week {{n, plural, one {cada semana} other {cada # semanas}}} month {{n, plural, one {cada mes} other {cada # meses}}} other {{n, plural, one {cada año} other {cada # años}}}}",
  "cadence.on": "el {what}",
  "cadence.nth": "{n, selectordinal, other {#.º}} {day}",
  "cadence.last": "último {day}",
  "cadence.on_day": "el día {days} del mes",
  "cadence.in": "en {months}",
  "cadence.at": "a las {times}",
  "cadence.custom": "con un calendario propio",
  "cadence.custom_part": "(con más reglas propias)",
};
