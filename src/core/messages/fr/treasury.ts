import type { Translation } from "../translation.js";
import type { treasury as en } from "../treasury.js";

/**
 * French messages of the treasury: amounts, books, budgets, common funds, the solidarity levy,
 * mutual credit, and aid amounts. Amounts arrive already formatted by ICU.
 */
export const treasury: Translation<typeof en> = {
  "money.not_an_amount":
    "« {value} » n’est pas un montant : écrivez des chiffres simples avec au plus un point ou une virgule décimale, comme 45, 45.80 ou 45,80 (sans signe, espaces ni séparateurs de milliers)",
  "money.too_many_decimals":
    "{unit} {scale, plural, =0 {n’a pas de décimales} one {a # décimale} other {a # décimales}}",
  "money.not_positive": "doit être supérieur à 0",
  "money.unknown_unit":
    "« {value} » n’est ni une monnaie que je connais (un code ISO 4217 comme EUR, CHF, USD) ni des heures",
  "money.hours": "{amount} {count, plural, one {heure} other {heures}}",
  "money.credits": "{amount} {count, plural, one {crédit} other {crédits}}",

  "treasury.by_treasurer": "enregistré par {person}, trésorier·ère de « {circle} »",
  "treasury.by_person": "par {person}",
  "treasury.no_federation":
    "« {circle} » ne fait pas partie d’une fédération : les caisses communes et le crédit mutuel relèvent d’une fédération.",
  "treasury.overdraft_cash":
    "Refusé : « {circle} » détient {balance} dans ses comptes, il ne peut donc pas payer {amount}. Enregistrez d’abord ce qui est entré (/ledger income), ou payez moins.",
  "treasury.overdraft_fund":
    "Refusé : la caisse « {fund} » contient {balance}, elle ne peut donc pas payer {amount}.",
  "treasury.overdraft_credit":
    "Refusé : « {circle} » est à {balance} en crédit mutuel, avec une limite de {limit} sous zéro. Payer {amount} l’amènerait à {after}, soit {over} au-delà de sa limite. La fédération peut relever la limite avec /credit limit.",

  "treasury.handover_item": "les comptes : soldes et points en cours tels qu’affichés",
  "treasury.handover_books":
    "Les comptes à cette passation : {balances, select, none {rien d’enregistré pour l’instant} other {{balances}}}. Points en cours : {open, select, none {aucun} other {{open}}}.",
  "treasury.handover_credit": "crédit mutuel {balance}",
  "treasury.handover_fund": "caisse « {fund} » {balance}",
  "treasury.handover_budget": "budget « {budget} » : reste {left}",
  "treasury.handover_proposal": "proposition #{id} ({title})",
  "treasury.handover_request": "demande d’aide #{id} ({what} : {progress})",
  "treasury.handover_confirmed": "Vous confirmez les comptes tels qu’ils sont maintenant : {books}",

  "ledger.income_recorded":
    "Écriture #{id} dans le livre de comptes de « {circle} » : {kind, select, donation {don} other {recette}} de {amount} ({memo}), {authority}. Trésorerie : {cash}.",
  "ledger.levy_applied":
    "Contribution de solidarité, règle #{rule} de la fédération ({rate} des dons aux cercles détenant plus de {threshold}) : {amount} est allé à la caisse « {fund} », dans la même écriture.",
  "ledger.levy_not_applied":
    "Pas de contribution de solidarité : la règle #{rule} s’applique aux cercles détenant plus de {threshold}, et ce cercle détenait moins avant le don.",
  "fund.levy_received":
    "Contribution de solidarité : la caisse « {fund} » a reçu {amount} sur un don à « {circle} » (écriture #{id} ; règle #{rule} : {rate} des dons aux cercles détenant plus de {threshold}).",
  "ledger.expense_recorded":
    "Écriture #{id} dans le livre de comptes de « {circle} » : dépense de {amount} ({memo}), {authority}. Trésorerie : {cash}.",
  "ledger.entry_not_found": "Il n’y a pas d’écriture #{id} dans les comptes.",
  "ledger.reverse_reversal":
    "L’écriture #{id} est elle-même la contrepassation de l’écriture #{of} ; pour l’annuler, enregistrez à nouveau l’écriture d’origine.",
  "ledger.reverse_credit":
    "L’écriture #{id} est un paiement en crédit mutuel : elle ne se contrepasse pas, elle se rembourse avec /credit pay (dans les limites).",
  "ledger.already_reversed": "L’écriture #{id} a déjà été contrepassée par l’écriture #{by}.",
  "ledger.reversed":
    "L’écriture #{id} contrepasse l’écriture #{of} ({kind}, {amount}) : {why}. Fait {authority}.",
  "ledger.kind_income": "recette",
  "ledger.kind_donation": "don",
  "ledger.kind_expense": "dépense",
  "ledger.kind_fund_payment": "versé à une caisse",
  "ledger.kind_fund_draw": "prélevé sur une caisse",
  "ledger.kind_aid": "aide",
  "ledger.kind_credit": "crédit mutuel",
  "ledger.kind_reversal": "contrepassation",
  "ledger.books_title":
    "Livre de comptes de « {circle} » (libellés des lignes {memos, select, internal {gardés internes au cercle ; totaux ouverts à la fédération} other {ouverts à la fédération}}) :",
  "ledger.books_empty": "Rien d’enregistré pour l’instant.",
  "ledger.totals":
    "{unit} : trésorerie {cash} · recettes {income} · dépenses {expenses} · caisses, contributions et aide {transfers}",
  "ledger.keeper":
    "Trésorier·ère : {treasurer, select, none {aucun·e (mettez en place une rotation : /rotation create treasurer every:…)} other {{treasurer}}} · peut dépenser seul·e jusqu’à : {limits, select, none {rien pour l’instant (/ledger set threshold:… unit:…)} other {{limits}}}",
  "ledger.latest": "Dernières écritures :",
  "ledger.fund_named": "la caisse « {fund} »",
  "ledger.row":
    "#{id} {date} {kind} {amount}{counterpart, select, none {} other { avec {counterpart}}} (par {by})",
  "ledger.row_levy": " · contribution de solidarité {amount} (règle #{rule})",
  "ledger.row_levy_only": " · contribution de solidarité (règle #{rule})",
  "ledger.memo_internal": " : (libellé gardé interne)",
  "ledger.row_receipt": " · justificatif {receipt}",
  "ledger.row_reverses": " · contrepasse #{id}",
  "ledger.row_reversed": " · contrepassée par #{id}",
  "ledger.export_truncated":
    "(Seulement les {max} dernières lignes : exportez une période avec from: et until: pour le reste.)",
  "ledger.threshold_unit": "donnez aussi l’unité du seuil, par ex. unit:EUR",
  "ledger.setting_threshold": "sa personne trésorière peut enregistrer seule des dépenses jusqu’à {amount}",
  "ledger.setting_memos":
    "les libellés des lignes sont {memos, select, internal {gardés internes au cercle (les totaux restent ouverts)} other {ouverts à la fédération}}",
  "ledger.nothing_to_set": "Rien à changer : donnez threshold:… unit:…, ou memos:internal ou memos:open.",
  "ledger.settings_changed": "« {circle} » tient désormais ses comptes ainsi, {authority} : {changes}.",

  "budget.not_found": "« {circle} » n’a pas de budget nommé « {name} ».",
  "budget.no_line":
    "« {circle} » n’a pas de ligne budgétaire « {line} » en {unit}. Ses budgets en {unit} : {known}. Fixez-en une avec /ledger budget.",
  "budget.line_left": "Budget « {budget} », ligne « {line} » : reste {left} sur {planned}.",
  "budget.line_over":
    "Budget « {budget} », ligne « {line} » : {left} de dépassement sur les {planned} prévus.",
  "budget.line": "{line} : {spent} dépensés sur {planned}, reste {left}",
  "budget.summary": "Budget « {budget} » ({unit}) : {lines}",
  "budget.lines_format":
    "écrivez chaque ligne comme un nom et un montant, séparés par |, par exemple : loyer 300 | impression 45.50",
  "budget.too_many_lines": "au plus {max} lignes",
  "budget.line_twice": "la ligne « {line} » est donnée deux fois",
  "budget.other_unit": "Le budget « {budget} » est en {unit} ; donnez ses lignes en {unit}.",
  "budget.set": "Budget « {budget} » de « {circle} », {authority} : {lines} ({total} au total).",

  "fund.not_found": "« {federation} » n’a pas de caisse nommée « {name} ». Ses caisses : {known}.",
  "fund.exists": "« {federation} » a déjà une caisse nommée « {fund} ».",
  "fund.created":
    "La caisse commune « {fund} » de « {federation} » est ouverte, en {unit}, {authority}. Objet : {purpose}. Les cercles y versent avec /fund pay ; y puiser est une décision de la fédération (/fund draw).",
  "fund.other_unit": "La caisse « {fund} » est en {unit}, pas en {given}.",
  "fund.paid":
    "Écriture #{id} : « {circle} » a versé {amount} à la caisse « {fund} » de « {federation} », {authority}. La caisse contient {balance}.",
  "fund.drawn":
    "Écriture #{id} : la caisse « {fund} » de « {federation} » a versé {amount} à « {circle} » ({memo}), {authority}. La caisse contient {balance}.",
  "fund.show": "Caisse « {fund} » de « {federation} » : contient {balance}. Objet : {purpose}.",
  "fund.levy_rule":
    "Alimentée par la règle de contribution de solidarité #{rule} : {rate} des dons aux cercles détenant plus de {threshold}.",
  "fund.history": "Tous les mouvements, du plus récent au plus ancien :",
  "fund.no_history": "Aucun mouvement pour l’instant.",
  "fund.federation_title":
    "Caisses communes de « {federation} » ({count, plural, =0 {aucune pour l’instant : /fund create} one {# caisse} other {# caisses}}) :",
  "fund.list_row": "- « {fund} » : {balance}",
  "fund.levy_row":
    "Règle de contribution de solidarité #{rule} : {rate} de chaque don à un cercle détenant plus de {threshold} va à « {fund} ».",
  "fund.levy_rate": "une part comme 5% ou 2.5%, au plus {max}",
  "fund.levy_set":
    "Contribution de solidarité de « {federation} », {authority} : règle #{rule}, {rate} de chaque don enregistré par un cercle détenant plus de {threshold} va à la caisse « {fund} », comme ligne de la même écriture.{previous, select, 0 {} other { Elle remplace la règle #{previous}.}}",
  "fund.levy_ended":
    "« {federation} » met fin à sa contribution de solidarité en {unit} (règle #{previous}), {authority}.",
  "fund.no_levy": "« {federation} » n’a pas de contribution de solidarité en {unit} à laquelle mettre fin.",

  "credit.self": "« {circle} » ne peut pas se payer lui-même.",
  "credit.no_pool":
    "« {federation} » n’a pas encore de crédit mutuel : la fédération l’ouvre en fixant la limite, par ex. /credit limit {federation} 100.",
  "credit.unit_fixed":
    "Le crédit mutuel de « {federation} » est tenu en {unit} et des paiements ont eu lieu : son unité ne peut plus changer.",
  "credit.paid":
    "Écriture #{id} : « {circle} » a payé {amount} à « {payee} » en crédit mutuel de « {federation} » ({memo, select, none {sans libellé} other {{memo}}}), {authority}. « {circle} » est maintenant à {balance} (limite {limit} sous zéro), « {payee} » à {payeeBalance}.",
  "credit.standing": "Crédit mutuel dans « {federation} » : {balance} (limite {limit} sous zéro).",
  "credit.balance_title":
    "Crédit mutuel de « {federation} », en {unit} (chaque cercle peut descendre à {limit} sous zéro, sauf réglage contraire) :",
  "credit.row": "- « {circle} » : {balance} (limite {limit})",
  "credit.row_deep":
    "- « {circle} » : {balance} (limite {limit}) : très déficitaire ; lui acheter quelque chose est ce qui rééquilibre le pot commun",
  "credit.sum":
    "Somme de tous les soldes : {sum}. Chaque paiement débite un cercle et en crédite un autre, donc elle reste à zéro.",
  "credit.limit_circle":
    "Dans le crédit mutuel de « {federation} », « {circle} » peut désormais descendre à {limit} sous zéro, {authority}.",
  "credit.limit_all":
    "Dans le crédit mutuel de « {federation} » ({unit}), chaque cercle sans limite propre peut désormais descendre à {limit} sous zéro, {authority}.",
  "credit.digest_title":
    "Crédit mutuel : cercles très déficitaires, où un achat aiderait à équilibrer le pot commun :",
  "credit.digest_row": "- « {circle} » à {balance} sur sa limite de {limit}",

  "aid.request_line":
    "Demande #{id} de « {circle} » ({urgency}) : {what}{amount, select, none {} other {, {amount}}} pour le {by} [{status}]{progress, select, none {} other { ({progress})}}",
  "aid.offer_line":
    "Offre #{id} de « {circle} » : {what}{amount, select, none {} other { ({amount}{delivered, select, none {} other {, {delivered} livrés}})}} [{status}]",
  "aid.requested":
    "« {circle} » demande de l’aide ({urgency}), demande #{id} : {what}{amount, select, none {} other {, {amount}}} pour le {by}. Proposez avec /aid offer {id} <quoi> amount:<n> unit:<unité>.",
  "aid.request_posted": "La demande #{id} est publiée auprès de « {federation} » jusqu’au {by}.",
  "aid.offered":
    "« {circle} » propose {what}{amount, select, none {} other { ({amount})}} pour votre {target, select, reflection {retour d’expérience} other {demande}} #{target_id} : offre #{id}.{target, select, reflection {} other { Acceptez avec /aid accept {id}.}}",
  "aid.offer_made": "L’offre #{id} est faite à « {circle} ».",
  "aid.delivered":
    "Offre #{id} livrée{amount, select, none {} other { {amount}}}{entry, select, 0 {} other {, écriture #{entry} dans les comptes de « {giver} » et de « {receiver} »}}{authority, select, none {} other {, {authority}}}.{complete, select, yes { L’offre est honorée.} other {}}{request, select, 0 {} other { Demande #{request} : {progress}.}}",
  "aid.fulfilled_request":
    "La demande #{request} de « {circle} » est satisfaite : {progress}. La solidarité fonctionne.",
  "aid.now_fulfilled": "{progress}, elle est donc satisfaite",
  "aid.entry_memo":
    "aide : offre #{offer} ({what}){request, select, 0 {} other { pour la demande #{request}}}",
  "aid.not_money":
    "L’offre #{id} est en « {unit} », pas en argent que tiennent les comptes (une monnaie comme EUR, ou des heures) : marquez-la livrée avec /aid fulfilled {id}.",
  "aid.give_amount": "l’offre #{id} n’a pas de montant : dites combien a été donné, par ex. amount:150",
  "aid.progress": "{arrived} reçus sur {asked}",
  "aid.progress_open":
    "{count, plural, =0 {rien de livré pour l’instant} one {# livraison} other {# livraisons}}",
  "aid.over_delivery":
    "L’offre #{id} portait sur {offered} et il en reste {left} à livrer, pas {amount}. Davantage d’aide fait l’objet d’une nouvelle offre : /aid offer.",
};
