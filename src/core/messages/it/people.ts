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
    "Per fare di questo account e del tuo account su un’altra piattaforma una sola persona, inserisci questo codice dall’altro account entro {minutes} minuti, dove solo tu lo vedi: su Discord, il comando “me link” con code:{code}; su Matrix, scrivi !jura me link {code} in un messaggio diretto con me. Vale una sola volta.",
  "people.link_status":
    "{accounts} sono una sola persona. Per separarli: me unlink (appartenenze, voti e mandati restano a {person}).",
  "people.link_in_private":
    "Un codice di collegamento si inserisce dove solo tu lo vedi (in un messaggio diretto con me su Matrix, con il comando slash me link di Jura su Discord). Questo codice è stato visto qui, quindi ora non vale più: chiedine uno nuovo.",
  "people.link_bad_code":
    "Quel codice non è valido: è errato, già usato o scaduto. {left, plural, =0 {Nessun altro tentativo da questo account per un’ora.} one {Ancora # tentativo in quest’ora.} other {Ancora # tentativi in quest’ora.}}",
  "people.link_too_many": "Troppi codici errati da questo account: riprova dopo {until} (UTC).",
  "people.link_same_account":
    "Questo è l’account che ha chiesto il codice: inseriscilo dal tuo altro account.",
  "people.link_same_platform":
    "Entrambi gli account sono {platform, select, discord {su Discord} matrix {su Matrix} other {nella shell}}: una persona collega account su piattaforme diverse.",
  "people.link_taken": "{account} è già una sola persona con {other}: separali prima con me unlink.",
  "people.linked":
    "Collegati: {mine} e {other} ora sono una sola persona, {person}. Appartenenze, voti, mandati, risposte alle proposte, conferme di presenza (RSVP) e turni sono di quella persona; dove entrambi gli account ne avevano uno (lo stesso cerchio, la stessa votazione o proposta), ne resta uno: l’appartenenza più vecchia, e il voto, la risposta o l’RSVP più recente.{merged, plural, =0 {} one { È stato unito # duplicato.} other { Sono stati uniti # duplicati.}}",
  "people.not_linked": "Questo account non è collegato a un altro: me link lo collega.",
  "people.unlinked":
    "{account} è di nuovo un account a sé. Appartenenze, voti e mandati restano a {person}; il registro conserva cosa ha fatto ogni account, e quando.",
  "record.action.me.link": "{actor} e {person} sono diventati una sola persona (me link).",
  "record.action.me.unlink": "{actor} e {person} sono di nuovo account separati (me unlink).",
};
