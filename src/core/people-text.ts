import { isPersonId, type PersonId, type Platform, TOKEN_CLOSE, TOKEN_OPEN } from "./ids.js";
import { accountOf, type PeopleBook, plainName } from "./people.js";

/**
 * The one rendering step every text takes on its way out of Jura, in two halves: this file cuts
 * a core text into pieces (plain text, people, commands), and each surface turns the pieces
 * into its own markup (Discord mentions and command mentions, Matrix pills and `!jura`, plain
 * names for polls, events, exports, pages and the shell). Sentences are never rewritten: the
 * core writes people as tokens (`displayPerson`) and commands Discord-style (`/group sub`),
 * whatever language the catalogue speaks.
 */
export type Piece =
  | { kind: "text"; text: string }
  /** `code`: inside a `code span` (Discord shows markup there as it is). */
  | { kind: "person"; id: PersonId; code: boolean }
  | { kind: "command"; group: string; sub: string | undefined; code: boolean };

/** The commands a text may name: each group and its subcommands ("" for a single-command group). */
export type CommandNames = ReadonlyMap<string, ReadonlySet<string>>;

/** A token is at most this long; a bracket without its close within it is text. */
const MAX_TOKEN = 300;
/** `@1577…` as older texts (and Discord users) write a Discord person. */
const LEGACY_DISCORD = /^@(\d{15,25})(?!\d)/;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const COMMAND_BEFORE = /[\s(“"'`]/;
const LOWER_WORD = /^[a-z][a-z-]{0,31}/;

/**
 * The pieces of a text, in one pass (linear in its length): person tokens (and legacy
 * `@<Discord id>` mentions), commands written `/group sub` (only groups in `commands`), and the
 * text between them. A bracket that opens no valid token stays text (surfaces strip it).
 */
export function piecesOf(text: string, commands: CommandNames = new Map()): Piece[] {
  const pieces: Piece[] = [];
  let plain = "";
  let code = false;
  const flush = () => {
    if (plain !== "") pieces.push({ kind: "text", text: plain });
    plain = "";
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (ch === "`") {
      code = !code;
      plain += ch;
      i++;
      continue;
    }
    if (ch === TOKEN_OPEN) {
      const close = text.indexOf(TOKEN_CLOSE, i + 1);
      const id = close > i && close - i <= MAX_TOKEN ? text.slice(i + 1, close) : "";
      if (isPersonId(id)) {
        flush();
        pieces.push({ kind: "person", id, code });
        i = close + 1;
        continue;
      }
    }
    const before = i === 0 ? "" : (text[i - 1] ?? "");
    if (ch === "@" && !WORD_CHAR.test(before) && before !== "<" && before !== "@") {
      const legacy = LEGACY_DISCORD.exec(text.slice(i, i + 27));
      if (legacy?.[1]) {
        flush();
        pieces.push({ kind: "person", id: `discord:${legacy[1]}`, code });
        i += legacy[0].length;
        continue;
      }
    }
    if (ch === "/" && (i === 0 || COMMAND_BEFORE.test(before) || before === "\n")) {
      const found = commandAt(text, i + 1, commands);
      if (found) {
        flush();
        pieces.push({ kind: "command", group: found.group, sub: found.sub, code });
        i = found.end;
        continue;
      }
    }
    plain += ch;
    i++;
  }
  flush();
  return pieces;
}

/** `group sub` right after a slash at `start`, when `commands` knows them. */
function commandAt(
  text: string,
  start: number,
  commands: CommandNames,
): { group: string; sub: string | undefined; end: number } | undefined {
  const group = LOWER_WORD.exec(text.slice(start, start + 33))?.[0];
  if (!group) return undefined;
  const subs = commands.get(group);
  const afterGroup = start + group.length;
  if (!subs || WORD_CHAR.test(text[afterGroup] ?? "")) return undefined;
  if (subs.has("")) return { group, sub: undefined, end: afterGroup };
  if (text[afterGroup] === " ") {
    const sub = LOWER_WORD.exec(text.slice(afterGroup + 1, afterGroup + 34))?.[0];
    const end = afterGroup + 1 + (sub?.length ?? 0);
    if (sub && subs.has(sub) && !WORD_CHAR.test(text[end] ?? "")) return { group, sub, end };
  }
  return { group, sub: undefined, end: afterGroup };
}

/** A slash command as typed where no platform syntax applies (the shell, plain surfaces). */
export function slashCommand(piece: { group: string; sub: string | undefined }): string {
  return piece.sub ? `/${piece.group} ${piece.sub}` : `/${piece.group}`;
}

/**
 * Removes what is left of a token's brackets (a token cut in half by a length limit): the last
 * guard before a text reaches a reader.
 */
export function stripTokenMarks(text: string): string {
  return text.includes(TOKEN_OPEN) || text.includes(TOKEN_CLOSE)
    ? text.replaceAll(TOKEN_OPEN, "").replaceAll(TOKEN_CLOSE, "")
    : text;
}

/**
 * A text for a plain surface: people by name (see plainName; `reader` is the platform it is
 * shown on, if any), commands as typed. Tokens Jura wrote never survive; neither does a raw
 * Discord id it wrote.
 */
export function renderPlain(text: string, book: PeopleBook, reader?: Platform): string {
  if (!text.includes(TOKEN_OPEN) && !text.includes("@")) return text;
  let out = "";
  for (const piece of piecesOf(text)) {
    if (piece.kind === "text") out += piece.text;
    else if (piece.kind === "person") out += plainName(accountOf(book, piece.id), reader);
    else out += slashCommand(piece);
  }
  return stripTokenMarks(out);
}

/** {@link renderPlain} through every string of a plain value, keeping its shape. */
export function renderPlainAll<T>(value: T, book: PeopleBook, reader?: Platform): T {
  if (typeof value === "string") return renderPlain(value, book, reader) as T;
  if (Array.isArray(value)) return value.map((item) => renderPlainAll(item, book, reader)) as T;
  if (value && typeof value === "object" && !(value instanceof Date))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, renderPlainAll(v, book, reader)]),
    ) as T;
  return value;
}

let knownCommands: CommandNames = new Map();

/** The commands texts may name (set once at boot from the registry): what `/group sub` reads as a command. */
export function setCommandNames(commands: Iterable<{ group: string; name: string }>): void {
  const map = new Map<string, Set<string>>();
  for (const { group, name } of commands) {
    const subs = map.get(group) ?? new Set<string>();
    subs.add(name);
    map.set(group, subs);
  }
  knownCommands = map;
}

/** How one surface writes what the core wrote neutrally: a person, a command. */
export interface Surface {
  person(piece: { id: PersonId; code: boolean }): string;
  command(piece: { group: string; sub: string | undefined; code: boolean }): string;
}

/** A core text through a surface: the one rendering step of people and commands. */
export function renderFor(text: string, surface: Surface, commands: CommandNames = knownCommands): string {
  let out = "";
  for (const piece of piecesOf(text, commands)) {
    if (piece.kind === "text") out += piece.text;
    else if (piece.kind === "person") out += surface.person(piece);
    else out += surface.command(piece);
  }
  return stripTokenMarks(out);
}
