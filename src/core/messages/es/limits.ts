import type { limits as en } from "../limits.js";
import type { Translation } from "../translation.js";

/** Spanish messages of the limits that keep a federation usable (core/limits.ts). */
export const limits: Translation<typeof en> = {
  "limit.commandsPerPersonPerMinute":
    "Has enviado más de {limit} comandos en un minuto, el máximo por persona. Espera un minuto y vuelve a intentarlo. (Límite {setting}.)",
  "limit.commandsPerPlacePerMinute":
    "Este lugar ha recibido {limit} comandos en el último minuto, el máximo que admite. Espera un minuto y vuelve a intentarlo. (Límite {setting}.)",
  "limit.circlesPerFounder":
    "Ya has fundado {limit} círculos, el máximo por persona. (Límite {setting}, fijado por quien administra Jura.)",
  "limit.federationsPerFounder":
    "Ya has fundado {limit} federaciones, el máximo por persona. (Límite {setting}, fijado por quien administra Jura.)",
  "limit.openPollsPerCircle":
    "Este círculo tiene {limit} votaciones abiertas, el máximo a la vez: cierra una primero. (Límite {setting}.)",
  "limit.openProposalsPerScope":
    "Aquí hay {limit} propuestas abiertas, el máximo a la vez: deja que alguna se cierre o retira una primero. (Límite {setting}.)",
  "limit.openProposalsPerPerson":
    "Tienes {limit} propuestas abiertas, el máximo por persona: deja que alguna se cierre o retira una primero. (Límite {setting}.)",
  "limit.rotationsPerScope": "Aquí ya hay {limit} rotaciones, el máximo posible. (Límite {setting}.)",
  "limit.convergencesPerFederation":
    "Esta federación tiene {limit} convergencias previstas, el máximo posible: cancela una primero. (Límite {setting}.)",
  "limit.openRequestsPerCircle":
    "Tu círculo tiene {limit} solicitudes de ayuda abiertas, el máximo a la vez: cierra una primero. (Límite {setting}.)",
  "limit.invitationsPerCircle":
    "Tu círculo tiene {limit} invitaciones pendientes, el máximo a la vez. (Límite {setting}.)",
  "limit.announcementsPerPlacePerDay":
    "Este lugar ha recibido hoy {limit} avisos, el máximo que Jura le envía en un día. (Límite {setting}.)",
  "limit.flood_summary":
    "Jura ha enviado aquí {limit} avisos en el último día, el máximo para un lugar: el resto de los de hoy quedan retenidos, y guardados en el registro (circle history). (Límite {setting}.)",
  "limit.more_than_daily": "{what}: como mucho una vez al día; esa frecuencia cae más a menudo",
  "limit.reminders": "como máximo {count} recordatorios antes de cada ocasión",
};
