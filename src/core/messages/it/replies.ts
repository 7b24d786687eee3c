import type { replies as en } from "../replies.js";
import type { Translation } from "../translation.js";

export const replies: Translation<typeof en> = {
  "circle.size_small":
    "«{circle}» ha {count, plural, one {# membro} other {# membri}}: sotto {min} è troppo piccolo per far ruotare bene i ruoli. Invitate qualche persona in più.",
  "circle.size_large":
    "«{circle}» ha {count} membri: oltre {max} forse è il momento di dividersi in due cerchi.",
  "circle.welcome": "Benvenuti in «{circle}»: ora {count, plural, one {# membro} other {# membri}}.",
  "circle.left": "Hai lasciato «{circle}»; {count, plural, one {resta # membro} other {restano # membri}}.",
  "circle.left_mandates":
    "{count, plural, one {Il tuo mandato {ids} è terminato.} other {I tuoi mandati {ids} sono terminati.}}",
  "aid.offer_accepted_notice":
    "«{circle}» ha accettato la vostra offerta #{offer} ({what}). Dite quando è fatto: /aid fulfilled {offer}.",
  "aid.offer_accepted": "L’offerta #{offer} è accettata per la richiesta #{request}.",
  "aid.request_closed_notice": "«{circle}» ha chiuso la richiesta #{request} ({what}).",
  "aid.request_closed": "La richiesta #{request} è chiusa.",
  "aid.none_yet": "Ancora nessuna richiesta di aiuto.",
  "aid.none_open": "Nessuna richiesta di aiuto aperta.",
  "poll.published_title": "Sondaggio #{id} di «{circle}»: {question}",
  "poll.new_notice": "«{circle}» ha un nuovo sondaggio, #{id}: {question} (/poll show {id}).",
  "poll.open_until":
    "Il sondaggio #{id} è aperto fino al {closes}; {count, plural, one {# membro può votare} other {# membri possono votare}}.",
  "poll.vote_how": "Votate con: /poll vote {id} <numero o opzione>, fino al {until}.",
  "poll.rules": "Quorum {quorum} %; un’opzione deve superare il {threshold} % dei voti.",
  "poll.too_long": "un sondaggio dura al massimo {days} giorni",
  "recall.poll_title":
    "Sondaggio di revoca #{id}: «{circle}» deve revocare {person} dal mandato #{mandate} ({scope})? Rispondete recall o keep.",
  "recall.federation_notice":
    "«{circle}» vota sulla revoca del suo delegato {person} (mandato #{mandate}) fino al {closes}.",
  "mandate.none_in":
    "{all, select, yes {Nessun mandato in «{scope}».} other {Nessun mandato in corso in «{scope}».}}",
  "mandate.list_title": "Mandati in «{scope}» ({count}):",
  "convergence.rsvp_noted":
    "Preso nota: {answer, select, yes {vieni} maybe {forse} other {non vieni}} a «{title}». Finora {yes} vengono, {maybe} forse, {no} non vengono.",
};
