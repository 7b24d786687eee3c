import { DateTime } from "luxon";
import type { JournalEntry } from "./ledger.js";
import { toDecimal, unitOfCode } from "./money.js";
import type { BookLine } from "./treasury-ports.js";

/** The columns of a ledger export, one row per journal line of the books exported. */
export const CSV_HEADER = [
  "entry",
  "date",
  "kind",
  "account",
  "unit",
  "amount",
  "memo",
  "receipt",
  "budget_line",
  "levy_rule",
  "reverses",
  "reversed_by",
  "recorded_by",
  "proposal",
] as const;

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (starting with = + - @ or a tab) is prefixed with a quote
 * mark, so an export opened in a spreadsheet never executes what someone typed as a memo.
 */
export function csvField(value: string, text = true): string {
  let field = value;
  if (text && /^[=+\-@\t\r]/.test(field)) field = `'${field}`;
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

export interface CsvOptions {
  zone: string;
  /** Circles whose memos and receipts are left out (`(internal)`), see hiddenMemos. */
  hidden: ReadonlySet<number>;
  /** How an account is named in the export: `cash`, `fund:Strike support`… */
  accountName(line: BookLine): string;
  /** Budget line names by id. */
  budgetLines: ReadonlyMap<number, string>;
}

/** The lines, oldest first, as CSV text with a header; amounts are exact decimals with a point. */
export function ledgerCsv(lines: readonly BookLine[], options: CsvOptions): string {
  const rows = [CSV_HEADER.join(",")];
  const ordered = [...lines].sort((a, b) => a.entryId - b.entryId || a.accountId - b.accountId);
  // The lines of one entry share its moment: format it once (luxon is the costly part of an export).
  const dates = new Map<number, string>();
  const dateOf = (at: Date) => {
    let text = dates.get(at.getTime());
    if (text === undefined) {
      text = DateTime.fromJSDate(at, { zone: options.zone }).toISO({ suppressMilliseconds: true }) ?? "";
      dates.set(at.getTime(), text);
    }
    return text;
  };
  for (const line of ordered) {
    const unit = unitOfCode(line.account.unit);
    const shown = line.entryCircleId === null || !options.hidden.has(line.entryCircleId);
    rows.push(
      [
        String(line.entryId),
        dateOf(line.recordedAt),
        line.kind,
        csvField(options.accountName(line)),
        line.account.unit,
        toDecimal(line.amount, unit.scale),
        csvField(shown ? line.memo : line.memo ? "(internal)" : ""),
        csvField(shown ? (line.receipt ?? "") : ""),
        csvField(line.budgetLineId === null ? "" : (options.budgetLines.get(line.budgetLineId) ?? "")),
        line.levyRuleId === null ? "" : String(line.levyRuleId),
        line.reverses === null ? "" : String(line.reverses),
        line.reversedBy === null ? "" : String(line.reversedBy),
        csvField(line.recordedBy),
        line.proposalId === null ? "" : String(line.proposalId),
      ].join(","),
    );
  }
  return `${rows.join("\n")}\n`;
}

export type { JournalEntry };
