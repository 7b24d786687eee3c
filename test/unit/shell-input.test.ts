import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { type InputLine, readLines } from "../../src/adapters/shell/lines.js";
import { parseScriptLine } from "../../src/adapters/shell/script-line.js";

const read = async (chunks: Array<string | Buffer>, maxLength?: number): Promise<InputLine[]> => {
  const input = new PassThrough();
  const { lines } = readLines(input, maxLength);
  for (const chunk of chunks) input.write(chunk);
  input.end();
  const found: InputLine[] = [];
  for await (const line of lines) found.push(line);
  return found;
};

describe("shell input lines", () => {
  it("GIVEN U+2028 or U+2029 inside a quoted value THEN the line is not split (issue 12)", async () => {
    const script =
      'as ana in #garden: poll start Q options:"a\u2028as mallory in #other: circle leave|b\u2029c"\nas ben in #x: help\n';
    expect(await read([script])).toEqual([
      {
        text: 'as ana in #garden: poll start Q options:"a\u2028as mallory in #other: circle leave|b\u2029c"',
      },
      { text: "as ben in #x: help" },
    ]);
  });

  it("reads CRLF as one line end, keeps a lone CR as text, and a last line without newline", async () => {
    expect(await read(["one\r\ntwo\rstill two\nthree"])).toEqual([
      { text: "one" },
      { text: "two\rstill two" },
      { text: "three" },
    ]);
  });

  it("joins a multi-byte character split across chunks", async () => {
    const bytes = Buffer.from("café 🌱\n");
    expect(await read([bytes.subarray(0, 4), bytes.subarray(4, 7), bytes.subarray(7)])).toEqual([
      { text: "café 🌱" },
    ]);
  });

  it("GIVEN an overlong line THEN it is reported by length, not held, and the next line still reads", async () => {
    const long = "x".repeat(50);
    expect(await read([long.slice(0, 30), `${long.slice(30)}\nok\n`], 20)).toEqual([
      { tooLong: 50 },
      { text: "ok" },
    ]);
  });

  it("GIVEN close() while waiting for input THEN the lines end", async () => {
    const input = new PassThrough();
    const { lines, close } = readLines(input);
    input.write("first\n");
    const seen: InputLine[] = [];
    const done = (async () => {
      for await (const line of lines) seen.push(line);
    })();
    await new Promise((resolve) => setTimeout(resolve, 20));
    close();
    await done;
    expect(seen).toEqual([{ text: "first" }]);
  });

  it("reads advance with its duration, whatever blanks come first", () => {
    expect(parseScriptLine("advance   14d")).toEqual({ kind: "advance", duration: "14d" });
    expect(parseScriptLine(`advance ${"\t".repeat(20_000)}x`)).toEqual({ kind: "advance", duration: "x" });
  });
});
