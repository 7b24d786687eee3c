import type { Readable } from "node:stream";
import type { Jura } from "../../app/jura.js";
import { t } from "../../core/i18n.js";
import { withDirectory } from "../../core/people-resolve.js";
import { visible } from "../../core/text.js";
import { directPlace, shellPerson, shellPlace } from "./identity.js";
import { MAX_LINE_LENGTH, readLines } from "./lines.js";
import type { ShellPrinter } from "./printer.js";
import { parseScriptLine } from "./script-line.js";

export interface ShellOptions {
  jura: Jura;
  input: Readable;
  printer: ShellPrinter;
  /** Who and where bare command lines run (`--as`, `--in`). */
  person: string;
  place: string;
  /** Shows a prompt and greets; off when reading a script. */
  interactive: boolean;
  /** Resolves once the announcements a command produced have been printed. */
  settle(): Promise<unknown>;
  /** Moves the virtual clock; undefined when the shell runs on real time. */
  advance?: (duration: string) => Promise<string | undefined>;
}

const SCRIPT_PLACE = "shell";

/**
 * Reads commands line by line until the input ends (or `stop()` is called), running each to
 * completion before the next so a script's transcript is deterministic. Returns the number of
 * internal failures (user mistakes are not failures).
 */
export function runShell(options: ShellOptions): { done: Promise<number>; stop(): void } {
  const { jura, printer } = options;
  const { lines, close } = readLines(options.input);
  const prompt = () => options.interactive && process.stdout.write("> ");
  const done = (async () => {
    let internalFailures = 0;
    prompt();
    for await (const line of lines) {
      if ("tooLong" in line) {
        printer.print(
          SCRIPT_PLACE,
          "error",
          t("shell.line_too_long", { length: line.tooLong, max: MAX_LINE_LENGTH }),
        );
        prompt();
        continue;
      }
      const parsed = parseScriptLine(line.text);
      if (parsed.kind === "skip") {
        prompt();
        continue;
      }
      if (parsed.kind === "invalid") {
        printer.print(SCRIPT_PLACE, "error", parsed.reason);
        prompt();
        continue;
      }
      if (parsed.kind === "advance") {
        const problem = options.advance
          ? await options.advance(parsed.duration)
          : "advance needs a virtual clock: start the shell with --clock <ISO time>.";
        if (problem) printer.print(SCRIPT_PLACE, "error", problem);
        prompt();
        continue;
      }
      const actor = shellPerson(parsed.person ?? options.person);
      const place = shellPlace(parsed.place ?? options.place);
      if (!actor || !place) {
        const what = actor
          ? `place “${visible(parsed.place ?? "")}”`
          : `person “${visible(parsed.person ?? "")}”`;
        printer.print(
          place ?? SCRIPT_PLACE,
          "error",
          `I cannot read the ${what}. Use names like alice and #general.`,
        );
        prompt();
        continue;
      }
      const direct = directPlace(actor);
      const outcome = await jura.handle({
        actor,
        place,
        text: parsed.text,
        resolveMention: withDirectory(shellPerson),
        resolvePlace: shellPlace,
        private: place === direct,
      });
      if (outcome.internal) internalFailures += 1;
      if (outcome.kind !== "duplicate")
        printer.print(outcome.private ? direct : place, outcome.kind, outcome.text);
      await options.settle();
      prompt();
    }
    return internalFailures;
  })();
  return { done, stop: close };
}
