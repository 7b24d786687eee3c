import type { argumentTexts as en } from "../arguments.js";
import type { Translation } from "../translation.js";

/**
 * Italian descriptions of each command's arguments, keyed like the English ones (messages/arguments.ts):
 * plain text, not ICU, each at most 100 characters (Discord's limit). Command, option and value
 * names, dates, durations and names in the examples stay as typed; `commands.ts` gives each
 * command's argument the text the English lookup picks.
 */
export const argumentTexts: Translation<typeof en> = {
  // Shared by every command that takes them.
  "arg.circle": 'il nome del cerchio, es. "Green Valley" (predefinito: il cerchio di questa stanza)',
  "arg.federation": "il nome della federazione, es. Jura",
  "arg.person": "una persona, come @menzione, es. @bob",
  "arg.reason": 'perché lo proponi, mostrato a chi decide, es. "la nostra tesoriera si è trasferita"',
  "arg.tz": "un fuso orario IANA, es. Europe/Rome o America/Mexico_City",
  "arg.place":
    "la sua stanza: una stanza Matrix, un #canale Discord o un luogo della shell, es. #green-valley",
  "arg.role": "il nome del ruolo, es. treasurer, facilitator o custodian",
  "arg.domain": "l’ambito di un portavoce, es. stampa, questioni legali o il nome di una campagna",
  "arg.unit": "valuta (es. EUR, CHF, USD) o hours",
  "arg.amount": "un importo, es. 45.80 (punto o virgola, senza segno)",
  "arg.memo": 'a cosa serve, es. "riparazione bici"',
  "arg.receipt": "un link alla ricevuta, es. https://files.example.org/receipt-12.pdf",
  "arg.title": 'un titolo breve, es. "Giorno della fondazione"',
  "arg.text": 'il testo stesso, es. "Ci siamo riuniti nel retrobottega del forno…"',
  "arg.from": "non prima di questa data o di questo intervallo, es. 2027-03-18 o 3d",
  "arg.until": "fino a questa data o per questa durata, es. 2027-03-18, 6mo o 2w",
  "arg.all": "yes: includi anche quelli chiusi e terminati, es. all:yes",
  "arg.entries": "quante registrazioni elencare, da 1 a 50, es. 20",
  "arg.format": "csv (una tabella) o json, es. format:json",
  "arg.table": "una tabella da esportare, es. decisions, members, mandates, ledger",

  // Circles.
  "arg.circle.create.name": 'il nome del nuovo cerchio, es. "Green Valley"',
  "arg.circle.purpose":
    'a cosa serve il cerchio, in una frase, es. "una cooperativa alimentare per la valle"',
  "arg.circle.create.open": "yes: chiunque può entrare; no: i membri invitano (es. open:yes)",
  "arg.circle.set.open": "yes: chiunque può entrare; no: solo su invito (es. open:no)",
  "arg.circle.set.recall_quorum": "quota dei membri che deve votare una revoca, al massimo 50%, es. 30%",
  "arg.circle.set.recall_threshold":
    "quota dei voti che una revoca deve superare, al massimo 50%, es. 50% (più di metà)",
  "arg.circle.set.decide_by": "come decide il cerchio: consent (nessuna obiezione) o majority (un voto)",
  "arg.circle.set.window": "quanto restano aperte le proposte, da 12h a 14d, es. 48h",
  "arg.circle.set.quiet":
    "avvisi federali tenuti fuori dalla stanza del cerchio: convergences, calendar, digest o none",
  "arg.circle.remove.person": "il membro da rimuovere, come @menzione, es. @mallory",
  "arg.circle.invite.person": "la persona che inviti, come @menzione, es. @bob",

  // History and export (circle and federation).
  "arg.kind": "una parte della cronologia, es. mandate, poll, proposal, aid o convergence",
  "arg.circle.history.person": "solo ciò che questa persona ha fatto o ciò che la nomina, es. @bob",
  "arg.federation.history.person": "solo ciò che questa persona ha fatto o ciò che la nomina, es. @bob",
  "arg.circle.history.from": "da questa data o da tanto tempo fa, es. 2026-03-01, 30d o 6mo",
  "arg.federation.history.from": "da questa data o da tanto tempo fa, es. 2026-03-01, 30d o 6mo",
  "arg.circle.history.until": "fino a questa data inclusa, es. 2026-03-31",
  "arg.federation.history.until": "fino a questa data inclusa, es. 2026-03-31",
  "arg.before": "il numero di voce con cui finiva la pagina precedente, per le più vecchie, es. 120",

  // Proposals.
  "arg.propose.text": "cosa proponi, in una frase, es. compriamo una cargo bike condivisa",
  "arg.propose.reason": 'perché, mostrato a chi decide, es. "tre cerchi ne hanno bisogno ogni settimana"',
  "arg.propose.federation": "proponilo ai cerchi di questa federazione, un voto ciascuno, es. Jura",
  "arg.proposal.id": "il numero della proposta, es. 12 (proposal list li mostra)",
  "arg.proposal.reason":
    'perché, così gli altri possono rispondere, es. "il costo non è nel nostro bilancio"',
  "arg.proposal.circle": 'a livello federale, il cerchio di cui è questa risposta, es. "Green Valley"',
  "arg.proposal.list.circle": 'il cerchio di cui elencare le proposte, es. "Green Valley"',
  "arg.proposal.list.federation": "la federazione di cui elencare le proposte, es. Jura",
  "arg.proposal.all": "yes: includi le proposte decise e ritirate (es. all:yes)",

  // Federations.
  "arg.federation.create.name": "il nome della nuova federazione, es. Jura",
  "arg.federation.create.announce": "dove vanno i suoi annunci (predefinito: qui), es. #annunci",
  "arg.federation.set.window": "quanto restano aperte le proposte federali, da 12h a 14d, es. 7d",
  "arg.federation.set.mandate_max":
    "il mandato più lungo che un cerchio può conferire, in giorni (da 1 a 366), es. 183",
  "arg.federation.set.digest": "giorni tra un riepilogo di mutuo aiuto e l’altro, da 7 a 90, es. 14",
  "arg.federation.set.page": "chi legge la sua pagina web: off, members (un link firmato a testa) o public",
  "arg.circle.list.federation": "solo i cerchi di questa federazione, es. Jura",

  // Mandates and recall.
  "arg.mandate.grant.person": "il delegato, come @menzione, es. @alice",
  "arg.mandate.grant.scope":
    'cosa può fare il delegato, in una frase, es. "negoziare il contratto d’affitto"',
  "arg.mandate.grant.until": "quando scade il mandato: una data o una durata, es. 2027-06-30 o 3mo",
  "arg.mandate.grant.from": "quando inizia, se non ora: una data o una durata, es. 2027-01-01 o 2w",
  "arg.mandate.id": "il numero del mandato, es. 3 (mandate list li mostra)",
  "arg.mandate.renew.until": "la nuova scadenza: una data o una durata, es. 2027-12-31 o 6mo",
  "arg.mandate.list.circle": 'il cerchio di cui elencare i mandati, es. "Green Valley"',
  "arg.mandate.list.federation": "la federazione di cui elencare i delegati, es. Jura",
  "arg.mandate.all": "yes: includi i mandati scaduti e terminati (es. all:yes)",
  "arg.recall.person": "il delegato da revocare, come @menzione, es. @bob",
  "arg.recall.mandate": "quale mandato, se ne ha più di uno, es. 3",
  "arg.recall.closes": "quando si chiude la votazione: entro una settimana, es. 2d, 36h o 2027-03-18",

  // Rotations and spokespersons.
  "arg.rotation.create.role": "il ruolo da far ruotare, es. treasurer, facilitator o custodian",
  "arg.rotation.create.every":
    'ogni quanto, es. monthly, "every 2 weeks on monday 18:00", o una regola da un’app di calendario',
  "arg.rotation.edit.every": 'la nuova cadenza, es. monthly o "every 2 weeks on monday 18:00"',
  "arg.rotation.lead": "quanto prima di un passaggio viene avvisato chi segue, es. 2d, 12h o 30m",
  "arg.rotation.create.from": "il primo passaggio non prima di questa data, es. 2027-01-04",
  "arg.rotation.checklist": 'passi del passaggio che entrambi confermano, separati da |, es. "chiavi|carta"',
  "arg.rotation.create.federation": "rendilo un ruolo federale, che passa tra i suoi cerchi, es. Jura",
  "arg.rotation.federation": "la federazione di cui è il ruolo, es. Jura",
  "arg.rotation.show.count": "quanti passaggi elencare, da 1 a 20, es. 10",
  "arg.rotation.swap.with": "il membro con cui scambi il tuo prossimo turno, come @menzione, es. @carol",
  "arg.rotation.away.until": "di ritorno da questa data o dopo questo intervallo, es. 2027-03-18, 3d o 2w",
  "arg.rotation.away.from": "assente da questa data, se non da ora, es. 2027-03-01",
  "arg.rotation.name.person": "chi assume il ruolo ora, come @menzione, es. @dana",
  "arg.spokesperson.name.person": "il nuovo portavoce, come @menzione, es. @erin",
  "arg.spokesperson.who.federation": "cerca tra i cerchi di questa federazione, es. Jura",

  // Polls.
  "arg.poll.start.question": "la domanda, es. Aderiamo allo sciopero per il clima?",
  "arg.poll.start.options": 'le risposte, da 2 a 20, separate da |, es. "sì|no|più tardi"',
  "arg.poll.start.closes": "quando si chiude: una durata o una data, es. 2d, 36h o 2027-03-18",
  "arg.poll.start.quorum": "quota dei membri che deve votare, es. 50%",
  "arg.poll.start.threshold": "quota dei voti che una risposta deve superare per prevalere, es. 50%",
  "arg.poll.start.secret": "yes: scrutinio segreto, si mostrano solo i totali (es. secret:yes)",
  "arg.poll.id": "il numero della votazione, es. 4 (poll list li mostra)",
  "arg.poll.vote.choice": "la tua risposta: il suo numero o il suo testo, es. 2, #2, yes o no",
  "arg.poll.unvote.choice": "ritira solo se questa è la tua risposta attuale, es. 2",
  "arg.poll.list.circle": 'il cerchio di cui elencare le votazioni, es. "Green Valley"',
  "arg.poll.list.federation": "la federazione di cui elencare le votazioni, es. Jura",
  "arg.poll.all": "yes: includi le votazioni chiuse (es. all:yes)",

  // Reflections.
  "arg.reflect.share.happened":
    'cosa è successo, es. "il nostro banco al mercato ha chiuso dopo due settimane"',
  "arg.reflect.share.learned": 'cosa avete imparato, es. "abbiamo cominciato senza chiedere ai vicini"',
  "arg.reflect.share.needs": "cosa aiuterebbe: material, advice o affirmation, es. advice|affirmation",
  "arg.reflect.id": "il numero della riflessione, es. 2 (reflect list li mostra)",
  "arg.reflect.advise.text": 'il tuo consiglio, es. "chiedete prima ai vicini, con un piccolo regalo"',
  "arg.reflect.resolve.note": 'una nota di chiusura, es. "il banco ha riaperto in primavera"',
  "arg.reflect.list.federation": "la federazione di cui elencare le riflessioni, es. Jura",
  "arg.reflect.list.search": "solo le riflessioni con queste parole, es. mercato",

  // Mutual aid.
  "arg.aid.request.what": 'cosa serve, es. "un furgone per il trasloco"',
  "arg.aid.offer.what": 'cosa offri, es. "il nostro furgone, sabato"',
  "arg.aid.request.amount": "quanto o quanti (più di 0), es. 300",
  "arg.aid.offer.amount": "quanto o quanti (più di 0), es. 100",
  "arg.aid.request.unit": "unità della quantità, es. EUR, kg o persone",
  "arg.aid.offer.unit":
    "unità della tua quantità (predefinita: quella della richiesta), es. EUR, kg o persone",
  "arg.aid.request.by": "serve entro questa data o entro questo intervallo, es. 14d o 2027-03-18",
  "arg.aid.request.urgency": "low, normal o high, es. urgency:high",
  "arg.aid.offer.id": "il numero della richiesta (o della riflessione), es. 5 (aid list li mostra)",
  "arg.aid.offer.for": "cosa indica il numero: una richiesta o una riflessione, es. for:reflection",
  "arg.aid.accept.id": "il numero dell’offerta, es. 7 (le risposte alla richiesta li mostrano)",
  "arg.aid.fulfilled.id": "il numero dell’offerta, es. 7",
  "arg.aid.fulfilled.amount":
    "ciò che è arrivato ora, nell’unità dell’offerta (predefinito: il resto), es. 50",
  "arg.aid.give.id": "il numero dell’offerta, es. 7",
  "arg.aid.give.amount": "quanto è stato dato ora (predefinito: il resto dell’offerta), es. 50",
  "arg.aid.close.id": "il numero della richiesta, es. 5 (aid list li mostra)",
  "arg.aid.list.federation": "la federazione di cui elencare le richieste, es. Jura",
  "arg.aid.all": "yes: includi le richieste soddisfatte, chiuse e scadute (es. all:yes)",

  // Ledger.
  "arg.ledger.income.memo": 'da dove viene, es. "vendita di torte"',
  "arg.ledger.expense.memo": 'a cosa è servito, es. "riparazione bici"',
  "arg.ledger.income.donation":
    "yes: una donazione, si applica il contributo di solidarietà della federazione (es. donation:yes)",
  "arg.ledger.expense.line": "la voce di bilancio su cui pesa, es. affitto o cibo",
  "arg.ledger.expense.budget": 'quale bilancio (predefinito: l’ultimo con quella voce), es. "2027"',
  "arg.ledger.show.circle": 'il cerchio di cui mostrare i conti, es. "Green Valley"',
  "arg.ledger.show.federation": "la federazione di cui mostrare i conti, es. Jura",
  "arg.ledger.export.circle": 'il cerchio di cui esportare i conti, es. "Green Valley"',
  "arg.ledger.export.federation": "la federazione di cui esportare i conti, es. Jura",
  "arg.ledger.export.from": "il primo giorno, es. 2026-01-01",
  "arg.ledger.export.until": "l’ultimo giorno, es. 2026-12-31",
  "arg.ledger.budget.name": 'il nome del bilancio, es. "2027"',
  "arg.ledger.budget.lines": 'voci con gli importi previsti, es. "affitto 300 | cibo 200.50"',
  "arg.ledger.set.threshold": "la spesa più grande che la tesoreria registra da sola (0: nessuna), es. 100",
  "arg.ledger.set.unit": "unità della soglia, es. EUR o hours",
  "arg.ledger.set.memos": "internal: solo i membri leggono le causali (i totali restano aperti); oppure open",
  "arg.ledger.reverse.entry": "il numero della registrazione, es. 14 (ledger show le elenca)",
  "arg.ledger.reverse.why": "perché viene stornata, es. inserita due volte o importo sbagliato",

  // Funds and credit.
  "arg.fund.create.name": 'il nome del nuovo fondo, es. "Solidarietà"',
  "arg.fund.create.purpose": 'a cosa serve il fondo, es. "cerchi in difficoltà"',
  "arg.fund.fund": 'il nome del fondo, es. "Solidarietà"',
  "arg.fund.draw.to": 'il cerchio che riceve, es. "Green Valley"',
  "arg.fund.pay.circle":
    'il cerchio che versa (predefinito: quello che ha qui la sua stanza), es. "Green Valley"',
  "arg.fund.levy.rate": "quota di ogni donazione, es. 5% (0% pone fine al contributo)",
  "arg.fund.levy.above": "vale per i cerchi che detengono più di questo, nell’unità del fondo, es. 1000",
  "arg.fund.show.entries": "quanti movimenti elencare, da 1 a 50, es. 20",
  "arg.credit.pay.to": 'il cerchio pagato, es. "River Bend"',
  "arg.credit.pay.circle":
    'il cerchio che paga (predefinito: quello che ha qui la sua stanza), es. "Green Valley"',
  "arg.credit.limit.amount": "fin dove sotto zero può scendere un cerchio, es. 100",
  "arg.credit.limit.circle": 'solo questo cerchio (predefinito: ogni cerchio senza un suo limite), es. "Oak"',
  "arg.credit.limit.unit":
    "l’unità del credito, fissata una volta: credits (predefinita), hours o EUR, es. hours",

  // Convergences.
  "arg.convergence.schedule.title": 'il nome dell’assemblea, es. "Convergenza di primavera"',
  "arg.convergence.schedule.every": 'ogni quanto, es. monthly, "every 3 months on saturday 10:00" o yearly',
  "arg.convergence.schedule.at": "un inizio unico, es. 2027-03-18T10:00",
  "arg.convergence.schedule.from": "la prima non prima di questa data, es. 2027-01-01",
  "arg.convergence.schedule.duration": "quanto dura, es. 3h, 90m o 2d",
  "arg.convergence.schedule.where": "un luogo o un link, es. https://meet.example.org/jura",
  "arg.convergence.schedule.agenda": 'di cosa discuterà, es. "bilancio | nuovi cerchi"',
  "arg.convergence.schedule.story":
    "yes: racconta di nuovo il racconto fondativo all’inizio di ognuna (es. story:yes)",
  "arg.convergence.schedule.remind": "promemoria prima di ogni inizio, separati da virgole, es. 7d,1d,1h",
  "arg.convergence.id": "il numero della convergenza, es. 1 (convergence list li mostra)",
  "arg.convergence.rsvp.answer": "yes, maybe o no, es. yes",
  "arg.convergence.agenda.item": 'il punto da aggiungere, es. "un furgone condiviso"',
  "arg.convergence.agenda.circle": 'il cerchio da cui viene il punto, se sei in più di uno, es. "Oak"',
  "arg.convergence.minutes.text": 'il verbale stesso, es. "Abbiamo concordato un furgone condiviso…"',
  "arg.convergence.minutes.link": "un link al verbale, es. https://pad.example.org/minutes",
  "arg.convergence.minutes.on": "il giorno in cui si è riunita, se non è l’ultima riunione, es. 2026-04-18",
  "arg.convergence.minutes.decisions": "le proposte decise lì, separate da virgole, es. 12,14",

  // Calendar and stories.
  "arg.calendar.add.date": "il giorno, come mese-giorno, es. 03-18",
  "arg.calendar.add.title": 'cosa ricorda quel giorno, es. "Fondazione della Comune"',
  "arg.calendar.add.announce": "yes: annuncialo quel giorno; no: solo elencalo (es. announce:no)",
  "arg.calendar.id": "il numero del giorno, es. 2 (calendar list li mostra)",
  "arg.calendar.announce.choice": "yes: annuncialo nel suo giorno; no: smetti di annunciarlo (es. no)",
  "arg.story.add.title": 'il titolo del racconto, es. "Come abbiamo cominciato"',
  "arg.story.add.text": 'il racconto, es. "Nel 1872 gli orologiai della valle si riunirono…"',
  "arg.story.add.founding": "yes: è il racconto fondativo, se non ce n’è ancora uno (es. founding:yes)",
  "arg.story.id": "il numero del racconto, es. 2 (story list li mostra)",
  "arg.story.tell.id": "il numero del racconto (predefinito: il racconto fondativo), es. 2",

  // You.
  "arg.me.link.code": "il codice di 8 caratteri ricevuto dal tuo altro account, es. K7QP2MZX",
  "arg.me.show-name.show": "yes: mostra il tuo nome utente; no: mostra “un membro” al suo posto (es. no)",
  "arg.circle.set.language": "la lingua di Jura nella stanza del cerchio: en, fr, es o it (es. it)",
  "arg.federation.set.language": "la lingua dei suoi spazi e dei cerchi che non ne hanno scelta una, es. it",
  "arg.me.language.language": "la tua lingua: en, fr, es o it, o auto per seguire il luogo (es. it)",
};
