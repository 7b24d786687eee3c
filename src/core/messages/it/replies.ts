import type { replies as en } from "../replies.js";
import type { Translation } from "../translation.js";

export const replies: Translation<typeof en> = {
  "aid.offer_accepted_notice":
    "“{circle}” ha accettato la tua offerta #{offer} ({what}). Di’ quando è fatto: /aid fulfilled {offer}.",
  "aid.offer_accepted": "L’offerta #{offer} è accettata per la richiesta #{request}.",
  "aid.request_closed_notice": "“{circle}” ha chiuso la richiesta #{request} ({what}).",
  "aid.request_closed": "La richiesta #{request} è chiusa.",
  "aid.none_yet": "Ancora nessuna richiesta di aiuto.",
  "aid.none_open": "Nessuna richiesta di aiuto aperta.",
  "poll.published_title": "Votazione #{id} di “{circle}”: {question}",
  "poll.new_notice": "“{circle}” ha una nuova votazione, #{id}: {question} (/poll show {id}).",
  "poll.vote_how": "Vota con: /poll vote {id} <numero o opzione>, fino al {until}.",
  "poll.rules": "Quorum {quorum} %; un’opzione deve superare il {threshold} % dei voti.",
  "poll.too_long": "una votazione dura al massimo {days} giorni",
  "recall.poll_title":
    "Votazione di revoca #{id}: “{circle}” deve revocare {person} dal mandato #{mandate} ({scope})? Rispondi recall o keep.",
  "recall.federation_notice":
    "“{circle}” vota sulla revoca del suo delegato {person} (mandato #{mandate}) fino al {closes}.",
  "mandate.none_in":
    "{all, select, yes {Nessun mandato in “{scope}”.} other {Nessun mandato in corso in “{scope}”.}}",
  "mandate.list_title": "Mandati in “{scope}” ({count}):",
  "mandate.line": "#{id} {delegate} per “{circle}”: {scope} ({span})",
  "mandate.until": "fino al {when}",
  "convergence.rsvp_noted":
    "Preso nota: {answer, select, yes {vieni} maybe {forse} other {non vieni}} a “{title}”. Finora {yes} vengono, {maybe} forse, {no} non vengono.",
  "poll.closed_title": "Votazione #{id} chiusa: “{question}”",
  "poll.no_winner": "Nessuna opzione ha prevalso.",
  "poll.result": "Risultato: {option}.",
  "recall.the_delegate": "il delegato",
  "recall.passed_notice":
    "“{circle}” ha revocato {person}: il mandato #{mandate} ({scope}) termina ora e il ruolo è libero.",
  "recall.failed_notice":
    "La revoca non è passata{quorum, select, missed { (quorum non raggiunto)} other {}}: il mandato #{mandate} di {person} resta.",
  "poll.turnout":
    "hanno votato {cast} su {eligible} ({turnout} %), quorum {quorum} % {met, select, yes {raggiunto} other {non raggiunto}}",
  "handoff.nobody_available":
    "Nessuno è disponibile per essere {role} di “{owner}” dal {when} (turno {term}). Qualcuno rientra prima? Dillo al cerchio.",
  "handoff.heads_up":
    "Avviso, {name}: diventi {role} di “{owner}” il {when} (turno {term}). Non puoi? Di’ /rotation skip {rotation}, o concorda uno scambio.",
  "handoff.heads_up_circle": "Avviso, {name}: il tuo cerchio tiene {what} dal {when} (turno {term}). {ask}",
  "handoff.what_spotlight": "i riflettori mediatici di “{owner}”",
  "handoff.what_role": "{role} per “{owner}”",
  "handoff.ask_spotlight": "Pensa alla storia che vuoi raccontare.",
  "handoff.ask_name": 'Nomina la tua persona con: /rotation name {rotation} @persona federation:"{owner}"',
  "handoff.nobody_took_over": "Nessuno ha potuto subentrare come {role} di “{owner}” per il turno {term}.",
  "handoff.spotlight_turns":
    "I riflettori mediatici di “{owner}” passano ora a {name} (turno {term}): il cerchio che li ha avuti meno di recente.",
  "handoff.now_holder":
    "{name} è ora {role} di “{owner}” (turno {term}){from, select, none {} other {, subentrando a {from}}}.",
  "handoff.next": "Poi: {name} il {when}.",
  "handoff.reminder": "Promemoria: il passaggio di {role} del turno {term} non è ancora confermato.",
  "handoff.checklist": "Lista del passaggio: {items}",
  "handoff.confirm": "{who}: conferma con /rotation confirm {rotation}{domain} una volta fatto.",
  "mandate.renewal_due":
    "Il mandato #{id} di {person} ({scope}) termina il {ends}. Rinnovalo con: /mandate renew {id} until:90d — o concedine uno nuovo, o lascialo finire.",
  "mandate.expired_notice":
    "Il mandato #{id} di {person} per “{circle}” ({scope}) è terminato il {ended}. Il cerchio può concederne uno nuovo.",
  "ritual.on_this_day": "In questo giorno, {day}: {title}. (Calendario rituale di “{federation}”.)",
  "aid.request_expired_notice":
    "La richiesta di aiuto #{id} di “{circle}” è scaduta senza risposta: {what}. Se il bisogno resta, chiedi di nuovo con /aid request.",
  "aid.offer_reminder":
    "Promemoria: l’offerta #{id} di “{circle}” ({what}) è stata accettata{by, select, none {} other { da “{by}”}} e non è ancora compiuta. Quando lo sarà: /aid fulfilled {id} ({person} l’ha offerta).",
  "convergence.in_words":
    "{unit, select, d {{n, plural, one {# giorno} other {# giorni}}} h {{n, plural, one {# ora} other {# ore}}} other {{n, plural, one {# minuto} other {# minuti}}}}",
  "convergence.start_until": "{start} fino alle {end}",
  "convergence.agenda_label": "Ordine del giorno: {agenda}",
  "convergence.founding_story": "Il racconto fondativo, “{title}”:",
  "convergence.reminder_text": "Promemoria: “{title}” (convergenza #{id}) è tra {in} — {start}.",
  "convergence.rsvp_how": "Rispondi: /convergence rsvp {id} yes|maybe|no",
  "convergence.begins_text": "“{title}” (convergenza #{id}) inizia ora — {start}.",
  "calendar.added":
    "#{id} aggiunto al calendario di “{federation}”: {day}, {title}{announced, select, yes { — annunciato nel giorno} other {}}.",
  "calendar.announce_set":
    "“{title}” {announced, select, yes {sarà} other {non sarà più}} annunciato nel suo giorno.",
  "calendar.empty":
    "Il calendario di “{federation}” è vuoto. Aggiungi un giorno con: /calendar add <MM-GG> <titolo> federation:{federation}",
  "calendar.title": "Calendario rituale di “{federation}”:",
  "calendar.row": "- #{id} {day}: {title} {announced, select, yes {(annunciato)} other {(non annunciato)}}",
  "calendar.removed": "#{id} ({day}: {title}) tolto dal calendario di “{federation}”.",
  "circle.invited": "{person} è invitato/a in “{circle}”. Accetta con: /circle join {circle}",
  "circle.none_in": "“{federation}” non ha ancora cerchi.",
  "circle.none": "Ancora nessun cerchio. Creane uno con: /circle create <nome>",
  "circle.list_title_of": "Cerchi di “{federation}” ({count}):",
  "circle.list_title": "Cerchi ({count}):",
  "convergence.none":
    "“{federation}” non ha ancora convergenze. Programmane una con: /convergence schedule <titolo> every:<cadenza> federation:{federation}",
  "convergence.next": "prossima: {start}",
  "convergence.no_more_dates": "nessun’altra data",
  "convergence.list_title": "Convergenze di “{federation}”:",
  "federation.founded":
    "La federazione “{federation}” è fondata. Un cerchio vi aderisce per propria decisione: /federation join {federation} circle:<cerchio>",
  "federation.none": "Ancora nessuna federazione. Fondane una con: /federation create <nome>",
  "federation.list_row": "- {name} ({count, plural, one {# cerchio} other {# cerchi}})",
  "federation.list_title": "Federazioni ({count}):",
  "mandate.renounced": "{person} ha restituito il mandato #{id} (“{scope}”) di “{circle}”.",
  "poll.closed_now": "La votazione #{id} è chiusa; il risultato sta per essere annunciato.",
  "poll.none_yet": "Ancora nessuna votazione.",
  "poll.none_open": "Nessuna votazione aperta.",
  "poll.until": "fino al {when}",
  "poll.list_title": "Votazioni ({count}):",
  "poll.unvoted": "Il tuo voto nella votazione #{id} è ritirato. Puoi votare di nuovo fino alla chiusura.",
  "poll.voted": "Il tuo voto “{choice}” nella votazione #{id} è contato. Puoi cambiarlo fino al {until}.",
  "rotation.away_noted":
    "Preso nota: sei assente dal {from} al {until}. Le rotazioni di “{circle}” ti saltano nel frattempo.",
  "rotation.ended_reply": "La rotazione di {role} in “{owner}” è terminata.",
  "rotation.none":
    "“{owner}” non ha ancora rotazioni. Avviane una con: /rotation create <ruolo> every:<cadenza>",
  "rotation.list_title": "Rotazioni di “{owner}”:",
  "rotation.next_handoff": " · prossimo passaggio il {when}",
  "rotation.nobody_yet": "ancora nessuno",
  "rotation.skipped": "Salti il turno {term} ({when}); lo prende {holder}.",
  "story.none":
    '“{federation}” non conserva ancora racconti. Aggiungine uno con: /story add <titolo> text:"…"',
  "story.list_title": "Racconti di “{federation}”:",
  "story.no_such": "“{federation}” non ha il racconto #{id}",
  "story.no_founding":
    '“{federation}” non ha ancora un racconto fondativo; aggiungine uno con /story add <titolo> text:"…" founding:yes',
  "story.told_title":
    "{founding, select, yes {Il racconto fondativo di} other {Un racconto di}} “{federation}”: {title}",
  "reflect.affirmed": "La riflessione #{id} ha ora {count, plural, one {# adesione} other {# adesioni}}.",
  "reflect.resolved_notice": "“{circle}” ha risolto la riflessione #{id}: {note}",
  "reflect.resolved": "La riflessione #{id} è risolta e conservata nell’archivio.",
  "reflect.none_mention": "Nessuna riflessione menziona “{search}”.",
  "reflect.none": "Ancora nessuna riflessione.",
  "reflect.advice_notice": "Nuovo consiglio sulla riflessione #{id}: {text} (/reflect show {id})",
  "reflect.advice_kept": "Il tuo consiglio è conservato con la riflessione #{id}.",
  "reflect.shared_notice":
    "“{circle}” condivide la riflessione #{id}: {happened}\nCosa abbiamo imparato: {learned}\nCi aiuterebbe: {needs}. Rispondi con {answers}.",
  "reflect.shared": "La riflessione #{id} è condivisa con “{federation}”. Grazie per la lezione.",
  "reflect.show_title": "Riflessione #{id} di “{circle}”, condivisa il {when} da {person}",
  "reflect.show_happened": "Cosa è successo: {text}",
  "reflect.show_learned": "Cosa abbiamo imparato: {text}",
  "reflect.show_needs": "Ci aiuterebbe: {needs}",
  "reflect.show_affirmations": "Adesioni: {count}",
  "reflect.show_advice": "Consigli:",
  "reflect.show_offers": "Offerte:",
  "reflect.show_resolved": "Risolta il {when}: {resolution}",
  "reflect.show_open": "Ancora aperta: il cerchio la chiude con /reflect resolve.",
  "convergence.show_title":
    "Convergenza #{id} “{title}” di “{federation}”{cancelled, select, yes { (annullata)} other {}}",
  "convergence.show_recurs": "Si ripete: {cadence} · fuso orario {timezone}",
  "convergence.show_once": "Una sola volta · fuso orario {timezone}",
  "convergence.show_reminders": "Promemoria: {reminders} prima",
  "convergence.show_next": "Prossime: {starts}",
  "convergence.show_coming":
    "Vengono{on, select, none {} other { il {on}}}: {yes} · forse: {maybe} · non vengono: {no}",
  "rotation.confirmed_side":
    "Confermato da parte tua. Il passaggio di {role} si completa quando conferma anche l’altra parte.",
  "rotation.handover_complete":
    "Il passaggio di {role} di “{owner}” (turno {term}) è completo: entrambe le parti hanno confermato la lista.",
  "aid.digest_rhythm":
    "“{federation}” riceve un riepilogo di mutuo aiuto ogni {days} giorni; il prossimo il {next}.",
  "spokesperson.rotating": "{person} (a rotazione)",
  "spokesperson.any_circle_of": "nessun cerchio di “{federation}”",
  "spokesperson.list_title": "Portavoce su {domain}:",
  "convergence.scheduled":
    "Convergenza #{id} “{title}” di “{federation}” programmata{cadence, select, none {} other { ({cadence})}}. {many, select, yes {Prossime date} other {Data}}:",
  "poll.state_closed": "chiusa il {when}",
  "poll.state_open": "aperta fino al {when}",
  "poll.show_title":
    "Votazione #{id} di “{circle}” ({recall, select, yes {revoca, } other {}}{state}): {question}",
  "poll.show_turnout": "{turnout}; un’opzione deve superare il {threshold} % dei voti.",
  "args.required": "è obbligatorio",
};
