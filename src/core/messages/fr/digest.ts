import type { digestTexts as en } from "../digest.js";
import type { Translation } from "../translation.js";

/** French messages of the mutual-aid digest. */
export const digestTexts: Translation<typeof en> = {
  "digest.header":
    "Entraide dans « {federation} », {days, plural, =7 {la semaine} other {les # jours}} jusqu’au {date} :",
  "digest.open_requests": "Demandes ouvertes ({count}) :",
  "digest.own_requests": "Demandes de « {circle} » ({count}) :",
  "digest.answerable": "Demandes auxquelles « {circle} » pourrait répondre ({count}) :",
  "digest.reflections": "Retours d’expérience en attente de réponse ({count}) :",
  "digest.footer":
    "Offrez avec /aid offer <demande> <quoi> ; répondez à un retour d’expérience avec /reflect advise ou /reflect affirm.",
};
