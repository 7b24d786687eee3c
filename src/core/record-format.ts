import { stringify } from "csv-stringify/sync";
import type { OpenRecord } from "./record-export.js";

/**
 * A record table as RFC 4180 CSV (csv-stringify): a header row, CRLF line ends, fields quoted
 * when needed. A text that a spreadsheet would run as a formula (starting with =, +, -, @, a
 * tab or a carriage return) gets a leading apostrophe, so an export never runs what someone
 * typed; a lone handle (`@bob`) and a plain signed decimal (`-100.00`, an amount) are left alone.
 */
export function tableCsv(record: OpenRecord, name: string): string | undefined {
  const table = record.tables.find((tb) => tb.name === name);
  if (!table) return undefined;
  const safe = (value: string | number | boolean | null) =>
    typeof value === "string" &&
    /^[=+\-@\t\r]/.test(value) &&
    !HANDLE_ONLY.test(value) &&
    !DECIMAL.test(value)
      ? `'${value}`
      : value;
  return stringify([[...table.columns], ...table.rows.map((row) => row.map(safe))], {
    record_delimiter: "windows",
    cast: { boolean: (b) => (b ? "yes" : "no") },
  });
}

/** A handle alone (`@bob`, `@a:server`): no operator or call, so no formula; kept as it is. */
const HANDLE_ONLY = /^@[\p{L}\p{N}_.:]+$/u;

/** A signed decimal number and nothing else: a spreadsheet reads it as a number, never a formula. */
const DECIMAL = /^-\d+(\.\d+)?$/;

/** The record as JSON: each table as a list of objects keyed by column. */
export function recordJson(record: OpenRecord): string {
  const tables = Object.fromEntries(
    record.tables.map((tb) => [
      tb.name,
      tb.rows.map((row) => Object.fromEntries(tb.columns.map((column, i) => [column, row[i] ?? null]))),
    ]),
  );
  return `${JSON.stringify({ scope: record.scope, generatedAt: record.generatedAt, ...tables }, null, 2)}\n`;
}
