import type { people as en } from "../people.js";
import type { Translation } from "../translation.js";

/**
 * Italian messages of people across platforms. A person of another platform is shown as English
 * shows them (`Bob (Discord)`, `Bob (Discord ~bob2)`): people type that form back, and Jura reads
 * it only with the platform labels Discord, Matrix and shell.
 */
export const people: Translation<typeof en> = {
  "people.platform": "{platform, select, discord {Discord} matrix {Matrix} other {shell}}",
  "people.elsewhere": "{name} ({platform, select, discord {Discord} matrix {Matrix} other {shell}})",
  "people.elsewhere_handle":
    "{name} ({platform, select, discord {Discord} matrix {Matrix} other {shell}} ~{handle})",
  "people.unnamed":
    "{platform, select, discord {una persona su Discord} matrix {una persona su Matrix} other {qualcuno nella shell}}",
  "people.reserved_character":
    "I caratteri “⟦” e “⟧” sono di Jura (li usa per contrassegnare le persone): scrivi il comando senza di essi.",
  "people.ambiguous":
    "Chi intendi con “{name}”? {count, plural, one {Corrisponde # persona} other {Corrispondono # persone}}: {candidates}. Indicane una con il suo identificativo, per esempio @~{example}.",
  "people.unknown_name":
    'Non conosco nessuno di nome “{name}”. Indica una persona come la mostra Jura, per esempio @"Bob (Discord)", o con l’identificativo che Jura le dà, per esempio @~bob.',
  "people.unknown_handle": "Nessuno ha l’identificativo ~{handle}.",
  "people.unknown_number":
    'Quel numero non è di nessun membro Discord che Jura conosca. Indica un membro Discord come lo mostra Jura, per esempio @"Bob (Discord)", o con l’identificativo che Jura gli dà, per esempio @~bob.',
  "people.candidate": "{person} (@~{handle})",
  "people.link_code":
    "Il tuo codice di collegamento: {code}. Entro {minutes} minuti, dal tuo account sull’altra piattaforma, inseriscilo: su Discord /me link code:{code}, su Matrix !jura me link {code}. Vale una sola volta; qui lo vedi solo tu.",
  "people.link_status":
    "{accounts} sono una sola persona. Per separarli, scrivi me unlink dall’account collegato: appartenenze, voti e mandati restano a {person}.",
  "people.link_bad_code":
    "Quel codice non è valido: è errato, già usato o scaduto. {left, plural, =0 {Nessun altro tentativo da questo account per un’ora.} one {Ancora # tentativo in quest’ora.} other {Ancora # tentativi in quest’ora.}}",
  "people.link_too_many": "Troppi codici errati da questo account: riprova tra un’ora.",
  "people.link_same_account":
    "Questo è l’account che ha chiesto il codice: inseriscilo dal tuo altro account.",
  "people.link_same_platform":
    "Entrambi gli account sono {platform, select, discord {su Discord} matrix {su Matrix} other {nella shell}}: una persona collega un account Matrix e un account Discord.",
  "people.link_taken": "{account} è già una sola persona con {other}: separali prima con me unlink.",
  "people.link_same_circle":
    "Entrambi gli account sono membri di {circles}: una persona è un solo membro, quindi uno dei due account esce prima (circle leave), poi si collegano.",
  "people.link_conflict":
    "Entrambi gli account hanno un posto {what, select, poll_voter {nella stessa votazione} proposal_voice {nella stessa proposta} convergence_rsvp {nella stessa convergenza} mandate {nello stesso mandato} spokesperson {nello stesso ruolo di portavoce} other {nello stesso registro ({what})}}: Jura non indovina quale resta. Collegali quando sarà finita.",
  "people.linked":
    "Collegati: {account} e {person} ora sono una sola persona. Ciò che è questo account (appartenenze, voti, mandati, turni, RSVP, risposte) è di quella persona; ciò che ha fatto resta nel registro com’era.",
  "people.not_linked": "Questo account non è collegato a un altro: me link lo collega.",
  "people.unlink_person":
    "Questo è l’account proprio della persona: scrivi me unlink dall’account che le è stato collegato ({accounts}).",
  "people.unlinked":
    "{account} è di nuovo un account a sé. Appartenenze, voti e mandati restano a {person}; il registro conserva cosa ha fatto ogni account, e quando.",
  "record.action.me.link": "{actor} e {person} sono diventati una sola persona (me link).",
  "record.action.me.unlink": "{actor} e {person} sono di nuovo account separati (me unlink).",
};
