import type { limits as en } from "../limits.js";
import type { Translation } from "../translation.js";

/** Italian messages of the limits that keep a federation usable (core/limits.ts). */
export const limits: Translation<typeof en> = {
  "limit.commandsPerPersonPerMinute":
    "Hai inviato più di {limit} comandi in un minuto, il massimo per una persona. Aspetta un minuto e riprova. (Limite {setting}.)",
  "limit.commandsPerPlacePerMinute":
    "Questo luogo ha ricevuto {limit} comandi nell’ultimo minuto, il massimo che accetta. Aspetta un minuto e riprova. (Limite {setting}.)",
  "limit.circlesPerFounder":
    "Hai già fondato {limit} cerchi, il massimo per una persona. (Limite {setting}, fissato da chi gestisce Jura.)",
  "limit.federationsPerFounder":
    "Hai già fondato {limit} federazioni, il massimo per una persona. (Limite {setting}, fissato da chi gestisce Jura.)",
  "limit.openPollsPerCircle":
    "Questo cerchio ha {limit} votazioni aperte, il massimo alla volta: chiudine prima una. (Limite {setting}.)",
  "limit.openProposalsPerScope":
    "Qui ci sono {limit} proposte aperte, il massimo alla volta: lascia che qualcuna si chiuda o ritirane prima una. (Limite {setting}.)",
  "limit.openProposalsPerPerson":
    "Hai {limit} proposte aperte, il massimo per una persona: lascia che qualcuna si chiuda o ritirane prima una. (Limite {setting}.)",
  "limit.rotationsPerScope": "Qui ci sono già {limit} rotazioni, il massimo possibile. (Limite {setting}.)",
  "limit.convergencesPerFederation":
    "Questa federazione ha {limit} convergenze in programma, il massimo possibile: annullane prima una. (Limite {setting}.)",
  "limit.openRequestsPerCircle":
    "Il tuo cerchio ha {limit} richieste di aiuto aperte, il massimo alla volta: chiudine prima una. (Limite {setting}.)",
  "limit.invitationsPerCircle":
    "Il tuo cerchio ha {limit} inviti in attesa, il massimo alla volta. (Limite {setting}.)",
  "limit.announcementsPerPlacePerDay":
    "Questo luogo ha ricevuto {limit} annunci oggi, il massimo che Jura gli invia in un giorno. (Limite {setting}.)",
  "limit.flood_summary":
    "Jura ha inviato qui {limit} annunci nell’ultimo giorno, il massimo per un luogo: gli altri di oggi sono trattenuti, e conservati nel registro (circle history). (Limite {setting}.)",
  "limit.more_than_daily": "{what}: al massimo una volta al giorno; quella cadenza cade più spesso",
  "limit.reminders": "al massimo {count} promemoria prima di ogni ricorrenza",
};
