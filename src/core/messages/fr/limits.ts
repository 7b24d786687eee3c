import type { limits as en } from "../limits.js";
import type { Translation } from "../translation.js";

/** French messages of the limits that keep a federation usable (core/limits.ts). */
export const limits: Translation<typeof en> = {
  "limit.commandsPerPersonPerMinute":
    "Vous avez envoyé plus de {limit} commandes en une minute, le maximum pour une personne. Attendez une minute et réessayez. (Limite {setting}.)",
  "limit.commandsPerPlacePerMinute":
    "Ce lieu a reçu {limit} commandes dans la dernière minute, le maximum qu’il accepte. Attendez une minute et réessayez. (Limite {setting}.)",
  "limit.circlesPerFounder":
    "Vous avez déjà fondé {limit} cercles, le maximum pour une personne. (Limite {setting}, fixée par qui fait tourner Jura.)",
  "limit.federationsPerFounder":
    "Vous avez déjà fondé {limit} fédérations, le maximum pour une personne. (Limite {setting}, fixée par qui fait tourner Jura.)",
  "limit.openPollsPerCircle":
    "Ce cercle a {limit} votes ouverts, le maximum à la fois : clôturez-en un d’abord. (Limite {setting}.)",
  "limit.openProposalsPerScope":
    "Il y a ici {limit} propositions ouvertes, le maximum à la fois : laissez-en se clore ou retirez-en une d’abord. (Limite {setting}.)",
  "limit.openProposalsPerPerson":
    "Vous avez {limit} propositions ouvertes, le maximum pour une personne : laissez-en se clore ou retirez-en une d’abord. (Limite {setting}.)",
  "limit.rotationsPerScope": "Il y a déjà {limit} rotations ici, le maximum possible. (Limite {setting}.)",
  "limit.convergencesPerFederation":
    "Cette fédération a {limit} convergences prévues, le maximum possible : annulez-en une d’abord. (Limite {setting}.)",
  "limit.openRequestsPerCircle":
    "Votre cercle a {limit} demandes d’aide ouvertes, le maximum à la fois : clôturez-en une d’abord. (Limite {setting}.)",
  "limit.invitationsPerCircle":
    "Votre cercle a {limit} invitations en attente, le maximum à la fois. (Limite {setting}.)",
  "limit.announcementsPerPlacePerDay":
    "Ce lieu a reçu {limit} annonces aujourd’hui, le maximum que Jura lui envoie en une journée. (Limite {setting}.)",
  "limit.flood_summary":
    "Jura a envoyé {limit} annonces ici depuis un jour, le maximum pour un lieu : les autres annonces du jour sont retenues, et conservées dans le registre (circle history). (Limite {setting}.)",
  "limit.more_than_daily": "{what} : au plus une fois par jour ; ce rythme tombe plus souvent",
  "limit.reminders": "au plus {count} rappels avant chaque occurrence",
};
