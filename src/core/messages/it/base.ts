import type { base as en } from "../base.js";
import type { Translation } from "../translation.js";

/** Italian messages shared by every command: input, arguments, circles, federations, mandates, polls, aid. */
export const base: Translation<typeof en> = {
  "input.empty": "Scrivi un comando, per esempio `help`.",
  "input.too_long": "Quel comando è lungo {length} caratteri; il limite è {max}.",
  "input.unterminated_quote": "Le virgolette aperte al carattere {position} non vengono mai chiuse.",
  "command.unknown": "Non esiste il comando `{name}`. Prova `help` per vedere cosa c’è.",
  "command.unknown_sub": "Il gruppo `{group}` non ha il comando `{name}`. Ha: {subs}.",
  "command.missing_sub": "`{group}` va seguito da un comando: {subs}.",
  "args.invalid": "{problems}\nUso: {usage}",
  "args.field": "{field}: {problem}",
  "args.too_many": "Troppi valori: `{extra}` non è previsto qui.",
  "args.unknown_key": "`{key}:` non è un’opzione di questo comando.",
  "args.duplicate_key": "`{key}:` è indicato due volte.",
  "args.bad_mention": "`@{raw}` non indica una persona che io sappia riconoscere.",
  "person.invalid": "non è una persona (menzionala con @)",
  "place.invalid": "non è un luogo che riconosco",
  "name.invalid":
    "i nomi hanno da 1 a 64 lettere, cifre, spazi e - _ . ' & (nessun carattere di controllo o invisibile)",
  "timezone.invalid": "fuso orario sconosciuto (usa un nome IANA come Europe/Rome)",
  "time.invalid":
    "non è una data né una durata (usa 2027-03-18, 2027-03-18T18:00, o una durata come 2h, 90d, 12w, 6mo, 1y)",
  "time.past": "Quella data è già passata: {when}.",
  "circle.not_found": "Non esiste nessun cerchio chiamato “{name}”.",
  "circle.no_home_here":
    'Questo luogo non è la sede di nessun cerchio. Indica il cerchio, per esempio circle:"Green Valley".',
  "circle.exists": "Esiste già un cerchio chiamato “{name}”.",
  "circle.place_taken": "Questo luogo è già la sede del cerchio “{name}”. Indicane un altro con place:…",
  "circle.not_member": "Solo i membri di “{circle}” possono farlo, e tu non lo sei.",
  "circle.already_member": "Sei già membro di “{circle}”.",
  "circle.person_already_member": "{person} è già membro di “{circle}”.",
  "circle.closed": "“{circle}” è aperto solo su invito. Chiedi a un membro di invitarti.",
  "circle.nothing_to_change":
    "Niente da cambiare: indica purpose:…, tz:…, place:…, open:yes/no, recall_quorum:…, recall_threshold:…, decide_by:…, window:… o quiet:…",
  "federation.not_found": "Non esiste nessuna federazione chiamata “{name}”.",
  "federation.exists": "Esiste già una federazione chiamata “{name}”.",
  "federation.already_in": "“{circle}” fa già parte della federazione “{federation}”.",
  "federation.not_in": "“{circle}” non fa parte della federazione “{federation}”.",
  "mandate.not_member":
    "{person} non è membro di “{circle}”; un cerchio può dare mandati solo ai propri membri.",
  "mandate.not_found": "Non c’è nessun mandato attivo #{id}.",
  "mandate.not_yours":
    "Il mandato #{id} è di {person}; solo questa persona può restituirlo (“{circle}” può revocarlo).",
  "mandate.too_long": "un mandato dura al massimo {days} giorni; rinnovalo quando scade",
  "mandate.bad_order": "Un mandato deve finire dopo essere iniziato.",
  "federation.not_member": "Solo i membri di un cerchio di “{federation}” possono farlo.",
  "rotation.not_found": "“{name}” non ha nessuna rotazione “{role}”. Le sue rotazioni: {known}.",
  "rotation.exists": "“{name}” ha già una rotazione “{role}”. Modificala con /rotation edit.",
  "rotation.bad_cadence": "every: {problem}",
  "rotation.no_occurrence": "Quella cadenza non cade mai dopo {when}.",
  "rotation.no_upcoming": "{person} non ha nessun turno di “{role}” nei prossimi {count} turni.",
  "rotation.not_holder": "Solo chi entra o chi esce da “{role}” può confermare il passaggio di consegne.",
  "rotation.nothing_to_confirm": "Non c’è nessun passaggio di consegne di “{role}” in attesa di conferma.",
  "rotation.not_circle_rotation":
    "“{role}” è una rotazione della federazione: indica la persona del cerchio che la ricopre.",
  "rotation.not_federation_rotation": "“{role}” ruota tra persone; non c’è nessuno da nominare.",
  "rotation.not_holding_circle":
    "“{circle}” non ricopre “{role}” né ora né al prossimo turno; lo fa {holder}.",
  "rotation.nothing_to_change": "Niente da cambiare: indica every:…, lead:… o checklist:…",
  "spokesperson.none": "Nessuno è ancora portavoce di {where} su “{domain}”.",
  "poll.not_found": "Non c’è nessuna votazione #{id}.",
  "poll.closed": "La votazione #{id} è già chiusa.",
  "poll.no_vote": "Non hai nessun voto{choice} da ritirare nella votazione #{id}.",
  "poll.not_eligible":
    "Il tuo voto non è stato contato: la votazione #{id} è per chi era membro di “{circle}” quando è stata aperta, e tu non lo eri.",
  "poll.bad_choice": "“{choice}” non è un’opzione della votazione #{id}. Opzioni: {options}.",
  "poll.not_opener":
    "Solo {person}, che ha aperto la votazione #{id}, può chiuderla in anticipo; le votazioni di revoca arrivano fino alla fine.",
  "recall.no_mandate": "{person} non ha nessun mandato attivo{where}.",
  "aid.no_federation":
    "“{circle}” non fa ancora parte di una federazione; il mutuo aiuto passa da una federazione (/federation join <nome>).",
  "aid.request_not_found": "Non c’è nessuna richiesta di aiuto #{id}.",
  "aid.request_ended": "La richiesta di aiuto #{id} è {status}; non accetta più offerte né modifiche.",
  "aid.own_request": "La richiesta #{id} è di “{circle}”; le offerte arrivano dagli altri cerchi.",
  "aid.offer_not_found": "Non c’è nessuna offerta #{id}.",
  "aid.offer_state": "L’offerta #{id} è {status}, quindi non può essere {action}.",
  "aid.offer_not_request":
    "L’offerta #{id} risponde a una riflessione, non a una richiesta: non c’è niente da accettare.",
  "reflection.not_found": "Non c’è nessuna riflessione #{id}.",
  "reflection.resolved": "La riflessione #{id} è già risolta.",
  "reflection.affirmed": "Hai già sostenuto la riflessione #{id}; ogni persona conta una volta.",
  "reflection.needs": "di’ cosa aiuterebbe: materiale, consiglio e/o sostegno, separati da |",
  "recall.which": "{person} ha più mandati: {list}. Indica quale con mandate:<numero>.",
  "recall.open": "È già aperta una votazione di revoca sul mandato #{mandate}: votazione #{poll}.",
  "internal.apology":
    "Scusa, qualcosa è andato storto da parte mia (riferimento {ref}). Non è stato cambiato niente.",
};
