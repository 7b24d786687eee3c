import type { record as en } from "../record.js";
import type { Translation } from "../translation.js";

/**
 * Italian messages of the open record: the audit log as sentences, history pages, outcomes in
 * lists, agendas and minutes, exports, the federation's page and the consent to show one's handle.
 */
export const record: Translation<typeof en> = {
  "record.system": "Jura",
  "record.someone": "un membro",
  "record.decided_by": " (deciso dalla proposta #{id})",
  "record.action_unknown": "{actor}: {action}.",

  "record.action.circle.create": "{actor} ha fondato il cerchio “{circle}”.",
  "record.action.circle.join": "{actor} è entrato in “{circle}”{invited, select, yes { su invito} other {}}.",
  "record.action.circle.invite": "{actor} ha invitato {person} in “{circle}”.",
  "record.action.circle.leave":
    "{actor} ha lasciato “{circle}”{mandates, select, none {} other {; i suoi mandati {mandates} sono terminati}}.",
  "record.action.circle.set": "{actor} ha cambiato il funzionamento di “{circle}”: {changes}.",
  "record.action.circle.remove":
    "{person} è stato rimosso da “{circle}”{mandates, select, none {} other {; i suoi mandati {mandates} sono terminati}}.",
  "record.action.federation.create": "{actor} ha fondato la federazione “{federation}”.",
  "record.action.federation.join": "“{circle}” è entrato nella federazione “{federation}”.",
  "record.action.federation.leave": "“{circle}” ha lasciato la federazione “{federation}”.",
  "record.action.federation.set": "“{federation}” ha cambiato il suo funzionamento: {changes}.",
  "record.action.ledger.income":
    "{actor} ha registrato {donation, select, yes {una donazione} other {un’entrata}} di {amount} nel libro contabile di “{circle}” (registrazione #{entry}).",
  "record.action.ledger.expense":
    "{actor} ha registrato una spesa di {amount} nel libro contabile di “{circle}” (registrazione #{entry}).",
  "record.action.ledger.reverse":
    "{actor} ha stornato la registrazione #{reverses} dei conti di “{circle}” (registrazione #{entry}).",
  "record.action.ledger.budget": "{actor} ha fissato un budget per “{circle}”.",
  "record.action.ledger.set": "{actor} ha cambiato il modo in cui “{circle}” tiene i conti: {changes}.",
  "record.action.fund.create": "La federazione “{federation}” ha aperto un fondo comune (fondo #{fund}).",
  "record.action.fund.pay":
    "“{circle}” ha versato {amount} nel fondo comune #{fund} (registrazione #{entry}).",
  "record.action.fund.draw":
    "Sono stati prelevati {amount} dal fondo comune #{fund} di “{federation}” (registrazione #{entry}).",
  "record.action.fund.levy":
    "La federazione “{federation}” ha fissato il suo contributo di solidarietà per il fondo comune #{fund}: {rate} delle donazioni oltre {threshold}.",
  "record.action.credit.pay": "“{circle}” ha pagato {amount} in credito mutuo (registrazione #{entry}).",
  "record.action.credit.limit":
    "La federazione “{federation}” ha fissato un limite di credito mutuo di {limit}.",
  "record.action.aid.give":
    "“{circle}” ha dato {amount} per l’offerta #{offer}, nei conti di entrambi i cerchi (registrazione #{entry}).",
  "record.action.mandate.grant": "“{circle}” ha dato a {delegate} il mandato #{mandate}: {scope}.",
  "record.action.mandate.renew": "“{circle}” ha rinnovato il mandato #{mandate}.",
  "record.action.mandate.renounce": "{actor} ha restituito il mandato #{mandate} di “{circle}”.",
  "record.action.mandate.expire": "Il mandato #{mandate} di “{circle}” è scaduto.",
  "record.action.mandate.recall": "“{circle}” ha revocato il mandato #{mandate} con la votazione #{poll}.",
  "record.action.recall.start":
    "{actor} ha chiesto a “{circle}” se revocare il mandato #{mandate} (votazione #{poll}).",
  "record.action.poll.start": "{actor} ha aperto la votazione #{poll} in “{circle}”: {question}",
  "record.action.poll.vote":
    "{secret, select, yes {È stata espressa una scheda nella votazione segreta #{poll}.} other {{actor} ha votato l’opzione {choice} nella votazione #{poll}.}}",
  "record.action.poll.unvote":
    "{secret, select, yes {È stata ritirata una scheda dalla votazione segreta #{poll}.} other {{actor} ha ritirato il suo voto nella votazione #{poll}.}}",
  "record.action.poll.close":
    "Votazione #{poll} chiusa: {counts}; hanno votato {cast} su {eligible}; {winner, select, none {nessuna opzione ha prevalso} other {ha prevalso l’opzione {winner}}}.",
  "record.action.proposal.open": "{actor} ha proposto #{proposal}: {title}",
  "record.action.proposal.passed": "La proposta #{proposal} è passata ({tally}): {title}",
  "record.action.proposal.failed":
    "La proposta #{proposal} è passata ({tally}) ma non è stato possibile attuarla: {title}",
  "record.action.proposal.rejected": "La proposta #{proposal} è stata respinta ({tally}): {title}",
  "record.action.proposal.blocked": "La proposta #{proposal} è stata bloccata ({tally}): {title}",
  "record.action.proposal.lapsed": "La proposta #{proposal} è decaduta ({tally}): {title}",
  "record.action.proposal.withdrawn": "{actor} ha ritirato la proposta #{proposal}: {title}",
  "record.action.rotation.create": "{actor} ha creato la rotazione #{rotation} “{role}”.",
  "record.action.rotation.edit": "{actor} ha modificato la rotazione #{rotation}.",
  "record.action.rotation.end": "{actor} ha terminato la rotazione #{rotation}.",
  "record.action.rotation.swap": "{actor} ha scambiato un turno della rotazione #{rotation} con {person}.",
  "record.action.rotation.skip": "{actor} ha saltato il suo turno {term} della rotazione #{rotation}.",
  "record.action.rotation.away": "{actor} è assente da {from} a {until}.",
  "record.action.rotation.confirm":
    "{actor} ha confermato il passaggio di consegne del turno {term} della rotazione #{rotation}.",
  "record.action.rotation.name":
    "{actor} ha nominato {person} per il turno {term} della rotazione #{rotation}.",
  "record.action.spokesperson.name": "“{circle}” ha nominato {person} portavoce per {domain}.",
  "record.action.reflect.share": "“{circle}” ha condiviso la riflessione #{reflection}.",
  "record.action.reflect.advise": "{actor} ha dato un consiglio sulla riflessione #{reflection}.",
  "record.action.reflect.affirm": "{actor} ha sostenuto la riflessione #{reflection}.",
  "record.action.reflect.resolve": "“{circle}” ha chiuso la riflessione #{reflection}.",
  "record.action.aid.request": "“{circle}” ha chiesto aiuto alla federazione (richiesta #{request}).",
  "record.action.aid.offer": "“{circle}” ha offerto aiuto (offerta #{offer}).",
  "record.action.aid.accept": "“{circle}” ha accettato l’offerta #{offer} per la richiesta #{request}.",
  "record.action.aid.fulfilled": "L’offerta #{offer} è stata evasa.",
  "record.action.aid.close": "“{circle}” ha chiuso la richiesta #{request}.",
  "record.action.convergence.schedule": "{actor} ha programmato la convergenza #{convergence}: {title}",
  "record.action.convergence.cancel": "La convergenza #{convergence} è stata annullata.",
  "record.action.convergence.agenda":
    "“{circle}” ha messo un punto all’ordine del giorno della convergenza #{convergence}: {text}",
  "record.action.convergence.minutes":
    "{actor} ha {amended, select, yes {corretto} other {registrato}} il verbale della convergenza #{convergence} del {date}{decisions, select, none {} other {, con le decisioni {decisions}}}.",
  "record.action.calendar.add": "{actor} ha aggiunto “{title}” ({date}) al calendario rituale.",
  "record.action.calendar.remove": "{actor} ha tolto “{title}” dal calendario rituale.",
  "record.action.calendar.announce":
    "Il giorno #{ritual} del calendario rituale {announced, select, yes {viene annunciato} other {non viene più annunciato}}.",
  "record.action.story.add":
    "{actor} ha aggiunto il racconto “{title}”{founding, select, yes { come racconto fondativo} other {}}.",
  "record.action.story.founding": "Il racconto #{story} è diventato il racconto fondativo.",
  "record.action.me.show_name":
    "{actor} {show, select, yes {ha accettato} other {non accetta più}} di mostrare il proprio nome utente fuori dalla chat.",

  "record.history_title":
    "Storia di “{scope}”{filters, select, none {} other { ({filters})}}, dal più recente, orari in {zone}:",
  "record.history_none": "Niente nella storia di “{scope}”{filters, select, none {} other { ({filters})}}.",
  "record.history_more": "Più vecchi: {command}",
  "record.history_start": "Qui comincia il registro.",
  "record.history_row": "{when} · {sentence}",
  "record.bad_cursor":
    "before: prende un numero di voce dalla fine di una pagina della storia, come before:120.",
  "record.bad_kind": "kind: è una parte della storia, come mandate, poll, proposal, circle o aid.",

  "record.show_name_now":
    "{show, select, yes {Il tuo nome utente compare nelle esportazioni e sulle pagine delle federazioni.} other {Il tuo nome utente non compare fuori dalla chat: esportazioni e pagine dicono invece “un membro”. /me show-name yes lo cambia.}}",
  "record.show_name_set":
    "{show, select, yes {D’ora in poi il tuo nome utente può comparire nelle esportazioni e sulle pagine delle tue federazioni.} other {Il tuo nome utente non compare più fuori dalla chat: esportazioni e pagine dicono invece “un membro”.}}",

  "record.agenda_row": "- “{circle}”: {text}",
  "record.agenda_title": "Ordine del giorno dai cerchi per il {date}:",
  "record.agenda_added":
    "Aggiunto all’ordine del giorno della convergenza #{id} “{title}” del {date}, per “{circle}”: {text}\nPunti finora: {count}.",
  "record.agenda_none_next": "La convergenza #{id} non ha una prossima data a cui aggiungere punti.",
  "record.agenda_full":
    "“{circle}” ha già {max} punti all’ordine del giorno del {date}: è il limite per cerchio.",
  "record.minutes_recorded":
    "{amended, select, yes {Il verbale della convergenza #{id} “{title}” del {date} è corretto} other {Il verbale della convergenza #{id} “{title}” del {date} è registrato}}, {decision}.{text, select, none {} other {\n{text}}}{link, select, none {} other {\nVerbale: {link}}}{decisions, select, none {} other {\nDecisioni prese: {decisions}}}",
  "record.minutes_empty": "Un verbale ha bisogno di un testo, di un link:, o di entrambi.",
  "record.minutes_no_date":
    "La convergenza #{id} non si è ancora riunita{day, select, none {} other { il {day}}}: il verbale si registra dopo la riunione (on:<data> indica una data passata).",
  "record.minutes_bad_link": "un link che inizi con https:// o http://",
  "record.minutes_bad_decisions": "numeri di proposta come 12 14",
  "record.minutes_foreign_decision":
    "La proposta #{id} non è una decisione di “{federation}” né di uno dei suoi cerchi.",
  "record.minutes_row":
    "Verbale del {date}{text, select, none {} other {: {text}}}{link, select, none {} other { ({link})}}",
  "record.decision_row": "- proposta #{id}: {title} ({outcome})",
  "record.convergence_decisions": "Decisioni prese:",
  "record.minutes_by_creator": "dal cerchio che l’ha programmata",

  "record.page_link":
    "{visibility, select, public {La pagina di “{federation}” è pubblica: {url}} other {La pagina di “{federation}”, per te come membro: {url}\nIl link funziona fino al {until}; non passarlo ad altri (una nuova visibilità revoca tutti i link).}}",
  "record.page_off":
    "La pagina di “{federation}” è disattivata: nessuno può leggerla né scaricarne il registro dal web. Decide la federazione: /federation set {quoted} page:members (un link per i membri) o page:public.",
  "record.export_links":
    "Il registro di “{scope}”{visibility, select, members { (link per te come membro, fino al {until})} other {}}:\nJSON: {json}\nCSV: {csv}",
  "record.export_off":
    "I download di “{scope}” sono disattivati, come ha deciso la sua federazione{inline, select, yes {; eccolo come messaggio:} other {.}}",
  "record.export_chat_only":
    "“{scope}” non appartiene a nessuna federazione, quindi non ha una pagina web; ecco il suo registro come messaggio:",
  "record.export_too_long":
    "La tabella {table} ha {rows} righe: troppo lunga per un messaggio. {links, select, yes {Usa i link qui sopra.} other {Chiedi una tabella alla volta con table:, o un link alla pagina della federazione.}}",
  "record.export_table": "{table}.{format}:",
  "record.page_setting": "la sua pagina è {visibility}",

  "page.title": "{federation}: il registro aperto",
  "page.summary":
    "{circles, plural, one {# cerchio} other {# cerchi}} · {members, plural, one {# membro} other {# membri}} · {proposals, plural, one {# proposta aperta} other {# proposte aperte}} · {aid, plural, one {# richiesta di aiuto aperta} other {# richieste di aiuto aperte}}",
  "page.sections": "Sezioni",
  "page.h.circles": "Cerchi",
  "page.h.roles": "Ruoli e mandati",
  "page.h.mandates": "Delegati e loro mandati",
  "page.h.rotations": "Ruoli a rotazione",
  "page.h.spokespersons": "Portavoce",
  "page.h.decisions": "Decisioni",
  "page.h.open": "Proposte aperte",
  "page.h.outcomes": "Esiti recenti",
  "page.h.aid": "Mutuo aiuto",
  "page.h.treasury": "Conti e fondi",
  "page.h.books": "Cosa ha ogni cerchio",
  "page.h.funds": "Fondi comuni",
  "page.h.credit": "Credito mutuo",
  "page.books": "“{circle}” ({unit}): ha {cash}; ha incassato {income} e speso {expenses}",
  "page.fund": "{name}: {balance}{purpose, select, none {} other { · {purpose}}}",
  "page.credit": "“{circle}”: {balance} (può scendere fino a meno {limit})",
  "page.h.convergences": "Convergenze",
  "page.h.calendar": "Calendario rituale",
  "page.h.stories": "Racconti",
  "page.h.downloads": "Download",
  "page.col.circle": "Cerchio",
  "page.col.members": "Membri",
  "page.col.purpose": "Scopo",
  "page.mandate": "Mandato #{id}: {delegate} per “{circle}”: {scope}, fino al {until}",
  "page.rotation":
    "{role} di “{of}”: {circle, select, none {{person}} other {“{circle}”{person, select, none {} other { ({person})}}}}{next, select, none {} other {, prossimo passaggio di consegne {next}}}",
  "page.spokesperson": "{domain}: {person} di “{circle}”",
  "page.open_proposal": "#{id} “{scope}”: {title}, aperta fino al {closes}",
  "page.outcome": "{kind, select, poll {Votazione} other {Proposta}} #{id} “{scope}”: {title}: {outcome}",
  "page.aid_request":
    "Richiesta #{id} di “{circle}”: {what}{amount, select, none {} other { ({amount})}}, urgenza {urgency}, {status}, serve entro il {by}",
  "page.aid_offer": "“{circle}” offre: {what} ({status})",
  "page.convergence":
    "{title}: {next, select, none {nessuna data in arrivo} other {prossima {next}}}{where, select, none {} other {, {where}}}{cadence, select, none {} other {, {cadence}}}",
  "page.minutes": "Verbale del {date}",
  "page.minutes_link": "il verbale",
  "page.ritual": "{date}: {title}",
  "page.founding": "Il racconto fondativo",
  "page.none": "Ancora niente.",
  "page.download_json": "L’intero registro in JSON",
  "page.download_csv": "{table} in CSV",
  "page.download_ics": "Le convergenze come feed iCalendar",
  "page.footer":
    "Generato da Jura il {at}; gli orari sono in {zone}. Il nome utente di una persona compare solo se ha acconsentito.",
  "page.off": "Questa pagina non è pubblicata.",
  "page.link_needed":
    "Questa pagina è per i membri della federazione: chiedi un link a Jura in chat con /federation page {federation}.",
  "page.not_found": "Federazione inesistente.",

  "record.poll_outcome":
    "chiusa: {counts}; {winner, select, none {nessuna opzione ha prevalso} other {ha prevalso: {winner}}}",
  "record.proposal_outcome": "{status} ({tally})",
  "record.mandate_ended.expired": "scaduto {when}",
  "record.mandate_ended.recalled": "revocato {when}{decision, select, none {} other { con {decision}}}",
  "record.mandate_ended.renounced": "restituito dal delegato {when}",
  "record.mandate_ended.left": "terminato {when}: il delegato ha lasciato il cerchio",
  "record.mandate_ended.removed":
    "terminato {when}: il delegato è stato rimosso dal cerchio{decision, select, none {} other { con {decision}}}",
  "record.decision_ref.poll": "votazione #{id}",
  "record.decision_ref.proposal": "proposta #{id}",
};
