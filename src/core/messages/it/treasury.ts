import type { Translation } from "../translation.js";
import type { treasury as en } from "../treasury.js";

/**
 * Italian messages of the treasury: amounts, books, budgets, common funds, the solidarity levy,
 * mutual credit, and aid amounts. Amounts arrive already formatted by ICU.
 */
export const treasury: Translation<typeof en> = {
  "money.not_an_amount":
    "“{value}” non è un importo: scrivi cifre semplici con al massimo un punto o una virgola decimale, come 45, 45.80 o 45,80 (niente segno, spazi o separatori delle migliaia)",
  "money.too_many_decimals":
    "{unit} {scale, plural, =0 {non ha decimali} one {ha # decimale} other {ha # decimali}}",
  "money.not_positive": "deve essere maggiore di 0",
  "money.unknown_unit":
    "“{value}” non è una valuta che conosco (un codice ISO 4217 come EUR, CHF, USD) né ore",
  "money.hours": "{amount} {count, plural, one {ora} other {ore}}",
  "money.credits": "{amount} {count, plural, one {credito} other {crediti}}",

  "treasury.by_treasurer": "registrato da {person}, tesoriere di “{circle}”",
  "treasury.by_person": "da {person}",
  "treasury.no_federation":
    "“{circle}” non fa parte di una federazione: i fondi comuni e il credito mutuo sono di una federazione.",
  "treasury.overdraft_cash":
    "Rifiutato: “{circle}” ha {balance} nei suoi conti, quindi non può pagare {amount}. Registra prima ciò che è entrato (/ledger income), o paga di meno.",
  "treasury.overdraft_fund":
    "Rifiutato: il fondo “{fund}” contiene {balance}, quindi non può pagare {amount}.",
  "treasury.overdraft_credit":
    "Rifiutato: “{circle}” è a {balance} nel credito mutuo, con un limite di {limit} sotto zero. Pagare {amount} lo porterebbe a {after}, {over} oltre il suo limite. La federazione può alzare il limite con /credit limit.",

  "treasury.handover_item": "i conti: saldi e questioni aperte come mostrati",
  "treasury.handover_books":
    "I conti a questo passaggio di consegne: {balances, select, none {ancora niente di registrato} other {{balances}}}. Questioni aperte: {open, select, none {nessuna} other {{open}}}.",
  "treasury.handover_credit": "credito mutuo {balance}",
  "treasury.handover_fund": "fondo “{fund}” {balance}",
  "treasury.handover_budget": "budget “{budget}”: restano {left}",
  "treasury.handover_proposal": "proposta #{id} ({title})",
  "treasury.handover_request": "richiesta di aiuto #{id} ({what}: {progress})",
  "treasury.handover_confirmed": "Confermi i conti così come sono ora: {books}",

  "ledger.income_recorded":
    "Registrazione #{id} nel libro contabile di “{circle}”: {kind, select, donation {donazione} other {entrata}} di {amount} ({memo}), {authority}. Cassa: {cash}.",
  "ledger.levy_applied":
    "Contributo di solidarietà, regola #{rule} della federazione ({rate} delle donazioni ai cerchi che hanno più di {threshold}): {amount} è andato al fondo “{fund}”, nella stessa registrazione.",
  "ledger.levy_not_applied":
    "Nessun contributo di solidarietà: la regola #{rule} si applica ai cerchi che hanno più di {threshold}, e questo cerchio aveva meno prima della donazione.",
  "fund.levy_received":
    "Contributo di solidarietà: il fondo “{fund}” ha ricevuto {amount} da una donazione a “{circle}” (registrazione #{id}; regola #{rule}: {rate} delle donazioni ai cerchi che hanno più di {threshold}).",
  "ledger.expense_recorded":
    "Registrazione #{id} nel libro contabile di “{circle}”: spesa di {amount} ({memo}), {authority}. Cassa: {cash}.",
  "ledger.entry_not_found": "Non c’è nessuna registrazione #{id} nei conti.",
  "ledger.reverse_reversal":
    "La registrazione #{id} è essa stessa lo storno della registrazione #{of}; per annullarla, registra di nuovo la registrazione originale.",
  "ledger.reverse_credit":
    "La registrazione #{id} è un pagamento in credito mutuo: non si storna, si restituisce con /credit pay (entro i limiti).",
  "ledger.already_reversed": "La registrazione #{id} è già stata stornata dalla registrazione #{by}.",
  "ledger.reversed":
    "La registrazione #{id} storna la registrazione #{of} ({kind}, {amount}): {why}. Fatto {authority}.",
  "ledger.kind_income": "entrata",
  "ledger.kind_donation": "donazione",
  "ledger.kind_expense": "spesa",
  "ledger.kind_fund_payment": "versato in un fondo",
  "ledger.kind_fund_draw": "prelevato da un fondo",
  "ledger.kind_aid": "aiuto",
  "ledger.kind_credit": "credito mutuo",
  "ledger.kind_reversal": "storno",
  "ledger.books_title":
    "Conti di “{circle}” (causali delle righe {memos, select, internal {interne al cerchio; totali aperti alla federazione} other {aperte alla federazione}}):",
  "ledger.books_empty": "Ancora niente di registrato.",
  "ledger.totals":
    "{unit}: cassa {cash} · entrate {income} · spese {expenses} · fondi, contributi e aiuti {transfers}",
  "ledger.keeper":
    "Tesoriere: {treasurer, select, none {nessuno (crea una rotazione: /rotation create treasurer every:…)} other {{treasurer}}} · può spendere da solo fino a: {limits, select, none {ancora niente (/ledger set threshold:… unit:…)} other {{limits}}}",
  "ledger.latest": "Ultime registrazioni:",
  "ledger.fund_named": "il fondo “{fund}”",
  "ledger.row":
    "#{id} {date} {kind} {amount}{counterpart, select, none {} other { con {counterpart}}} (da {by})",
  "ledger.row_levy": " · contributo di solidarietà {amount} (regola #{rule})",
  "ledger.row_levy_only": " · contributo di solidarietà (regola #{rule})",
  "ledger.memo_internal": ": (causale interna)",
  "ledger.row_receipt": " · ricevuta {receipt}",
  "ledger.row_reverses": " · storna #{id}",
  "ledger.row_reversed": " · stornata da #{id}",
  "ledger.export_truncated":
    "(Solo le ultime {max} righe: esporta un periodo con from: e until: per il resto.)",
  "ledger.threshold_unit": "indica anche l’unità della soglia, per es. unit:EUR",
  "ledger.setting_threshold": "il suo tesoriere può registrare da solo spese fino a {amount}",
  "ledger.setting_memos":
    "le causali delle righe sono {memos, select, internal {interne al cerchio (i totali restano aperti)} other {aperte alla federazione}}",
  "ledger.nothing_to_set":
    "Niente da cambiare: indica threshold:… unit:…, oppure memos:internal o memos:open.",
  "ledger.settings_changed": "“{circle}” ora tiene i conti così, {authority}: {changes}.",

  "budget.not_found": "“{circle}” non ha nessun budget chiamato “{name}”.",
  "budget.no_line":
    "“{circle}” non ha nessuna voce di budget “{line}” in {unit}. I suoi budget in {unit}: {known}. Fissane uno con /ledger budget.",
  "budget.line_left": "Budget “{budget}”, voce “{line}”: restano {left} su {planned}.",
  "budget.line_over": "Budget “{budget}”, voce “{line}”: {left} oltre i {planned} previsti.",
  "budget.line": "{line}: spesi {spent} su {planned}, restano {left}",
  "budget.summary": "Budget “{budget}” ({unit}): {lines}",
  "budget.lines_format":
    "scrivi ogni voce come un nome e un importo, separati da |, per esempio: affitto 300 | stampa 45.50",
  "budget.too_many_lines": "al massimo {max} voci",
  "budget.line_twice": "la voce “{line}” è indicata due volte",
  "budget.other_unit": "Il budget “{budget}” è in {unit}; indica le sue voci in {unit}.",
  "budget.set": "Budget “{budget}” di “{circle}”, {authority}: {lines} ({total} in tutto).",

  "fund.not_found": "“{federation}” non ha nessun fondo chiamato “{name}”. I suoi fondi: {known}.",
  "fund.exists": "“{federation}” ha già un fondo chiamato “{fund}”.",
  "fund.created":
    "Il fondo comune “{fund}” di “{federation}” è aperto, in {unit}, {authority}. Scopo: {purpose}. I cerchi versano con /fund pay; prelevarne è una decisione della federazione (/fund draw).",
  "fund.other_unit": "Il fondo “{fund}” è in {unit}, non in {given}.",
  "fund.paid":
    "Registrazione #{id}: “{circle}” ha versato {amount} nel fondo “{fund}” di “{federation}”, {authority}. Il fondo contiene {balance}.",
  "fund.drawn":
    "Registrazione #{id}: il fondo “{fund}” di “{federation}” ha pagato {amount} a “{circle}” ({memo}), {authority}. Il fondo contiene {balance}.",
  "fund.show": "Fondo “{fund}” di “{federation}”: contiene {balance}. Scopo: {purpose}.",
  "fund.levy_rule":
    "Alimentato dalla regola del contributo di solidarietà #{rule}: {rate} delle donazioni ai cerchi che hanno più di {threshold}.",
  "fund.history": "Tutti i movimenti, dal più recente:",
  "fund.no_history": "Ancora nessun movimento.",
  "fund.federation_title":
    "Fondi comuni di “{federation}” ({count, plural, =0 {ancora nessuno: /fund create} one {# fondo} other {# fondi}}):",
  "fund.list_row": "- “{fund}”: {balance}",
  "fund.levy_row":
    "Regola del contributo di solidarietà #{rule}: {rate} di ogni donazione a un cerchio che ha più di {threshold} va a “{fund}”.",
  "fund.levy_rate": "una quota come 5% o 2.5%, al massimo {max}",
  "fund.levy_set":
    "Contributo di solidarietà di “{federation}”, {authority}: regola #{rule}, {rate} di ogni donazione registrata da un cerchio che ha più di {threshold} va al fondo “{fund}”, come riga della stessa registrazione.{previous, select, 0 {} other { Sostituisce la regola #{previous}.}}",
  "fund.levy_ended":
    "“{federation}” pone fine al suo contributo di solidarietà in {unit} (regola #{previous}), {authority}.",
  "fund.no_levy": "“{federation}” non ha nessun contributo di solidarietà in {unit} da terminare.",

  "credit.self": "“{circle}” non può pagare sé stesso.",
  "credit.no_pool":
    "“{federation}” non ha ancora un credito mutuo: la federazione lo apre fissando il limite, per es. /credit limit {federation} 100.",
  "credit.unit_fixed":
    "Il credito mutuo di “{federation}” è tenuto in {unit} e ci sono già stati pagamenti: la sua unità non può più cambiare.",
  "credit.paid":
    "Registrazione #{id}: “{circle}” ha pagato {amount} a “{payee}” nel credito mutuo di “{federation}” ({memo, select, none {senza causale} other {{memo}}}), {authority}. “{circle}” è ora a {balance} (limite {limit} sotto zero), “{payee}” a {payeeBalance}.",
  "credit.standing": "Credito mutuo in “{federation}”: {balance} (limite {limit} sotto zero).",
  "credit.balance_title":
    "Credito mutuo di “{federation}”, in {unit} (ogni cerchio può scendere a {limit} sotto zero, salvo diversa impostazione):",
  "credit.row": "- “{circle}”: {balance} (limite {limit})",
  "credit.row_deep":
    "- “{circle}”: {balance} (limite {limit}): in forte deficit; comprare da loro è il modo in cui il circuito si riequilibra",
  "credit.sum":
    "Somma di tutti i saldi: {sum}. Ogni pagamento addebita un cerchio e ne accredita un altro, quindi resta a zero.",
  "credit.limit_circle":
    "Nel credito mutuo di “{federation}”, “{circle}” può ora scendere a {limit} sotto zero, {authority}.",
  "credit.limit_all":
    "Nel credito mutuo di “{federation}” ({unit}), ogni cerchio senza un limite proprio può ora scendere a {limit} sotto zero, {authority}.",
  "credit.digest_title":
    "Credito mutuo: cerchi in forte deficit, dove un acquisto aiuterebbe a riequilibrare il circuito:",
  "credit.digest_row": "- “{circle}” a {balance} del suo limite di {limit}",

  "aid.request_line":
    "Richiesta #{id} di “{circle}” ({urgency}): {what}{amount, select, none {} other {, {amount}}} entro il {by} [{status}]{progress, select, none {} other { ({progress})}}",
  "aid.offer_line":
    "Offerta #{id} da “{circle}”: {what}{amount, select, none {} other { ({amount}{delivered, select, none {} other {, {delivered} consegnati}})}} [{status}]",
  "aid.requested":
    "“{circle}” chiede aiuto ({urgency}), richiesta #{id}: {what}{amount, select, none {} other {, {amount}}} entro il {by}. Offri con /aid offer {id} <cosa> amount:<n> unit:<unità>.",
  "aid.request_posted": "La richiesta #{id} è pubblicata in “{federation}” fino al {by}.",
  "aid.offered":
    "“{circle}” offre {what}{amount, select, none {} other { ({amount})}} per la tua {target, select, reflection {riflessione} other {richiesta}} #{target_id}: offerta #{id}.{target, select, reflection {} other { Accettala con /aid accept {id}.}}",
  "aid.offer_made": "L’offerta #{id} è fatta a “{circle}”.",
  "aid.delivered":
    "Offerta #{id} consegnata{amount, select, none {} other { {amount}}}{entry, select, 0 {} other {, registrazione #{entry} nei conti di “{giver}” e “{receiver}”}}{authority, select, none {} other {, {authority}}}.{complete, select, yes { L’offerta è evasa.} other {}}{request, select, 0 {} other { Richiesta #{request}: {progress}.}}",
  "aid.fulfilled_request":
    "La richiesta #{request} di “{circle}” è soddisfatta: {progress}. La solidarietà funziona.",
  "aid.now_fulfilled": "{progress}, quindi è soddisfatta",
  "aid.entry_memo":
    "aiuto: offerta #{offer} ({what}){request, select, 0 {} other { per la richiesta #{request}}}",
  "aid.not_money":
    "L’offerta #{id} è in “{unit}”, non in denaro che i conti registrano (una valuta come EUR, oppure ore): segnala come consegnata con /aid fulfilled {id}.",
  "aid.give_amount": "l’offerta #{id} non ha un importo: di’ quanto è stato dato, per es. amount:150",
  "aid.progress": "arrivati {arrived} su {asked}",
  "aid.progress_open": "{count, plural, =0 {ancora niente consegnato} one {# consegna} other {# consegne}}",
  "aid.over_delivery":
    "L’offerta #{id} era di {offered} e ne restano da consegnare {left}, non {amount}. Altro aiuto è una nuova offerta: /aid offer.",
};
