import type { Translation } from "../translation.js";
import type { treasury as en } from "../treasury.js";

/**
 * Spanish messages of the treasury: amounts, books, budgets, common funds, the solidarity levy,
 * mutual credit, and aid amounts. Amounts arrive already formatted by ICU.
 */
export const treasury: Translation<typeof en> = {
  "money.not_an_amount":
    "“{value}” no es una cantidad: escribe cifras simples con como máximo un punto o una coma decimal, como 45, 45.80 o 45,80 (sin signo, espacios ni separadores de miles)",
  "money.too_many_decimals":
    "{unit} {scale, plural, =0 {no tiene decimales} one {tiene # decimal} other {tiene # decimales}}",
  "money.not_positive": "debe ser mayor que 0",
  "money.unknown_unit":
    "“{value}” no es una moneda que yo conozca (un código ISO 4217 como EUR, CHF, USD) ni horas",
  "money.hours": "{amount} {count, plural, one {hora} other {horas}}",
  "money.credits": "{amount} {count, plural, one {crédito} other {créditos}}",

  "treasury.by_treasurer": "anotado por {person}, tesorero/a de “{circle}”",
  "treasury.by_person": "por {person}",
  "treasury.no_federation":
    "“{circle}” no forma parte de una federación: los fondos comunes y el crédito mutuo son de una federación.",
  "treasury.overdraft_cash":
    "Rechazado: “{circle}” tiene {balance} en sus cuentas, así que no puede pagar {amount}. Anota primero lo que ha entrado (/ledger income), o paga menos.",
  "treasury.overdraft_fund": "Rechazado: el fondo “{fund}” tiene {balance}, así que no puede pagar {amount}.",
  "treasury.overdraft_credit":
    "Rechazado: “{circle}” está en {balance} de crédito mutuo, con un límite de {limit} bajo cero. Pagar {amount} lo llevaría a {after}, {over} por encima de su límite. La federación puede subir el límite con /credit limit.",

  "treasury.handover_item": "las cuentas: saldos y asuntos pendientes tal como se muestran",
  "treasury.handover_books":
    "Las cuentas en este relevo: {balances, select, none {todavía no hay nada anotado} other {{balances}}}. Asuntos pendientes: {open, select, none {ninguno} other {{open}}}.",
  "treasury.handover_credit": "crédito mutuo {balance}",
  "treasury.handover_fund": "fondo “{fund}” {balance}",
  "treasury.handover_budget": "presupuesto “{budget}”: quedan {left}",
  "treasury.handover_proposal": "propuesta #{id} ({title})",
  "treasury.handover_request": "solicitud de ayuda #{id} ({what}: {progress})",
  "treasury.handover_confirmed": "Confirmas las cuentas tal como están ahora: {books}",

  "ledger.income_recorded":
    "Asiento #{id} en el libro de cuentas de “{circle}”: {kind, select, donation {donación} other {ingreso}} de {amount} ({memo}), {authority}. Caja: {cash}.",
  "ledger.levy_applied":
    "Contribución solidaria, regla #{rule} de la federación ({rate} de las donaciones a círculos que tienen más de {threshold}): {amount} fue al fondo “{fund}”, en el mismo asiento.",
  "ledger.levy_not_applied":
    "Sin contribución solidaria: la regla #{rule} se aplica a círculos que tienen más de {threshold}, y este círculo tenía menos antes de la donación.",
  "fund.levy_received":
    "Contribución solidaria: el fondo “{fund}” recibió {amount} de una donación a “{circle}” (asiento #{id}; regla #{rule}: {rate} de las donaciones a círculos que tienen más de {threshold}).",
  "ledger.expense_recorded":
    "Asiento #{id} en el libro de cuentas de “{circle}”: gasto de {amount} ({memo}), {authority}. Caja: {cash}.",
  "ledger.entry_not_found": "No hay ningún asiento #{id} en las cuentas.",
  "ledger.reverse_reversal":
    "El asiento #{id} es en sí la anulación del asiento #{of}; para deshacerlo, anota de nuevo el asiento original.",
  "ledger.reverse_credit":
    "El asiento #{id} es un pago de crédito mutuo: no se anula, se devuelve con /credit pay (dentro de los límites).",
  "ledger.already_reversed": "El asiento #{id} ya fue anulado por el asiento #{by}.",
  "ledger.reversed": "El asiento #{id} anula el asiento #{of} ({kind}, {amount}): {why}. Hecho {authority}.",
  "ledger.kind_income": "ingreso",
  "ledger.kind_donation": "donación",
  "ledger.kind_expense": "gasto",
  "ledger.kind_fund_payment": "aportado a un fondo",
  "ledger.kind_fund_draw": "retirado de un fondo",
  "ledger.kind_aid": "ayuda",
  "ledger.kind_credit": "crédito mutuo",
  "ledger.kind_reversal": "anulación",
  "ledger.books_title":
    "Cuentas de “{circle}” (conceptos de las líneas {memos, select, internal {internos al círculo; totales abiertos a la federación} other {abiertos a la federación}}):",
  "ledger.books_empty": "Todavía no hay nada anotado.",
  "ledger.totals":
    "{unit}: caja {cash} · ingresos {income} · gastos {expenses} · fondos, contribuciones y ayuda {transfers}",
  "ledger.keeper":
    "Tesorería: {treasurer, select, none {nadie (crea una rotación: /rotation create treasurer every:…)} other {{treasurer}}} · puede gastar sin consultar hasta: {limits, select, none {nada todavía (/ledger set threshold:… unit:…)} other {{limits}}}",
  "ledger.latest": "Últimos asientos:",
  "ledger.fund_named": "el fondo “{fund}”",
  "ledger.row":
    "#{id} {date} {kind} {amount}{counterpart, select, none {} other { con {counterpart}}} (por {by})",
  "ledger.row_levy": " · contribución solidaria {amount} (regla #{rule})",
  "ledger.row_levy_only": " · contribución solidaria (regla #{rule})",
  "ledger.memo_internal": ": (concepto interno)",
  "ledger.row_receipt": " · recibo {receipt}",
  "ledger.row_reverses": " · anula #{id}",
  "ledger.row_reversed": " · anulado por #{id}",
  "ledger.export_truncated":
    "(Solo las últimas {max} líneas: exporta un periodo con from: y until: para el resto.)",
  "ledger.threshold_unit": "indica también la unidad del umbral, p. ej. unit:EUR",
  "ledger.setting_threshold": "su tesorero/a puede anotar gastos de hasta {amount} sin consultar",
  "ledger.setting_memos":
    "los conceptos de las líneas son {memos, select, internal {internos al círculo (los totales siguen abiertos)} other {abiertos a la federación}}",
  "ledger.nothing_to_set": "Nada que cambiar: indica threshold:… unit:…, o memos:internal o memos:open.",
  "ledger.settings_changed": "“{circle}” lleva ahora sus cuentas así, {authority}: {changes}.",

  "budget.not_found": "“{circle}” no tiene ningún presupuesto llamado “{name}”.",
  "budget.no_line":
    "“{circle}” no tiene ninguna partida “{line}” en {unit}. Sus presupuestos en {unit}: {known}. Fija una con /ledger budget.",
  "budget.line_left": "Presupuesto “{budget}”, partida “{line}”: quedan {left} de {planned}.",
  "budget.line_over":
    "Presupuesto “{budget}”, partida “{line}”: {left} por encima de los {planned} previstos.",
  "budget.line": "{line}: {spent} gastados de {planned}, quedan {left}",
  "budget.summary": "Presupuesto “{budget}” ({unit}): {lines}",
  "budget.lines_format":
    "escribe cada partida como un nombre y una cantidad, separadas por |, por ejemplo: alquiler 300 | imprenta 45.50",
  "budget.too_many_lines": "como máximo {max} partidas",
  "budget.line_twice": "la partida “{line}” aparece dos veces",
  "budget.other_unit": "El presupuesto “{budget}” está en {unit}; indica sus partidas en {unit}.",
  "budget.set": "Presupuesto “{budget}” de “{circle}”, {authority}: {lines} ({total} en total).",

  "fund.not_found": "“{federation}” no tiene ningún fondo llamado “{name}”. Sus fondos: {known}.",
  "fund.exists": "“{federation}” ya tiene un fondo llamado “{fund}”.",
  "fund.created":
    "El fondo común “{fund}” de “{federation}” está abierto, en {unit}, {authority}. Propósito: {purpose}. Los círculos aportan con /fund pay; retirar de él es una decisión de la federación (/fund draw).",
  "fund.other_unit": "El fondo “{fund}” está en {unit}, no en {given}.",
  "fund.paid":
    "Asiento #{id}: “{circle}” aportó {amount} al fondo “{fund}” de “{federation}”, {authority}. El fondo tiene {balance}.",
  "fund.drawn":
    "Asiento #{id}: el fondo “{fund}” de “{federation}” pagó {amount} a “{circle}” ({memo}), {authority}. El fondo tiene {balance}.",
  "fund.show": "Fondo “{fund}” de “{federation}”: tiene {balance}. Propósito: {purpose}.",
  "fund.levy_rule":
    "Alimentado por la regla de contribución solidaria #{rule}: {rate} de las donaciones a círculos que tienen más de {threshold}.",
  "fund.history": "Todos los movimientos, del más reciente al más antiguo:",
  "fund.no_history": "Todavía no hay movimientos.",
  "fund.federation_title":
    "Fondos comunes de “{federation}” ({count, plural, =0 {ninguno todavía: /fund create} one {# fondo} other {# fondos}}):",
  "fund.list_row": "- “{fund}”: {balance}",
  "fund.levy_row":
    "Regla de contribución solidaria #{rule}: {rate} de cada donación a un círculo que tiene más de {threshold} va a “{fund}”.",
  "fund.levy_rate": "una proporción como 5% o 2.5%, como máximo {max}",
  "fund.levy_set":
    "Contribución solidaria de “{federation}”, {authority}: regla #{rule}, {rate} de cada donación anotada por un círculo que tiene más de {threshold} va al fondo “{fund}”, como línea del mismo asiento.{previous, select, 0 {} other { Sustituye a la regla #{previous}.}}",
  "fund.levy_ended":
    "“{federation}” termina su contribución solidaria en {unit} (regla #{previous}), {authority}.",
  "fund.no_levy": "“{federation}” no tiene ninguna contribución solidaria en {unit} que terminar.",

  "credit.self": "“{circle}” no puede pagarse a sí mismo.",
  "credit.no_pool":
    "“{federation}” todavía no tiene crédito mutuo: la federación lo abre fijando el límite, p. ej. /credit limit {federation} 100.",
  "credit.unit_fixed":
    "El crédito mutuo de “{federation}” se lleva en {unit} y ya hay pagos: su unidad ya no puede cambiar.",
  "credit.paid":
    "Asiento #{id}: “{circle}” pagó {amount} a “{payee}” en el crédito mutuo de “{federation}” ({memo, select, none {sin concepto} other {{memo}}}), {authority}. “{circle}” está ahora en {balance} (límite {limit} bajo cero), “{payee}” en {payeeBalance}.",
  "credit.standing": "Crédito mutuo en “{federation}”: {balance} (límite {limit} bajo cero).",
  "credit.balance_title":
    "Crédito mutuo de “{federation}”, en {unit} (cada círculo puede bajar a {limit} bajo cero salvo que se fije otra cosa):",
  "credit.row": "- “{circle}”: {balance} (límite {limit})",
  "credit.row_deep":
    "- “{circle}”: {balance} (límite {limit}): en déficit profundo; comprarle es lo que reequilibra el conjunto",
  "credit.sum":
    "Suma de todos los saldos: {sum}. Cada pago carga a un círculo y abona a otro, así que se queda en cero.",
  "credit.limit_circle":
    "En el crédito mutuo de “{federation}”, “{circle}” puede ahora bajar a {limit} bajo cero, {authority}.",
  "credit.limit_all":
    "En el crédito mutuo de “{federation}” ({unit}), cada círculo sin límite propio puede ahora bajar a {limit} bajo cero, {authority}.",
  "credit.digest_title":
    "Crédito mutuo: círculos en déficit profundo, donde una compra ayudaría a equilibrar el conjunto:",
  "credit.digest_row": "- “{circle}” en {balance} de su límite de {limit}",

  "aid.request_line":
    "Solicitud #{id} de “{circle}” ({urgency}): {what}{amount, select, none {} other {, {amount}}} para el {by} [{status}]{progress, select, none {} other { ({progress})}}",
  "aid.offer_line":
    "Oferta #{id} de “{circle}”: {what}{amount, select, none {} other { ({amount}{delivered, select, none {} other {, {delivered} entregados}})}} [{status}]",
  "aid.requested":
    "“{circle}” pide ayuda ({urgency}), solicitud #{id}: {what}{amount, select, none {} other {, {amount}}} para el {by}. Ofrece con /aid offer {id} <qué> amount:<n> unit:<unidad>.",
  "aid.request_posted": "La solicitud #{id} se ha publicado en “{federation}” hasta el {by}.",
  "aid.offered":
    "“{circle}” ofrece {what}{amount, select, none {} other { ({amount})}} para tu {target, select, reflection {reflexión} other {solicitud}} #{target_id}: oferta #{id}.{target, select, reflection {} other { Acéptala con /aid accept {id}.}}",
  "aid.offer_made": "La oferta #{id} se ha hecho a “{circle}”.",
  "aid.delivered":
    "Oferta #{id} entregada{amount, select, none {} other { {amount}}}{entry, select, 0 {} other {, asiento #{entry} en las cuentas de “{giver}” y “{receiver}”}}{authority, select, none {} other {, {authority}}}.{complete, select, yes { La oferta está cumplida.} other {}}{request, select, 0 {} other { Solicitud #{request}: {progress}.}}",
  "aid.fulfilled_request":
    "La solicitud #{request} de “{circle}” está cumplida: {progress}. La solidaridad funciona.",
  "aid.now_fulfilled": "{progress}, así que está cumplida",
  "aid.entry_memo":
    "ayuda: oferta #{offer} ({what}){request, select, 0 {} other { para la solicitud #{request}}}",
  "aid.not_money":
    "La oferta #{id} está en “{unit}”, no en dinero que lleven las cuentas (una moneda como EUR, u horas): márcala como entregada con /aid fulfilled {id}.",
  "aid.give_amount": "la oferta #{id} no tiene cantidad: di cuánto se dio, p. ej. amount:150",
  "aid.progress": "han llegado {arrived} de {asked}",
  "aid.progress_open": "{count, plural, =0 {nada entregado todavía} one {# entrega} other {# entregas}}",
  "aid.over_delivery":
    "La oferta #{id} era de {offered} y quedan {left} por entregar, no {amount}. Más ayuda es una oferta nueva: /aid offer.",
};
