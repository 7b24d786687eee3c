/**
 * English messages of the treasury: amounts, books, budgets, common funds, the solidarity levy,
 * mutual credit, and aid amounts. Amounts arrive already formatted by ICU (money.ts formats each
 * in its own currency's way: `€1,234.50`, `CHF 12.00`, `¥500`, `1.5 hours`).
 */
export const treasury = {
  "money.not_an_amount":
    "“{value}” is not an amount: write plain digits with at most one decimal point or comma, such as 45, 45.80 or 45,80 (no sign, spaces or thousands separators)",
  "money.too_many_decimals":
    "{unit} has {scale, plural, =0 {no decimals} one {# decimal} other {# decimals}}",
  "money.not_positive": "must be more than 0",
  "money.unknown_unit":
    "“{value}” is not a currency I know (an ISO 4217 code such as EUR, CHF, USD) nor hours",
  "money.hours": "{amount} {count, plural, one {hour} other {hours}}",
  "money.credits": "{amount} {count, plural, one {credit} other {credits}}",

  "treasury.by_treasurer": "recorded by {person}, treasurer of “{circle}”",
  "treasury.by_person": "by {person}",
  "treasury.no_federation":
    "“{circle}” is not part of a federation: common funds and mutual credit are a federation's.",
  "treasury.overdraft_cash":
    "Refused: “{circle}” holds {balance} in its books, so it cannot pay out {amount}. Record what came in first (/ledger income), or pay less.",
  "treasury.overdraft_fund": "Refused: the fund “{fund}” holds {balance}, so it cannot pay out {amount}.",
  "treasury.overdraft_credit":
    "Refused: “{circle}” is at {balance} in mutual credit, with a limit of {limit} below zero. Paying {amount} would take it to {after}, {over} past its limit. The federation can raise the limit with /credit limit.",

  "treasury.handover_item": "the books: balances and open items as shown",
  "treasury.handover_books":
    "The books at this handover: {balances, select, none {nothing recorded yet} other {{balances}}}. Open items: {open, select, none {none} other {{open}}}.",
  "treasury.handover_credit": "mutual credit {balance}",
  "treasury.handover_fund": "fund “{fund}” {balance}",
  "treasury.handover_budget": "budget “{budget}” {left} left",
  "treasury.handover_proposal": "proposal #{id} ({title})",
  "treasury.handover_request": "aid request #{id} ({what}: {progress})",
  "treasury.handover_confirmed": "You confirm the books as they stand now: {books}",

  "ledger.income_recorded":
    "Entry #{id} in the books of “{circle}”: {kind, select, donation {donation} other {income}} of {amount} ({memo}), {authority}. Cash: {cash}.",
  "ledger.levy_applied":
    "Solidarity levy, rule #{rule} of the federation ({rate} of donations to circles holding more than {threshold}): {amount} of it went to the fund “{fund}”, in the same entry.",
  "ledger.levy_not_applied":
    "No solidarity levy: rule #{rule} applies to circles holding more than {threshold}, and this circle held less before the donation.",
  "fund.levy_received":
    "Solidarity levy: the fund “{fund}” received {amount} from a donation to “{circle}” (entry #{id}; rule #{rule}: {rate} of donations to circles holding more than {threshold}).",
  "ledger.expense_recorded":
    "Entry #{id} in the books of “{circle}”: expense of {amount} ({memo}), {authority}. Cash: {cash}.",
  "ledger.entry_not_found": "There is no entry #{id} in the books.",
  "ledger.reverse_reversal":
    "Entry #{id} is itself the reversal of entry #{of}; to undo it, record the original entry again.",
  "ledger.reverse_credit":
    "Entry #{id} is a mutual-credit payment: it is not reversed, it is paid back with /credit pay (within the limits).",
  "ledger.already_reversed": "Entry #{id} was already reversed by entry #{by}.",
  "ledger.reversed": "Entry #{id} reverses entry #{of} ({kind}, {amount}): {why}. Done {authority}.",
  "ledger.kind_income": "income",
  "ledger.kind_donation": "donation",
  "ledger.kind_expense": "expense",
  "ledger.kind_fund_payment": "paid into a fund",
  "ledger.kind_fund_draw": "drawn from a fund",
  "ledger.kind_aid": "aid",
  "ledger.kind_credit": "mutual credit",
  "ledger.kind_reversal": "reversal",
  "ledger.books_title":
    "Books of “{circle}” (line memos {memos, select, internal {kept internal to the circle; totals open to the federation} other {open to the federation}}):",
  "ledger.books_empty": "Nothing recorded yet.",
  "ledger.totals":
    "{unit}: cash {cash} · income {income} · expenses {expenses} · funds, levies and aid {transfers}",
  "ledger.keeper":
    "Treasurer: {treasurer, select, none {none (rotate one: /rotation create treasurer every:…)} other {{treasurer}}} · may spend alone up to: {limits, select, none {nothing yet (/ledger set threshold:… unit:…)} other {{limits}}}",
  "ledger.latest": "Latest entries:",
  "ledger.fund_named": "the fund “{fund}”",
  "ledger.row":
    "#{id} {date} {kind} {amount}{counterpart, select, none {} other { with {counterpart}}} (by {by})",
  "ledger.row_levy": " · solidarity levy {amount} (rule #{rule})",
  "ledger.row_levy_only": " · solidarity levy (rule #{rule})",
  "ledger.memo_internal": ": (memo kept internal)",
  "ledger.row_receipt": " · receipt {receipt}",
  "ledger.row_reverses": " · reverses #{id}",
  "ledger.row_reversed": " · reversed by #{id}",
  "ledger.export_truncated":
    "(Only the latest {max} lines: export a period with from: and until: for the rest.)",
  "ledger.threshold_unit": "say the threshold's unit too, e.g. unit:EUR",
  "ledger.setting_threshold": "its treasurer may record expenses up to {amount} alone",
  "ledger.setting_memos":
    "line memos are {memos, select, internal {kept internal to the circle (totals stay open)} other {open to the federation}}",
  "ledger.nothing_to_set": "Nothing to change: give threshold:… unit:…, or memos:internal or memos:open.",
  "ledger.settings_changed": "“{circle}” keeps its books this way now, {authority}: {changes}.",

  "budget.not_found": "“{circle}” has no budget named “{name}”.",
  "budget.no_line":
    "“{circle}” has no budget line “{line}” in {unit}. Its budgets in {unit}: {known}. Set one with /ledger budget.",
  "budget.line_left": "Budget “{budget}”, line “{line}”: {left} of {planned} left.",
  "budget.line_over": "Budget “{budget}”, line “{line}”: {left} over the {planned} planned.",
  "budget.line": "{line}: {spent} of {planned} spent, {left} left",
  "budget.summary": "Budget “{budget}” ({unit}): {lines}",
  "budget.lines_format":
    "write each line as a name and an amount, separated by |, such as: rent 300 | printing 45.50",
  "budget.too_many_lines": "at most {max} lines",
  "budget.line_twice": "the line “{line}” is given twice",
  "budget.other_unit": "The budget “{budget}” is in {unit}; give its lines in {unit}.",
  "budget.set": "Budget “{budget}” of “{circle}”, {authority}: {lines} ({total} in all).",

  "fund.not_found": "“{federation}” has no fund named “{name}”. Its funds: {known}.",
  "fund.exists": "“{federation}” already has a fund named “{fund}”.",
  "fund.created":
    "Common fund “{fund}” of “{federation}” is open, in {unit}, {authority}. Purpose: {purpose}. Circles pay in with /fund pay; drawing on it is a federation decision (/fund draw).",
  "fund.other_unit": "The fund “{fund}” holds {unit}, not {given}.",
  "fund.paid":
    "Entry #{id}: “{circle}” paid {amount} into the fund “{fund}” of “{federation}”, {authority}. The fund holds {balance}.",
  "fund.drawn":
    "Entry #{id}: the fund “{fund}” of “{federation}” paid {amount} to “{circle}” ({memo}), {authority}. The fund holds {balance}.",
  "fund.show": "Fund “{fund}” of “{federation}”: holds {balance}. Purpose: {purpose}.",
  "fund.levy_rule":
    "Fed by solidarity levy rule #{rule}: {rate} of donations to circles holding more than {threshold}.",
  "fund.history": "Every movement, newest first:",
  "fund.no_history": "No movements yet.",
  "fund.federation_title":
    "Common funds of “{federation}” ({count, plural, =0 {none yet: /fund create} one {# fund} other {# funds}}):",
  "fund.list_row": "- “{fund}”: {balance}",
  "fund.levy_row":
    "Solidarity levy rule #{rule}: {rate} of each donation to a circle holding more than {threshold} goes to “{fund}”.",
  "fund.levy_rate": "a share such as 5% or 2.5%, at most {max}",
  "fund.levy_set":
    "Solidarity levy of “{federation}”, {authority}: rule #{rule}, {rate} of each donation recorded by a circle holding more than {threshold} goes to the fund “{fund}”, as a line of the same entry.{previous, select, 0 {} other { It replaces rule #{previous}.}}",
  "fund.levy_ended": "“{federation}” ends its solidarity levy on {unit} (rule #{previous}), {authority}.",
  "fund.no_levy": "“{federation}” has no solidarity levy on {unit} to end.",

  "credit.self": "“{circle}” cannot pay itself.",
  "credit.no_pool":
    "“{federation}” has no mutual credit yet: the federation opens it by setting the limit, e.g. /credit limit {federation} 100.",
  "credit.unit_fixed":
    "The mutual credit of “{federation}” is kept in {unit} and payments were made: its unit can no longer change.",
  "credit.paid":
    "Entry #{id}: “{circle}” paid {amount} to “{payee}” in the mutual credit of “{federation}” ({memo, select, none {no memo} other {{memo}}}), {authority}. “{circle}” is now at {balance} (limit {limit} below zero), “{payee}” at {payeeBalance}.",
  "credit.standing": "Mutual credit in “{federation}”: {balance} (limit {limit} below zero).",
  "credit.balance_title":
    "Mutual credit of “{federation}”, in {unit} (each circle may go {limit} below zero unless set otherwise):",
  "credit.row": "- “{circle}”: {balance} (limit {limit})",
  "credit.row_deep":
    "- “{circle}”: {balance} (limit {limit}): deep in deficit; buying from them is how the pool rebalances",
  "credit.sum":
    "Sum of all balances: {sum}. Every payment debits one circle and credits another, so it stays zero.",
  "credit.limit_circle":
    "In the mutual credit of “{federation}”, “{circle}” may now go {limit} below zero, {authority}.",
  "credit.limit_all":
    "In the mutual credit of “{federation}” ({unit}), every circle without a limit of its own may now go {limit} below zero, {authority}.",
  "credit.digest_title":
    "Mutual credit: circles deep in deficit, where a purchase would help balance the pool:",
  "credit.digest_row": "- “{circle}” at {balance} of its {limit} limit",

  "aid.request_line":
    "Request #{id} of “{circle}” ({urgency}): {what}{amount, select, none {} other {, {amount}}} by {by} [{status}]{progress, select, none {} other { ({progress})}}",
  "aid.offer_line":
    "Offer #{id} from “{circle}”: {what}{amount, select, none {} other { ({amount}{delivered, select, none {} other {, {delivered} delivered}})}} [{status}]",
  "aid.requested":
    "“{circle}” asks for help ({urgency}), request #{id}: {what}{amount, select, none {} other {, {amount}}} by {by}. Offer with /aid offer {id} <what> amount:<n> unit:<unit>.",
  "aid.request_posted": "Request #{id} is posted to “{federation}” until {by}.",
  "aid.offered":
    "“{circle}” offers {what}{amount, select, none {} other { ({amount})}} for your {target, select, reflection {reflection} other {request}} #{target_id}: offer #{id}.{target, select, reflection {} other { Accept with /aid accept {id}.}}",
  "aid.offer_made": "Offer #{id} is made to “{circle}”.",
  "aid.delivered":
    "Offer #{id} delivered{amount, select, none {} other { {amount}}}{entry, select, 0 {} other {, entry #{entry} in the books of “{giver}” and “{receiver}”}}{authority, select, none {} other {, {authority}}}.{complete, select, yes { The offer is fulfilled.} other {}}{request, select, 0 {} other { Request #{request}: {progress}.}}",
  "aid.fulfilled_request": "Request #{request} of “{circle}” is fulfilled: {progress}. Solidarity works.",
  "aid.now_fulfilled": "{progress}, so it is fulfilled",
  "aid.entry_memo": "aid: offer #{offer} ({what}){request, select, 0 {} other { for request #{request}}}",
  "aid.not_money":
    "Offer #{id} is in “{unit}”, not money the books keep (a currency such as EUR, or hours): mark it delivered with /aid fulfilled {id}.",
  "aid.give_amount": "offer #{id} has no amount: say how much was given, e.g. amount:150",
  "aid.progress": "{arrived} of {asked} arrived",
  "aid.progress_open": "{count, plural, =0 {nothing delivered yet} one {# delivery} other {# deliveries}}",
  "aid.over_delivery":
    "Offer #{id} was for {offered} and {left} of it is left to deliver, not {amount}. More help is a new offer: /aid offer.",
} as const;
