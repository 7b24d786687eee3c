/**
 * One line of a shell script:
 *   `as <person> in <place>: <command>`   run a command as someone, somewhere
 *   `<command>`                           run it as the current person and place (interactive use)
 *   `advance <duration>`                  move the virtual clock (`--clock`) and run what falls due
 *   blank lines and `# comments`          ignored
 */
export type ScriptLine =
  | { kind: "skip" }
  | { kind: "command"; person?: string; place?: string; text: string }
  | { kind: "advance"; duration: string }
  | { kind: "invalid"; reason: string };

/** Places may contain colons (`matrix:!room:server`), so the command starts after the first `: `. */
const AS_IN = /^as\s+(\S+)\s+in\s+(\S+?)\s*:\s+(.*)$/is;
/** Without a space after the colon, the place is everything up to the first colon (`#x:help`). */
const AS_IN_TIGHT = /^as\s+(\S+)\s+in\s+([^:\s]+):(.*)$/is;

export function parseScriptLine(line: string): ScriptLine {
  const text = line.trim();
  if (text === "" || text.startsWith("#")) return { kind: "skip" };
  const advance = /^advance\s+(\S.*)$/i.exec(text);
  if (advance) return { kind: "advance", duration: advance[1] ?? "" };
  if (/^as\s/i.test(text)) {
    const match = AS_IN.exec(text) ?? AS_IN_TIGHT.exec(text);
    if (!match) return { kind: "invalid", reason: "Write it as: as <person> in <place>: <command>" };
    return { kind: "command", person: match[1] ?? "", place: match[2] ?? "", text: match[3] ?? "" };
  }
  return { kind: "command", text };
}
