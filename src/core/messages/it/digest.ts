import type { digestTexts as en } from "../digest.js";
import type { Translation } from "../translation.js";

/** Italian messages of the mutual-aid digest. */
export const digestTexts: Translation<typeof en> = {
  "digest.header":
    "Mutuo aiuto in “{federation}”, {days, plural, =7 {la settimana} other {gli ultimi # giorni}} fino al {date}:",
  "digest.open_requests": "Richieste aperte ({count}):",
  "digest.own_requests": "Richieste di “{circle}” ({count}):",
  "digest.answerable": "Richieste a cui “{circle}” potrebbe rispondere ({count}):",
  "digest.reflections": "Riflessioni in attesa di risposta ({count}):",
  "digest.footer":
    "Offri aiuto con /aid offer <richiesta> <cosa>; rispondi a una riflessione con /reflect advise o /reflect affirm.",
};
