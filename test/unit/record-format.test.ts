import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { OpenRecord } from "../../src/core/record-export.js";
import { recordJson, tableCsv } from "../../src/core/record-format.js";

const record = (rows: Array<Array<string | number | boolean | null>>): OpenRecord => ({
  scope: { kind: "circle", name: "Bakery", timezone: "UTC" },
  generatedAt: "2026-12-02T00:00:00.000Z",
  tables: [{ name: "t", columns: ["a", "b"], rows }],
});

describe("a record table as CSV", () => {
  it("disarms what a spreadsheet would run, and leaves handles and signed amounts as they are", () => {
    const csv =
      tableCsv(
        record([
          ["=HYPERLINK(1)", "-100.00"],
          ["-1+2", "@bob"],
          ["+41 79", "@bob hi"],
          ["\tx", -3],
          [true, null],
        ]),
        "t",
      ) ?? "";
    expect(parse(csv)).toEqual([
      ["a", "b"],
      ["'=HYPERLINK(1)", "-100.00"],
      ["'-1+2", "@bob"],
      ["'+41 79", "'@bob hi"],
      ["'\tx", "-3"],
      ["yes", ""],
    ]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(tableCsv(record([]), "missing")).toBeUndefined();
  });

  it("keys JSON rows by column, with nothing disarmed (JSON is not run)", () => {
    const json = JSON.parse(recordJson(record([["=1", null]])));
    expect(json.t).toEqual([{ a: "=1", b: null }]);
    expect(json.scope.name).toBe("Bakery");
  });
});
