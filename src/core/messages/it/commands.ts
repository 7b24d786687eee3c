/**
 * Italian command texts for the chat platforms' command lists: `"<group> <name>"` is a command's
 * summary (`"<group>"` alone when the command has no name, or a group's own description). Each
 * fits Discord's 100 characters; command, option and value names stay English. Arguments are
 * described by ./arguments.ts, under the key the English lookup picks (see commandText).
 */
export const commands: Readonly<Record<string, string>> = {
  circle: "cerchi di 5-15 persone: create, join, invite, leave, remove, show, set, history, export",
  "circle create": "Crea un cerchio qui; ne sei il primo membro. È aperto su invito, salvo open:yes.",
  "circle join": "Entra in un cerchio (aperto, o che ti ha invitato).",
  "circle invite": "Invita qualcuno nel tuo cerchio; accetta con circle join.",
  "circle leave": "Lascia un cerchio; i mandati che ne hai ricevuto finiscono.",
  "circle show": "Mostra un cerchio: scopo, membri, federazione e delegati.",
  "circle list": "Elenca i cerchi, o quelli di una federazione.",
  "circle set":
    "Cambia scopo, fuso orario, sede, apertura, regole di revoca, lingua, modo di decidere (del cerchio).",
  "circle remove": "Rimuovi un membro dal cerchio, per decisione del cerchio (il membro non decide).",
  "circle history":
    "Cosa è successo in un cerchio, dal più recente; filtra con kind:, person:, from:, until:, before:.",
  "circle export": "Il registro di un cerchio in CSV e JSON: link per scaricarlo, o table: nel messaggio.",
  propose: "Presenta una proposta motivata al cerchio (o, con federation:, ai cerchi della federazione).",
  proposal: "rispondere alle proposte, seguirle e ritirarle: agree, abstain, object, block",
  "proposal agree": "Approva una proposta (puoi cambiare risposta fino alla chiusura).",
  "proposal abstain": "Astieniti su una proposta: non obietti e non approvi.",
  "proposal object":
    "Obietta a una proposta dicendo perché; un’obiezione trasforma il consenso in votazione.",
  "proposal block": "Blocca una proposta dicendo perché: non passa finché il blocco resta.",
  "proposal show": "Una proposta: cosa farebbe, perché, e tutte le risposte finora (pubbliche, non segrete).",
  "proposal list": "Le proposte aperte di un cerchio, o di una federazione e dei suoi cerchi.",
  "proposal withdraw": "Ritira una proposta che hai fatto, prima della chiusura.",
  federation: "federazioni di cerchi: create, join, leave, show, set, history, export, page",
  "federation create": "Fonda una federazione; questo luogo diventa il suo consiglio e luogo degli annunci.",
  "federation join": "Porta il tuo cerchio in una federazione (decisione del cerchio).",
  "federation leave":
    "Porta il tuo cerchio fuori da una federazione; uscire è sempre suo diritto (decide il cerchio).",
  "federation show": "Mostra una federazione: i suoi cerchi e i loro delegati.",
  "federation list": "Elenca le federazioni e quanti cerchi unisce ciascuna.",
  "federation set":
    "Cambia finestra di decisione, mandato massimo, riepilogo, lingua, pagina web (decisione federale).",
  "federation history":
    "Cosa è successo in una federazione e nei suoi cerchi; filtra con kind:, person:, from:, until:.",
  "federation export":
    "Il registro di una federazione in CSV e JSON: link per scaricarlo, o table: nel messaggio.",
  "federation page":
    "Il link alla pagina web di una federazione: pubblica, o firmata per te come membro (scade).",
  mandate: "delegati con mandati limitati e a scadenza",
  "mandate grant":
    "Proponi un membro come delegato, con un mandato limitato che scade (decisione che accetta).",
  "mandate list": "Elenca i delegati e i loro mandati, di un cerchio o di un’intera federazione.",
  "mandate renew":
    "Rinnova il mandato di un delegato per un nuovo periodo (decisione del cerchio che accetta).",
  "mandate renounce": "Restituisci un mandato che hai; il tuo cerchio e la federazione vengono avvisati.",
  recall:
    "Avvia una votazione di revoca nel cerchio di un delegato (max 7 giorni); se passa, il mandato cessa.",
  rotation: "ruoli a rotazione, annunciati prima e a ogni passaggio",
  "rotation create":
    "Fai ruotare un ruolo (portavoce, tesoreria, custode…) a cadenza, con annunci automatici.",
  "rotation show": "Chi ricopre un ruolo ora, e i prossimi passaggi con le loro date.",
  "rotation list": "I ruoli a rotazione di un cerchio o federazione, con chi li ricopre.",
  "rotation swap":
    "Proponi di scambiare il tuo prossimo turno di un ruolo con quello di un altro; vale se accetta.",
  "rotation skip": "Salta il tuo prossimo turno di un ruolo; lo prende il successivo e tu mantieni il posto.",
  "rotation away":
    "Avvisa il cerchio che sarai via per un periodo: le sue rotazioni ti saltano fino ad allora.",
  "rotation confirm": "Conferma la lista di passaggio di un custode (confermano chi esce e chi entra).",
  "rotation name":
    "Per un ruolo federale del tuo cerchio: nomina chi lo porta (decisione che la persona accetta).",
  "rotation edit": "Cambia cadenza, preavviso o lista di una rotazione; gli scambi concordati restano.",
  "rotation end": "Smetti di far ruotare un ruolo; la sua storia resta nel registro.",
  spokesperson: "portavoce, ciascuno per un ambito",
  "spokesperson name": "Nomina il portavoce del cerchio per un ambito (decisione che la persona accetta).",
  "spokesperson who": "Chi parla per un cerchio (o per ogni cerchio di una federazione) su un ambito.",
  poll: "domande a un cerchio, con quorum e soglia",
  "poll start": "Fai una domanda al tuo cerchio; i membri attuali possono votare fino alla chiusura.",
  "poll vote": "Vota in una votazione del tuo cerchio; puoi cambiare voto fino alla chiusura.",
  "poll unvote": "Ritira il tuo voto da una votazione ancora aperta.",
  "poll show": "Domanda, opzioni e conteggi di una votazione (se segreta, i totali solo a votazione chiusa).",
  "poll list": "Le votazioni aperte di un cerchio o dei cerchi di una federazione.",
  "poll close":
    "Chiudi in anticipo la tua votazione e annuncia il risultato (le revoche arrivano alla fine).",
  reflect: "riflessioni sui fallimenti condivise con la federazione: consigli, sostegno, aiuto",
  "reflect share":
    "Condividi con la federazione cosa è andato storto, cosa ha imparato il cerchio e cosa aiuterebbe.",
  "reflect list": "L’archivio delle riflessioni, dalla più recente; search:<parole> trova lezioni passate.",
  "reflect show": "Una riflessione con i suoi consigli, sostegni, offerte e nota di chiusura.",
  "reflect advise": "Rispondi a una riflessione con un consiglio; viene conservato con essa.",
  "reflect affirm": "Sostieni un cerchio che ha condiviso una riflessione (una volta per persona, contato).",
  "reflect resolve":
    "Chiudi la riflessione del tuo cerchio con una nota su come è finita; resta in archivio.",
  aid: "richieste e offerte di mutuo aiuto tra cerchi",
  "aid request": "Chiedi aiuto alla federazione: cosa, quanto, entro quando e con quale urgenza.",
  "aid offer": "Offri l’aiuto del tuo cerchio a una richiesta (o, con for:reflection, a una riflessione).",
  "aid accept": "Accetta un’offerta fatta alla richiesta del tuo cerchio; viene seguita fino a essere evasa.",
  "aid fulfilled":
    "Indica cosa è arrivato di un’offerta accettata (amount: per una parte); la richiesta si completa.",
  "aid give":
    "Registra il denaro dato con un’offerta nei conti di entrambi i cerchi, e contalo come consegnato.",
  "aid close": "Chiudi la richiesta del tuo cerchio (soddisfatta in altro modo, o non più necessaria).",
  "aid list": "Richieste di aiuto aperte, prima le più urgenti e vecchie (all:yes include quelle finite).",
  "aid digest":
    "Ogni quanto arriva il riepilogo di mutuo aiuto (la federazione lo cambia: /federation set digest:…).",
  ledger: "i conti aperti di un cerchio: entrate, uscite, bilanci, storni, esportazione CSV",
  "ledger income":
    "Registra un’entrata del cerchio; donation:yes applica il contributo di solidarietà federale.",
  "ledger expense":
    "Registra una spesa con ricevuta: il tesoriere da solo fino alla soglia, oltre decide il cerchio.",
  "ledger show":
    "I conti di un cerchio (totali, budget, registrazioni) o, con federation:, i suoi fondi comuni.",
  "ledger export":
    "Esporta i conti di un cerchio (o, con federation:, i fondi comuni) in CSV, riga per riga.",
  "ledger budget":
    "Fissa un budget del cerchio con le sue voci (decisione del cerchio); le spese vi pesano con line:…",
  "ledger set":
    "Decidi come il cerchio tiene i conti: spesa libera del tesoriere (threshold:), causali interne o no.",
  "ledger reverse": "Annulla una registrazione con uno storno (nulla viene mai modificato o cancellato).",
  fund: "i fondi comuni della federazione e il suo contributo di solidarietà",
  "fund create":
    "Apri un fondo comune della federazione (sciopero, detenuti, spese legali…): decisione federale.",
  "fund pay":
    "Versa dai conti del cerchio in un fondo comune (tesoriere fino alla soglia, se no decide il cerchio)",
  "fund draw": "Paga un cerchio da un fondo comune (decisione federale, una voce per cerchio).",
  "fund show": "Un fondo comune: cosa contiene, il contributo che lo alimenta e tutti i movimenti.",
  "fund list":
    "I fondi comuni di una federazione con quanto contiene ciascuno, e i suoi contributi di solidarietà.",
  "fund levy":
    "Fissa il contributo di solidarietà (decisione federale): una quota di ogni donazione va a un fondo.",
  credit: "credito mutuo tra cerchi: saldi a somma zero entro dei limiti",
  "credit pay":
    "Paga un altro cerchio in credito mutuo (tesoriere fino alla soglia, se no decide il cerchio).",
  "credit balance":
    "Saldo e limite di credito mutuo di ogni cerchio di una federazione; la somma è sempre zero.",
  "credit limit": "Fissa quanto sotto zero possono scendere i cerchi nel credito mutuo (decisione federale).",
  convergence:
    "le assemblee di una federazione: date, RSVP, promemoria, ordine del giorno, verbali, iCalendar",
  "convergence schedule":
    "Programma una convergenza della federazione (assemblea, congresso…), ricorrente o singola.",
  "convergence list": "Le convergenze di una federazione e quando si riunisce ciascuna.",
  "convergence show": "Una convergenza: quando, dove, ordine del giorno, promemoria e chi viene.",
  "convergence rsvp": "Di’ se vieni a una convergenza: yes, maybe o no (conta l’ultima risposta).",
  "convergence cancel": "Annulla una convergenza: niente più promemoria, e la federazione viene avvisata.",
  "convergence ics":
    "Le convergenze di una federazione come feed iCalendar, da importare in qualsiasi calendario.",
  "convergence agenda":
    "Metti un punto all’ordine del giorno della prossima riunione di una convergenza, per il tuo cerchio.",
  "convergence minutes":
    "Registra il verbale di una convergenza (testo, link: o entrambi) e le decisioni prese.",
  calendar: "il calendario rituale di una federazione: commemorazioni annunciate il giorno stesso",
  "calendar list":
    "Il calendario rituale di una federazione: commemorazioni, e quali vengono annunciate nel giorno.",
  "calendar add":
    "Aggiungi una commemorazione o un rito al calendario (annunciato nel giorno, salvo announce:no).",
  "calendar remove": "Togli una voce dal calendario della federazione.",
  "calendar announce": "Scegli se una voce del calendario viene annunciata nel suo giorno.",
  story: "i racconti della federazione: il suo racconto fondativo ed episodi della sua storia",
  "story add":
    "Conserva un racconto della federazione: il suo racconto fondativo, o un episodio della sua storia.",
  "story tell":
    "Racconta di nuovo un racconto della federazione — quello fondativo, salvo che tu ne nomini un altro.",
  "story list": "I racconti che una federazione conserva.",
  "story founding": "Rendi un racconto della federazione il suo racconto fondativo (decisione federale).",
  me: "ciò che mostri di te fuori dalla chat",
  "me link":
    "Unisci i tuoi account Matrix e Discord: senza codice, chiedine uno; inseriscilo dall’altro (10 min).",
  "me unlink": "Separa questo account dalla persona a cui era collegato (ciò che era resta alla persona).",
  "me language": "La lingua in cui Jura ti parla, ovunque: en, fr, es, it, o auto (quella di ogni luogo).",
  "me show-name":
    "Se il tuo nome utente può comparire fuori dalla chat: esportazioni e pagine (no per impostazione).",
};
